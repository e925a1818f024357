using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonCertification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CmcApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CandidateUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CandidateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CandidateEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    CandidateTown = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DiplomaDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewIncompleteReasons = table.Column<string>(type: "TEXT", nullable: true),
                    PeerReviewHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeerReviewFacilitator = table.Column<string>(type: "TEXT", nullable: true),
                    PeerReviewParticipants = table.Column<string>(type: "TEXT", nullable: true),
                    PeerReviewSummary = table.Column<string>(type: "TEXT", nullable: true),
                    ExemptionClaimed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExemptionKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExemptionEvidence = table.Column<string>(type: "TEXT", nullable: true),
                    ConsentGivenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AssessmentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentStartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    AssessmentEndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    AssessmentAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AssessmentVideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Assessor1UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Assessor2UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReportDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportExtensionReason = table.Column<string>(type: "TEXT", nullable: true),
                    Advice = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AdviceMotivation = table.Column<string>(type: "TEXT", nullable: true),
                    ReportText = table.Column<string>(type: "TEXT", nullable: true),
                    ReportSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionMakerUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionMotivation = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmcAssessorProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssessmentTrainingCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    KnowsCmcScheme = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmployerIds = table.Column<string>(type: "TEXT", nullable: false),
                    DeclaredRelationUserIds = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcAssessorProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmcCeActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EqfLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EvidenceKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EvidenceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceHours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    PeopleInvolved = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SelfDeclarationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcCeActivities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmcCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HolderUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindersSent = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcCertificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmcApplicationSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcApplicationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmcApplicationSteps_CmcApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CmcApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmcDossierDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    AddedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcDossierDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmcDossierDocuments_CmcApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CmcApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmcRegisterTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcRegisterTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmcRegisterTokens_CmcCertificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "CmcCertificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CmcApplications_CandidateUserId",
                table: "CmcApplications",
                column: "CandidateUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CmcApplications_State",
                table: "CmcApplications",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_CmcApplicationSteps_ApplicationId",
                table: "CmcApplicationSteps",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CmcAssessorProfiles_UserId",
                table: "CmcAssessorProfiles",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmcCeActivities_UserId_Start",
                table: "CmcCeActivities",
                columns: new[] { "UserId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_CmcCertificates_HolderUserId",
                table: "CmcCertificates",
                column: "HolderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CmcCertificates_NameKey_Number_RegisteredAt",
                table: "CmcCertificates",
                columns: new[] { "NameKey", "Number", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CmcCertificates_Number",
                table: "CmcCertificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmcCertificates_ValidUntil",
                table: "CmcCertificates",
                column: "ValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_CmcDossierDocuments_ApplicationId",
                table: "CmcDossierDocuments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CmcRegisterTokens_CertificateId_Token",
                table: "CmcRegisterTokens",
                columns: new[] { "CertificateId", "Token" });

            migrationBuilder.CreateIndex(
                name: "IX_CmcRegisterTokens_Token_NameKey_Number_CertificateId",
                table: "CmcRegisterTokens",
                columns: new[] { "Token", "NameKey", "Number", "CertificateId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CmcApplicationSteps");

            migrationBuilder.DropTable(
                name: "CmcAssessorProfiles");

            migrationBuilder.DropTable(
                name: "CmcCeActivities");

            migrationBuilder.DropTable(
                name: "CmcDossierDocuments");

            migrationBuilder.DropTable(
                name: "CmcRegisterTokens");

            migrationBuilder.DropTable(
                name: "CmcApplications");

            migrationBuilder.DropTable(
                name: "CmcCertificates");
        }
    }
}
