using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExamRecordsAndAccommodations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccommodationStatement",
                table: "SessionRegistration",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerKeyFixedOn",
                table: "ExamSession",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResitDeclinedAt",
                table: "ExamComponentResult",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IndependenceStatementId",
                table: "ConstructionTeamMembership",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "ConstructionTeamMembership",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IndependenceStatementId",
                table: "CommitteeMembership",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionTeamMembership_IndependenceStatementId",
                table: "ConstructionTeamMembership",
                column: "IndependenceStatementId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionTeamMembership_UserId",
                table: "ConstructionTeamMembership",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMembership_IndependenceStatementId",
                table: "CommitteeMembership",
                column: "IndependenceStatementId");

            migrationBuilder.AddForeignKey(
                name: "FK_CommitteeMembership_IndependenceStatement_IndependenceStatementId",
                table: "CommitteeMembership",
                column: "IndependenceStatementId",
                principalTable: "IndependenceStatement",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ConstructionTeamMembership_IndependenceStatement_IndependenceStatementId",
                table: "ConstructionTeamMembership",
                column: "IndependenceStatementId",
                principalTable: "IndependenceStatement",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CommitteeMembership_IndependenceStatement_IndependenceStatementId",
                table: "CommitteeMembership");

            migrationBuilder.DropForeignKey(
                name: "FK_ConstructionTeamMembership_IndependenceStatement_IndependenceStatementId",
                table: "ConstructionTeamMembership");

            migrationBuilder.DropIndex(
                name: "IX_ConstructionTeamMembership_IndependenceStatementId",
                table: "ConstructionTeamMembership");

            migrationBuilder.DropIndex(
                name: "IX_ConstructionTeamMembership_UserId",
                table: "ConstructionTeamMembership");

            migrationBuilder.DropIndex(
                name: "IX_CommitteeMembership_IndependenceStatementId",
                table: "CommitteeMembership");

            migrationBuilder.DropColumn(
                name: "AccommodationStatement",
                table: "SessionRegistration");

            migrationBuilder.DropColumn(
                name: "AnswerKeyFixedOn",
                table: "ExamSession");

            migrationBuilder.DropColumn(
                name: "ResitDeclinedAt",
                table: "ExamComponentResult");

            migrationBuilder.DropColumn(
                name: "IndependenceStatementId",
                table: "ConstructionTeamMembership");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "ConstructionTeamMembership");

            migrationBuilder.DropColumn(
                name: "IndependenceStatementId",
                table: "CommitteeMembership");
        }
    }
}
