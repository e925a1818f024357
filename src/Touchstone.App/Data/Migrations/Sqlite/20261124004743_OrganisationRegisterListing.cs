using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegisterListedUntil",
                table: "Organisation",
                type: "TEXT",
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
