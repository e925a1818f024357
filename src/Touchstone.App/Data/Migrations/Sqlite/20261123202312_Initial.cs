using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Touchstone.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

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
                name: "AuditRecords",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AppealedCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
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
                name: "Files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PurgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Files", x => x.Id);
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
                name: "Organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChamberOfCommerceNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleGrants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseDossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmitterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmitterEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    SubmitterAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmitterPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PostmarkDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProofOfSendingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LetterFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExamReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CandidateReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ComponentCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OriginalResult = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NewResult = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RemarkerId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RemarkerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RemarkedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChecklistJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DecisionLetterFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppealNoticeSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDossiers_Cases_Id",
                        column: x => x.Id,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseHistory_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseInadmissibilityReasons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseInadmissibilityReasons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseInadmissibilityReasons_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "CaseDesignations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DesignatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DesignatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDesignations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDesignations_CaseDossiers_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CaseDossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_AuditRecords_At",
                table: "AuditRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_EntityType_EntityId",
                table: "AuditRecords",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDesignations_CaseId_UserId",
                table: "CaseDesignations",
                columns: new[] { "CaseId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDossiers_ExamReference",
                table: "CaseDossiers",
                column: "ExamReference");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDossiers_Reference",
                table: "CaseDossiers",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseHistory_CaseId",
                table: "CaseHistory",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseInadmissibilityReasons_CaseId",
                table: "CaseInadmissibilityReasons",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AppealedCaseId",
                table: "Cases",
                column: "AppealedCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedOn",
                table: "Cases",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_State",
                table: "Cases",
                column: "State");

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
                name: "IX_FrameworkVersion_Code_VersionLabel",
                table: "FrameworkVersion",
                columns: new[] { "Code", "VersionLabel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndependenceStatement_UserId",
                table: "IndependenceStatement",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_Name",
                table: "Organisation",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_CreatedAt",
                table: "Outbox",
                columns: new[] { "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleGrants_UserId_Role_Scheme",
                table: "RoleGrants",
                columns: new[] { "UserId", "Role", "Scheme" },
                unique: true);

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
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "CaseDesignations");

            migrationBuilder.DropTable(
                name: "CaseHistory");

            migrationBuilder.DropTable(
                name: "CaseInadmissibilityReasons");

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
                name: "CommitteeMembership");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DevelopmentPlans");

            migrationBuilder.DropTable(
                name: "Diploma");

            migrationBuilder.DropTable(
                name: "ExamComponentResult");

            migrationBuilder.DropTable(
                name: "Files");

            migrationBuilder.DropTable(
                name: "FrameworkVersion");

            migrationBuilder.DropTable(
                name: "IndependenceStatement");

            migrationBuilder.DropTable(
                name: "Organisation");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "RoleGrants");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CaseDossiers");

            migrationBuilder.DropTable(
                name: "CmcApplications");

            migrationBuilder.DropTable(
                name: "CmcCertificates");

            migrationBuilder.DropTable(
                name: "SessionRegistration");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "ExamCandidate");

            migrationBuilder.DropTable(
                name: "ExamSession");
        }
    }
}
