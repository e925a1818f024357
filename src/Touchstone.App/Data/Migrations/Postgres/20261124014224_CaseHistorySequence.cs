using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseHistorySequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "CaseHistory",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Steps written before: their place follows the order they were inserted in (the identity key), which is
            // the order they were taken; a case numbers its next step after the highest place it holds.
            migrationBuilder.Sql("UPDATE \"CaseHistory\" SET \"Sequence\" = \"Id\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "CaseHistory");
        }
    }
}
