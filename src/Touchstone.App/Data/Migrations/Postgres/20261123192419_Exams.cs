using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Exams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommitteeMembership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsStaff = table.Column<bool>(type: "boolean", nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IndependenceDeclaredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeMembership", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Diploma",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    ExamDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DuplicateStatements = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Diploma", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExamCandidate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    TrainingProviderId = table.Column<Guid>(type: "uuid", nullable: true),
                    FraudEstablishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FraudFinding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamCandidate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExamSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Scheme = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ExamDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExaminerUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    TheoryMinutes = table.Column<int>(type: "integer", nullable: false),
                    PracticalMinutes = table.Column<int>(type: "integer", nullable: false),
                    RegistrationDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    PaymentDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    AnswerKeyJson = table.Column<string>(type: "text", nullable: true),
                    ResultsTermExtendedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultsTermReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResultsTermSetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamSession", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndependenceStatement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DeclaredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InstituteRelation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InstituteRelationKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CandidatesInCircle = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndependenceStatement", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SessionRegistration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsResit = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Paid = table.Column<bool>(type: "boolean", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Refund = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    AmountDue = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    AccommodationKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AccommodationExtraMinutes = table.Column<int>(type: "integer", nullable: false),
                    AccommodationReadAloud = table.Column<bool>(type: "boolean", nullable: false),
                    AccommodationDictionary = table.Column<bool>(type: "boolean", nullable: false),
                    AccommodationAlternativeForm = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ResidentInNetherlandsSince = table.Column<DateOnly>(type: "date", nullable: true),
                    AccommodationStatementFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    AccommodationStatus = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AccommodationDecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdentityDocument = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Incidents = table.Column<string>(type: "text", nullable: false),
                    TheoryAnswers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionRegistration", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionRegistration_ExamCandidate_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "ExamCandidate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionRegistration_ExamSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ExamSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExamComponentResult",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: true),
                    Band = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IsFinal = table.Column<bool>(type: "boolean", nullable: false),
                    FinalOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Invalid = table.Column<bool>(type: "boolean", nullable: false),
                    ResultSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionOpen = table.Column<bool>(type: "boolean", nullable: false),
                    WorkFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkPurgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AssignedMarkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AssignedSecondMarkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FirstMarkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FirstPoints = table.Column<string>(type: "text", nullable: true),
                    FirstMarkedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecondMarkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SecondPoints = table.Column<string>(type: "text", nullable: true),
                    SecondMarkedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionBand = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionGrounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CriteriaMet = table.Column<string>(type: "text", nullable: true),
                    ResitPart = table.Column<int>(type: "integer", nullable: true),
                    ResitCriteriaMet = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamComponentResult", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamComponentResult_SessionRegistration_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "SessionRegistration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Diploma_Number",
                table: "Diploma",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Diploma_RegistrationId",
                table: "Diploma",
                column: "RegistrationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamCandidate_Email",
                table: "ExamCandidate",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_ExamComponentResult_RegistrationId_Code",
                table: "ExamComponentResult",
                columns: new[] { "RegistrationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamSession_Code",
                table: "ExamSession",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndependenceStatement_UserId",
                table: "IndependenceStatement",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistration_CandidateId",
                table: "SessionRegistration",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistration_CandidateNumber",
                table: "SessionRegistration",
                column: "CandidateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistration_SessionId_CandidateId",
                table: "SessionRegistration",
                columns: new[] { "SessionId", "CandidateId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitteeMembership");

            migrationBuilder.DropTable(
                name: "Diploma");

            migrationBuilder.DropTable(
                name: "ExamComponentResult");

            migrationBuilder.DropTable(
                name: "IndependenceStatement");

            migrationBuilder.DropTable(
                name: "SessionRegistration");

            migrationBuilder.DropTable(
                name: "ExamCandidate");

            migrationBuilder.DropTable(
                name: "ExamSession");
        }
    }
}
