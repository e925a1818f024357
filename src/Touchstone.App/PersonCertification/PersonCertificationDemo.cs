using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Demo;
using Touchstone.App.Documents;
using Touchstone.App.Files;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// CMC demo world: assessors with qualification records (one expired), candidates on every route and in every state
/// (walked through the real transition table), CE logs that meet and that fail the rules, certificates active,
/// suspended, expiring soon and expired. Idempotent: a candidate that already has an application is left alone.
/// </summary>
public sealed class PersonCertificationDemo(UserManager<User> users, TimeProvider time) : IDemoContributor
{
    public int Order => 50;

    /// <summary>
    /// Sara Mulder, refused twelve days ago: the candidate whose objection against the refusal is in the demo cases
    /// (<see cref="Cases.DemoCases"/>), recent enough to be within the objection terms counted from the decision.
    /// </summary>
    public const string RefusedCandidateEmail = "cmc.mulder@touchstone.example";

    public const int RefusedDaysAgo = 12;

    private sealed record Plan(string Email, string Name, string Town, CmcRoute Route, CmcApplicationState Target, CertificateStatus? Certificate = null, int CertificateAgeMonths = 6, bool CompliantCe = true, int? DecidedDaysAgo = null);

    private static readonly Plan[] Candidates =
    [
        new("kandidaat@touchstone.example", "Sanne de Vries", "Utrecht", CmcRoute.Individual, CmcApplicationState.ContractAccepted, CompliantCe: false),
        new("cmc.bos@touchstone.example", "Jeroen Bos", "Amersfoort", CmcRoute.Individual, CmcApplicationState.Applied),
        new("cmc.meijer@touchstone.example", "Eva Meijer", "Leiden", CmcRoute.Individual, CmcApplicationState.ReviewIncomplete),
        new("cmc.hoekstra@touchstone.example", "Sem Hoekstra", "Leeuwarden", CmcRoute.Individual, CmcApplicationState.DossierCompleted),
        new("cmc.brouwer@touchstone.example", "Lisa Brouwer", "Haarlem", CmcRoute.Individual, CmcApplicationState.ReviewRequested),
        new("cmc.degroot@touchstone.example", "Tim de Groot", "Zwolle", CmcRoute.AtpGraduate, CmcApplicationState.ReviewComplete),
        new("cmc.vandenberg@touchstone.example", "Julia van den Berg", "Deventer", CmcRoute.AtpGraduate, CmcApplicationState.InvitedToAssessment),
        new("cmc.smit@touchstone.example", "Thijs Smit", "Breda", CmcRoute.Individual, CmcApplicationState.AssessmentScheduled),
        new("cmc.dekker@touchstone.example", "Noor Dekker", "Rotterdam", CmcRoute.AcpNomination, CmcApplicationState.ExemptFromAssessment),
        new("cmc.willems@touchstone.example", "Lars Willems", "Tilburg", CmcRoute.Individual, CmcApplicationState.Assessed),
        new("cmc.vos@touchstone.example", "Daan Vos", "Arnhem", CmcRoute.Individual, CmcApplicationState.ReportSubmitted),
        new("cmc.koster@touchstone.example", "Fleur Koster", "Groningen", CmcRoute.Recertification, CmcApplicationState.PeerReviewRecorded, CertificateStatus.Active, 55),
        new("cmc.prins@touchstone.example", "Iris Prins", "Nijmegen", CmcRoute.Individual, CmcApplicationState.Granted, CertificateStatus.Active, 0),
        new("cmc.post@touchstone.example", "Ruben Post", "Delft", CmcRoute.Individual, CmcApplicationState.Registered, CertificateStatus.Active, 20),
        new("cmc.jacobs@touchstone.example", "Mila Jacobs", "Eindhoven", CmcRoute.AcpNomination, CmcApplicationState.Registered, CertificateStatus.Active, 56),
        new("cmc.kuiper@touchstone.example", "Bas Kuiper", "Maastricht", CmcRoute.Individual, CmcApplicationState.Registered, CertificateStatus.Suspended, 30),
        new("cmc.peters@touchstone.example", "Emma Peters", "Den Bosch", CmcRoute.Individual, CmcApplicationState.Registered, CertificateStatus.Expired, 64),
        new("cmc.bakker@touchstone.example", "Stijn Bakker", "Alkmaar", CmcRoute.Individual, CmcApplicationState.Registered, CertificateStatus.Withdrawn, 40),
        new(RefusedCandidateEmail, "Sara Mulder", "Zaandam", CmcRoute.Individual, CmcApplicationState.Refused, DecidedDaysAgo: RefusedDaysAgo),
        new("cmc.visser@touchstone.example", "Bram Visser", "Apeldoorn", CmcRoute.AtpGraduate, CmcApplicationState.Withdrawn),
    ];

