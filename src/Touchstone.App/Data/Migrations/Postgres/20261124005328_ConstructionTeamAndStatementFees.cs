using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConstructionTeamAndStatementFees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "DuplicateStatementFees",
                table: "Diploma",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "ConstructionTeamMembership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IndependenceDeclaredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConstructionTeamMembership", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConstructionTeamMembership_Name",
                table: "ConstructionTeamMembership",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConstructionTeamMembership");

            migrationBuilder.DropColumn(
                name: "DuplicateStatementFees",
                table: "Diploma");
        }
    }
}
