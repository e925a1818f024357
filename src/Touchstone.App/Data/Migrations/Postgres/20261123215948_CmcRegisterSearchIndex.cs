using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CmcRegisterSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rows get two new columns computed in code: empty the index; start-up and the migrate verb refill it
            // (RebuildCmcRegisterIndexHandler).
            migrationBuilder.Sql("DELETE FROM \"CmcRegisterTokens\";");

            migrationBuilder.DropIndex(
                name: "IX_CmcRegisterTokens_CertificateId_Token",
                table: "CmcRegisterTokens");

            migrationBuilder.DropIndex(
                name: "IX_CmcRegisterTokens_Token_NameKey_Number_CertificateId",
                table: "CmcRegisterTokens");

            migrationBuilder.AlterColumn<string>(
                name: "Token",
                table: "CmcRegisterTokens",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "PrevToken",
                table: "CmcRegisterTokens",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Words",
                table: "CmcRegisterTokens",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_CmcRegisterTokens_CertificateId",
                table: "CmcRegisterTokens",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_CmcRegisterTokens_Search",
                table: "CmcRegisterTokens",
                columns: new[] { "Token", "NameKey", "Number", "CertificateId", "PrevToken", "Words" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CmcRegisterTokens_CertificateId",
                table: "CmcRegisterTokens");

            migrationBuilder.DropIndex(
                name: "IX_CmcRegisterTokens_Search",
                table: "CmcRegisterTokens");

            migrationBuilder.DropColumn(
                name: "PrevToken",
                table: "CmcRegisterTokens");

            migrationBuilder.DropColumn(
                name: "Words",
                table: "CmcRegisterTokens");

            migrationBuilder.AlterColumn<string>(
                name: "Token",
                table: "CmcRegisterTokens",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_CmcRegisterTokens_CertificateId_Token",
                table: "CmcRegisterTokens",
                columns: new[] { "CertificateId", "Token" });

            migrationBuilder.CreateIndex(
                name: "IX_CmcRegisterTokens_Token_NameKey_Number_CertificateId",
                table: "CmcRegisterTokens",
                columns: new[] { "Token", "NameKey", "Number", "CertificateId" });
        }
    }
}