    /// <summary>The demo register listings: organisation key, listed from, listed until (null = still listed).</summary>
    public static IReadOnlyList<(string Key, DateOnly From, DateOnly? Until)> RegisterListings { get; } =
    [
        ("atp-veld", new DateOnly(2016, 1, 1), null),
        ("atp-horizon", new DateOnly(2012, 9, 1), new DateOnly(2023, 6, 30)),
        ("acp-delta", new DateOnly(2018, 3, 1), null),
    ];

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var db = demo.Db;
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var scheme = CmcSchemeFile.Current;

        // The ATP and ACP register as the register holder keeps it (seed 001 step 3); Horizon was delisted after
        // CIIO's monitoring ("één keer per 5 jaar"). Listings staff have changed are left alone.
        foreach (var (key, from, until) in RegisterListings)
        {
            var organisation = demo.Organisations[key];
            if (organisation.RegisterListedFrom is null)
            {
                organisation.RegisterListedFrom = from;
                organisation.RegisterListedUntil = until;
            }
        }

        // Assessors: the demo assessor, a second one, and one whose qualification has lapsed.
        var henk = demo.Users[nameof(Role.Assessor)];
        var yvonne = await UserAsync(db, "assessor2@touchstone.example", "Yvonne Kok", Role.Assessor, Schemes.Cmc, null, ct);
        var gerard = await UserAsync(db, "assessor3@touchstone.example", "Gerard Smits", Role.Assessor, Schemes.Cmc, null, ct);
        await ProfileAsync(db, henk, today.AddYears(-3), true, today.AddYears(2), [demo.Organisations["ciio"].Id], ct);
        await ProfileAsync(db, yvonne, today.AddYears(-1), true, today.AddYears(3), [], ct);
        await ProfileAsync(db, gerard, today.AddYears(-6), true, today.AddMonths(-2), [demo.Organisations["acp-delta"].Id], ct);
        await db.Because("demo data").SaveChangesAsync(ct);

        byte[] pdf;
        using (var demoPdf = new PdfDocumentWriter("Demo-document"))
        {
            pdf = demoPdf.Title("Demo-document", size: 20).Text("Touchstone demo").Build();
        }

