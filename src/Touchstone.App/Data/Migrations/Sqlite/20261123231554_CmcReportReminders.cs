using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CmcReportReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportOverdueNoticeSentFor",
                table: "CmcApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportReminderSentFor",
                table: "CmcApplications",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportOverdueNoticeSentFor",
                table: "CmcApplications");

            migrationBuilder.DropColumn(
                name: "ReportReminderSentFor",
                table: "CmcApplications");
        }
    }
}
