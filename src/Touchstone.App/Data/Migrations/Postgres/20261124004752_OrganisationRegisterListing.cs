using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganisationRegisterListing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RegisterListedFrom",
                table: "Organisation",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegisterListedUntil",
                table: "Organisation",
                type: "date",
                nullable: true);

            // Until now every ATP institute and ACP practice counted as listed: the organisations already known stay listed
            // (start unknown, recorded as the earliest date) until staff enter the register holder's dates.
            migrationBuilder.Sql("UPDATE \"Organisation\" SET \"RegisterListedFrom\" = '0001-01-01' WHERE \"Kind\" IN ('AtpInstitute', 'AcpPractice')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RegisterListedFrom",
                table: "Organisation");

            migrationBuilder.DropColumn(
                name: "RegisterListedUntil",
                table: "Organisation");
        }
    }
}
