using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseExamLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ExamComponentId",
                table: "CaseDossiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ExamRegistrationId",
                table: "CaseDossiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReminderSentForDue",
                table: "CaseDossiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExamComponentRemarking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComponentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PreviousBand = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousIsFinal = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousFinalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NewBand = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NewPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    RemarkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RemarkedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamComponentRemarking", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamComponentRemarking_ExamComponentResult_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "ExamComponentResult",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDossiers_ExamComponentId",
                table: "CaseDossiers",
                column: "ExamComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDossiers_ExamRegistrationId",
                table: "CaseDossiers",
                column: "ExamRegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamComponentRemarking_ComponentId",
                table: "ExamComponentRemarking",
                column: "ComponentId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseDossiers_ExamComponentResult_ExamComponentId",
                table: "CaseDossiers",
                column: "ExamComponentId",
                principalTable: "ExamComponentResult",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseDossiers_SessionRegistration_ExamRegistrationId",
                table: "CaseDossiers",
                column: "ExamRegistrationId",
                principalTable: "SessionRegistration",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseDossiers_ExamComponentResult_ExamComponentId",
                table: "CaseDossiers");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseDossiers_SessionRegistration_ExamRegistrationId",
                table: "CaseDossiers");

            migrationBuilder.DropTable(
                name: "ExamComponentRemarking");

            migrationBuilder.DropIndex(
                name: "IX_CaseDossiers_ExamComponentId",
                table: "CaseDossiers");

            migrationBuilder.DropIndex(
                name: "IX_CaseDossiers_ExamRegistrationId",
                table: "CaseDossiers");

            migrationBuilder.DropColumn(
                name: "ExamComponentId",
                table: "CaseDossiers");

            migrationBuilder.DropColumn(
                name: "ExamRegistrationId",
                table: "CaseDossiers");

            migrationBuilder.DropColumn(
                name: "ReminderSentForDue",
                table: "CaseDossiers");
        }
    }
}
