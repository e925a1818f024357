using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseCmcLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CmcApplicationId",
                table: "CaseDossiers",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDossiers_CmcApplicationId",
                table: "CaseDossiers",
                column: "CmcApplicationId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseDossiers_CmcApplications_CmcApplicationId",
                table: "CaseDossiers",
                column: "CmcApplicationId",
                principalTable: "CmcApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseDossiers_CmcApplications_CmcApplicationId",
                table: "CaseDossiers");

            migrationBuilder.DropIndex(
                name: "IX_CaseDossiers_CmcApplicationId",
                table: "CaseDossiers");

            migrationBuilder.DropColumn(
                name: "CmcApplicationId",
                table: "CaseDossiers");
        }
    }
}
