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
