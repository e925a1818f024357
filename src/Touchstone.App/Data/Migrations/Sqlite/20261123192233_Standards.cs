using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Standards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FrameworkCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FrameworkVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScaleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RaterRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RaterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RaterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Cycle = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreviousId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinalisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RatingsJson = table.Column<string>(type: "TEXT", nullable: false),
                    FindingsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProfileLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    CustomTargetsJson = table.Column<string>(type: "TEXT", nullable: false),
                    GoalsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ActionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VersionLabel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Yaml = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkVersion", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SubjectKind_SubjectId_FrameworkCode_FrameworkVersion_RaterId_Cycle",
                table: "Assessments",
                columns: new[] { "SubjectKind", "SubjectId", "FrameworkCode", "FrameworkVersion", "RaterId", "Cycle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_Team_FrameworkCode_State",
                table: "Assessments",
                columns: new[] { "Team", "FrameworkCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_AssessmentId",
                table: "DevelopmentPlans",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_PersonId",
                table: "DevelopmentPlans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkVersion_Code_VersionLabel",
                table: "FrameworkVersion",
                columns: new[] { "Code", "VersionLabel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "DevelopmentPlans");

            migrationBuilder.DropTable(
                name: "FrameworkVersion");
        }
    }
}