        var backOffice = demo.Users[nameof(Role.BackOffice)];
        var decider = demo.Users[nameof(Role.DecisionMaker)];
        var contact = demo.Users[nameof(Role.OrganisationContact)];
        var issued = await db.Set<CmcCertificateRecord>().Select(c => c.Number).ToListAsync(ct);
        foreach (var plan in Candidates)
        {
            var org = plan.Route == CmcRoute.AcpNomination ? demo.Organisations["acp-delta"] : demo.Organisations["atp-veld"];
            var user = plan.Email == "kandidaat@touchstone.example"
                ? demo.Users[nameof(Role.Candidate)]
                : await UserAsync(db, plan.Email, plan.Name, Role.Candidate, null, plan.Route == CmcRoute.AcpNomination ? org.Id : null, ct);
            if (await db.Set<CmcApplicationRecord>().AnyAsync(a => a.CandidateUserId == user.Id, ct))
            {
                continue;
            }

            // Each step is taken a week after the previous one; a plan with a decision date starts that many weeks before it.
            var appliedAt = plan.DecidedDaysAgo is { } decidedDaysAgo
                ? now.AddDays(-decidedDaysAgo - (7 * PathTo(plan.Route, plan.Target).Count()))
                : now.AddMonths(-Math.Max(plan.CertificateAgeMonths, 0)).AddDays(-60);
            var app = new CmcApplicationRecord
            {
                Route = plan.Route,
                CandidateUserId = user.Id,
                CandidateName = plan.Name,
                CandidateEmail = plan.Email,
                CandidateTown = plan.Town,
                OrganisationId = plan.Route is CmcRoute.AcpNomination or CmcRoute.AtpGraduate ? org.Id : null,
                DiplomaDate = plan.Route == CmcRoute.AtpGraduate ? today.AddMonths(-8) : null,
                ExemptionClaimed = plan.Route == CmcRoute.AcpNomination,
                AppliedAt = appliedAt,
            };
            app.Steps.Add(new CmcStepEntry { ApplicationId = app.Id, Step = CmcStep.Apply, From = CmcApplicationState.Applied, To = CmcApplicationState.Applied, ActorUserId = plan.Route == CmcRoute.AcpNomination ? contact.Id : user.Id, Role = plan.Route == CmcRoute.AcpNomination ? CmcRole.OrganisationContact : CmcRole.Candidate, At = appliedAt });
            db.Add(app);

            string ActorFor(CmcRole role) => role switch
            {
                CmcRole.Candidate => user.Id,
                CmcRole.OrganisationContact => contact.Id,
                CmcRole.Assessor => henk.Id,
                CmcRole.DecisionMaker => decider.Id,
                _ => backOffice.Id,
            };

            var at = appliedAt;
            foreach (var step in PathTo(plan.Route, plan.Target))
            {
                at = at.AddDays(7);
                if (step == CmcStep.CompleteDossier)
                {
                    foreach (var doc in DossierChecklist.Required(plan.Route, app.ExemptionClaimed))
                    {
                        var file = new StoredFile { FileName = $"{doc.Document}.pdf", ContentType = "application/pdf", Length = pdf.Length, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), Content = pdf, UploadedAt = at, UploadedBy = user.Id };
                        db.Add(file);
                        app.Documents.Add(new CmcDossierDocumentRecord { ApplicationId = app.Id, Type = doc.Document, FileId = file.Id, FileName = file.FileName, AddedOn = DateOnly.FromDateTime(at.UtcDateTime), AddedBy = user.Id });
                    }
                }

                if (step == CmcStep.RecordPeerReview)
                {
                    app.PeerReviewHeldOn = DateOnly.FromDateTime(at.UtcDateTime);
                    app.PeerReviewFacilitator = "Karin Hofman";
                    app.PeerReviewParticipants = "Fleur Koster, Wim de Lange, Aisha Bouali";
                    app.PeerReviewSummary = "Casus over een vastgelopen reorganisatie besproken.";
                }

                if (step == CmcStep.MarkReviewIncomplete)
                {
                    app.ReviewIncompleteReasons = "Het ontwikkelverslag noemt geen uren per activiteit.";
                }

                if (step == CmcStep.GrantExemption)
                {
                    app.ExemptionKind = ExemptionGroundKind.EmployedByAcpPractice;
                    app.ExemptionEvidence = "Arbeidsovereenkomst Delta Advies sinds 2019";
                }

                if (step == CmcStep.InviteToAssessment)
                {
                    app.ConsentGivenAt = at;
                }

                if (step == CmcStep.ScheduleAssessment)
                {
                    var date = plan.Target == CmcApplicationState.AssessmentScheduled ? today.AddDays(21) : DateOnly.FromDateTime(at.UtcDateTime).AddDays(14);
                    app.Assessor1UserId = henk.Id;
                    app.Assessor2UserId = yvonne.Id;
                    app.AssessmentDate = date;
                    app.AssessmentStartTime = new TimeOnly(10, 0);
                    app.AssessmentEndTime = new TimeOnly(10, 0).AddMinutes(scheme.AssessmentDurationMinutes);
                    app.AssessmentAddress = "CIIO, Amersfoort";
                    app.ReportDueDate = new ReportTerm(date, scheme).DueDate;
                }

                if (step == CmcStep.SubmitReport)
                {
                    app.Advice = plan.Target == CmcApplicationState.Refused ? AdviceKind.Negative : AdviceKind.Positive;
                    app.AdviceMotivation = app.Advice == AdviceKind.Positive ? "Laat overtuigend zien hoe de competenties zich de afgelopen jaren ontwikkelden." : "De reflectie op de eigen ontwikkeling blijft oppervlakkig.";
                    app.ReportText = "Verslag van het assessment (demo).";
                    app.ReportSubmittedOn = DateOnly.FromDateTime(at.UtcDateTime);
                }

                if (step is CmcStep.Grant or CmcStep.Refuse)
                {
                    app.Decision = step == CmcStep.Grant ? DecisionOutcome.Granted : DecisionOutcome.Refused;
                    app.DecisionMakerUserId = decider.Id;
                    app.DecisionMotivation = app.AdviceMotivation ?? "Vrijgesteld; permanente educatie voldoet.";
                    app.DecidedOn = DateOnly.FromDateTime(at.UtcDateTime);
                }

                var role = CmcProcess.Transitions.First(t => t.From == app.State && t.Step == step && t.Routes.Contains(plan.Route)).Roles[0];
                var taken = app.Take(step, role, ActorFor(role), at, step == CmcStep.Withdraw ? "Kandidaat ziet af van certificering." : null);
                if (!taken.IsSuccess)
                {
                    throw new InvalidOperationException($"Demo path for {plan.Name} breaks the transition table: {taken.Errors[0]}");
                }
            }

