using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IndependenceDeclaredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeMembership", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Diploma",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExamDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DuplicateStatements = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Diploma", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExamCandidate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    TrainingProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FraudEstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FraudFinding = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamCandidate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExamSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ExamDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExaminerUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    TheoryMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaymentDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    AnswerKeyJson = table.Column<string>(type: "TEXT", nullable: true),
                    ResultsTermExtendedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultsTermReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResultsTermSetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamSession", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndependenceStatement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeclaredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InstituteRelation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InstituteRelationKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CandidatesInCircle = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndependenceStatement", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SessionRegistration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsResit = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Paid = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Refund = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    AmountDue = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    AccommodationKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccommodationExtraMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    AccommodationReadAloud = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccommodationDictionary = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccommodationAlternativeForm = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResidentInNetherlandsSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AccommodationStatementFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccommodationStatus = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccommodationDecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdentityDocument = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Incidents = table.Column<string>(type: "TEXT", nullable: false),
                    TheoryAnswers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: true),
                    Band = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IsFinal = table.Column<bool>(type: "INTEGER", nullable: false),
                    FinalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Invalid = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResultSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkPurgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AssignedMarkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AssignedSecondMarkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FirstMarkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FirstPoints = table.Column<string>(type: "TEXT", nullable: true),
                    FirstMarkedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SecondMarkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SecondPoints = table.Column<string>(type: "TEXT", nullable: true),
                    SecondMarkedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionBand = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionGrounds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CriteriaMet = table.Column<string>(type: "TEXT", nullable: true),
                    ResitPart = table.Column<int>(type: "INTEGER", nullable: true),
                    ResitCriteriaMet = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
