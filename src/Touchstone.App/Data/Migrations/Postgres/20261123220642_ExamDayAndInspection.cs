using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExamDayAndInspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "ArrivedAt",
                table: "SessionRegistration",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DataConfirmedAt",
                table: "SessionRegistration",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DataCorrections",
                table: "SessionRegistration",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Entry",
                table: "SessionRegistration",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartsAt",
                table: "ExamSession",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InspectionRequest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Components = table.Column<string>(type: "text", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionRequest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionRequest_SessionRegistration_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "SessionRegistration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRequest_RegistrationId",
                table: "InspectionRequest",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRequest_Status",
                table: "InspectionRequest",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionRequest");

            migrationBuilder.DropColumn(
                name: "ArrivedAt",
                table: "SessionRegistration");

            migrationBuilder.DropColumn(
                name: "DataConfirmedAt",
                table: "SessionRegistration");

            migrationBuilder.DropColumn(
                name: "DataCorrections",
                table: "SessionRegistration");

            migrationBuilder.DropColumn(
                name: "Entry",
                table: "SessionRegistration");

            migrationBuilder.DropColumn(
                name: "StartsAt",
                table: "ExamSession");
        }
    }
}