            // On the recertification route the certificate is the one being renewed (held before this application);
            // on the other routes it is the one this application granted.
            var renewing = plan.Route == CmcRoute.Recertification;
            if (plan.Certificate is { } status)
            {
                var start = today.AddMonths(-plan.CertificateAgeMonths);
                var number = CertificateNumber.Next(scheme.CertificateNumberPrefix, start.Year, issued);
                issued.Add(number);
                var domain = new CmcCertificate(number, Guid.Parse(user.Id), start, scheme);
                var certificate = new CmcCertificateRecord
                {
                    Number = number, HolderUserId = user.Id, HolderName = plan.Name, Town = plan.Town, NameKey = "",
                    StartDate = domain.StartDate, ValidUntil = domain.ValidUntil, Status = status, ApplicationId = renewing ? null : app.Id,
                    StatusReason = status switch
                    {
                        CertificateStatus.Suspended => "Onderzoek naar klacht over beroepsuitoefening loopt.",
                        CertificateStatus.Withdrawn => "Niet voldaan aan de PE-verplichting na schorsing.",
                        CertificateStatus.Expired => "End of validity.",
                        _ => null,
                    },
                    StatusChangedOn = status == CertificateStatus.Active ? null : today.AddMonths(-1),
                    RegisteredAt = renewing || app.State == CmcApplicationState.Registered ? now : null,
                };
                certificate.RefreshTokens();
                db.Add(certificate);
                if (!renewing)
                {
                    app.CertificateNumber = number;
                }
            }

