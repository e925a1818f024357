using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Route = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CandidateUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CandidateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CandidateEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    CandidateTown = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    DiplomaDate = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewIncompleteReasons = table.Column<string>(type: "text", nullable: true),
                    PeerReviewHeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PeerReviewFacilitator = table.Column<string>(type: "text", nullable: true),
                    PeerReviewParticipants = table.Column<string>(type: "text", nullable: true),
                    PeerReviewSummary = table.Column<string>(type: "text", nullable: true),
                    ExemptionClaimed = table.Column<bool>(type: "boolean", nullable: false),
                    ExemptionKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExemptionEvidence = table.Column<string>(type: "text", nullable: true),
                    ConsentGivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AssessmentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentStartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    AssessmentEndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    AssessmentAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AssessmentVideoLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Assessor1UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Assessor2UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReportDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportExtensionReason = table.Column<string>(type: "text", nullable: true),
                    Advice = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AdviceMotivation = table.Column<string>(type: "text", nullable: true),
                    ReportText = table.Column<string>(type: "text", nullable: true),
                    ReportSubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionMakerUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Decision = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionMotivation = table.Column<string>(type: "text", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmcAssessorProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AssessmentTrainingCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    KnowsCmcScheme = table.Column<bool>(type: "boolean", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    EmployerIds = table.Column<string>(type: "text", nullable: false),
                    DeclaredRelationUserIds = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcAssessorProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmcCeActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EqfLevel = table.Column<int>(type: "integer", nullable: true),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EvidenceKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EvidenceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    PeopleInvolved = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SelfDeclarationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcCeActivities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmcCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HolderUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StatusChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemindersSent = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmcCertificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmcApplicationSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    AddedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Token = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
