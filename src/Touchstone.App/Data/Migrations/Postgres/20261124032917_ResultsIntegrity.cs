using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResultsIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerKeyFixedOn",
                table: "ExamSession",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnswerKeyFixedOn",
                table: "ExamSession");
        }
    }
}