            AddCeLog(db, user.Id, plan.CompliantCe, plan.Certificate is null ? CePeriod.EndingOn(today, scheme) : new CePeriod(today.AddMonths(-plan.CertificateAgeMonths), today.AddMonths(-plan.CertificateAgeMonths).AddYears(5).AddDays(-1)), today, now);
            await db.Because("demo data").SaveChangesAsync(ct);
        }
    }

    /// <summary>The steps from Applied to <paramref name="target"/> on <paramref name="route"/>.</summary>
    private static IEnumerable<CmcStep> PathTo(CmcRoute route, CmcApplicationState target)
    {
        IEnumerable<CmcStep> full = route switch
        {
            CmcRoute.Recertification => [CmcStep.RecordPeerReview, CmcStep.CompleteDossier, CmcStep.RequestReview, CmcStep.MarkReviewComplete, CmcStep.InviteToAssessment, CmcStep.ScheduleAssessment, CmcStep.RecordAssessmentHeld, CmcStep.SubmitReport, CmcStep.Grant, CmcStep.Register],
            CmcRoute.AcpNomination => [CmcStep.AcceptContract, CmcStep.CompleteDossier, CmcStep.RequestReview, CmcStep.MarkReviewComplete, CmcStep.GrantExemption, CmcStep.Grant, CmcStep.Register],
            _ => [CmcStep.AcceptContract, CmcStep.CompleteDossier, CmcStep.RequestReview, CmcStep.MarkReviewComplete, CmcStep.InviteToAssessment, CmcStep.ScheduleAssessment, CmcStep.RecordAssessmentHeld, CmcStep.SubmitReport, CmcStep.Grant, CmcStep.Register],
        };
        var state = CmcApplicationState.Applied;
        foreach (var step in full)
        {
            if (state == target)
            {
                yield break;
            }

            if (target == CmcApplicationState.ReviewIncomplete && state == CmcApplicationState.ReviewRequested)
            {
                yield return CmcStep.MarkReviewIncomplete;
                yield break;
            }

            if (target == CmcApplicationState.Refused && state == CmcApplicationState.ReportSubmitted)
            {
                yield return CmcStep.Refuse;
                yield break;
            }

            if (target == CmcApplicationState.Withdrawn && state == CmcApplicationState.DossierCompleted)
            {
                yield return CmcStep.Withdraw;
                yield break;
            }

            var actual = step;
            yield return actual;
            state = CmcProcess.Transitions.First(t => t.From == state && t.Step == actual && t.Routes.Contains(route)).To;
        }
    }

    private static void AddCeLog(Data.TouchstoneDbContext db, string userId, bool compliant, CePeriod period, DateOnly today, DateTimeOffset now)
    {
        var last = period.End < today ? period.End : today;
        var day = period.Start.AddDays(20);
        var i = 0;
        // Compliant: 14 hours every ~4 months at EQF 6-7, both kinds. Failing: a few short EQF-5 courses and a long gap.
        while (day < last)
        {
            var category = i % 2 == 0 ? CeCategory.SubjectOrSector : CeCategory.PersonalProfessional;
            var hours = compliant ? 14m : 6m;
            var eqf = compliant ? 6 + (i % 2) : (i % 3 == 0 ? 6 : 5);
            var selfDeclared = i % 5 == 4;
            db.Add(new CeActivityRecord
            {
                UserId = userId,
                Title = category == CeCategory.SubjectOrSector ? $"Vakdag organisatieadvies {day.Year}-{i}" : $"Intervisie en coaching {day.Year}-{i}",
                Start = day, End = day.AddDays(1), Amount = hours, Unit = CeUnit.Hours, EqfLevel = eqf, Category = category,
                EvidenceKind = selfDeclared ? EvidenceKind.SelfDeclaration : EvidenceKind.OrganiserStatement,
                EvidenceDate = day.AddDays(1), EvidenceHours = hours,
                SelfDeclarationReason = selfDeclared ? "Organisator bestaat niet meer." : null,
                AddedAt = now,
            });
            day = day.AddMonths(compliant ? 4 : 14);
            i++;
        }
    }

    private async Task<User> UserAsync(Data.TouchstoneDbContext db, string email, string name, Role role, string? scheme, Guid? organisationId, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            return user;
        }

        user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = time.GetUtcNow(), OrganisationId = organisationId };
        db.Because("demo data");
        var created = await users.CreateAsync(user, DemoSeeder.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, Scheme = scheme, GrantedAt = time.GetUtcNow(), GrantedBy = "seed" });
        await db.Because("demo data").SaveChangesAsync(ct);
        return user;
    }

    private static async Task ProfileAsync(Data.TouchstoneDbContext db, User user, DateOnly trained, bool knowsScheme, DateOnly validUntil, List<Guid> employers, CancellationToken ct)
    {
        if (await db.Set<AssessorProfile>().AnyAsync(p => p.UserId == user.Id, ct))
        {
            return;
        }

        db.Add(new AssessorProfile { UserId = user.Id, Name = user.DisplayName, AssessmentTrainingCompletedOn = trained, KnowsCmcScheme = knowsScheme, ValidUntil = validUntil, EmployerIds = employers });
    }
}
