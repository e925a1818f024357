using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseDecidingRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecidingRole",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "ExamCommittee");

            // Existing cases take the deciding body frameworks/case-types.yaml now configures: complaints
            // and objections against certification decisions (every scheme but LMP) are decided by the director.
            migrationBuilder.Sql("UPDATE \"Cases\" SET \"DecidingRole\" = 'Director' WHERE \"Type\" = 'Complaint' OR (\"Type\" = 'Objection' AND \"SchemeCode\" <> 'LMP')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecidingRole",
                table: "Cases");
        }
    }
}
