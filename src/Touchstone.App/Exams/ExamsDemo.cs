using Microsoft.EntityFrameworkCore;
using Touchstone.App.Demo;
using Touchstone.App.Files;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// Demo LMP exams: a committee and a construction team, a past session with candidates in every state (paid, unpaid, cancelled,
/// accommodated, fraud), marked work, sent results and diplomas, and an upcoming session open for registration.
/// </summary>
public sealed class ExamsDemo(TimeProvider time, Touchstone.Domain.Calendar.WorkingDayCalendar calendar) : IDemoContributor
{
    public const string PastCode = "LMP-DEMO-1";
    public const string UpcomingCode = "LMP-DEMO-2";

    public int Order => 40;

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var db = demo.Db;
        if (await db.Set<ExamSession>().AnyAsync(s => s.Code == PastCode, ct))
        {
            return;
        }

        var today = time.Today();
        var examiner = demo.Users.GetValueOrDefault("Examiner");
        var marker = demo.Users.GetValueOrDefault("Marker");
        var committeeMember = demo.Users.GetValueOrDefault("ExamCommitteeMember");
        var constructor = demo.Users.GetValueOrDefault("ConstructionTeamMember");
        var director = demo.Users.GetValueOrDefault("Director");
        var provider = demo.Organisations.GetValueOrDefault("opleider-noord");

        var since = today.AddYears(-1);

        // Each demo account in an exam function declared its own independence (4.9, 5.2); the members with an account are
        // appointed on that declaration. The chair, one member and one constructor have no demo account: appointed on a
        // declaration recorded before declarations were linked to accounts, they show its date only.
        var declarations = new[] { marker, examiner, committeeMember, constructor }.OfType<Touchstone.App.Accounts.User>()
            .ToDictionary(u => u.Id, u => new IndependenceStatement { UserId = u.Id, DeclaredOn = since });
        db.AddRange(declarations.Values);
        IndependenceStatement? DeclarationOf(Touchstone.App.Accounts.User? user) => user is null ? null : declarations.GetValueOrDefault(user.Id);
        var committeeDeclaration = DeclarationOf(committeeMember);
        var constructorDeclaration = DeclarationOf(constructor);
        var backOffice = demo.Users.GetValueOrDefault("BackOffice");
        db.AddRange(
            new CommitteeMembership { Name = "Dr. W. Bosman", Role = CommitteeRole.Chair, AppointedOn = since, IndependenceDeclaredOn = since },
            new CommitteeMembership
            {
                Name = committeeMember?.DisplayName ?? "Anouk Peters", UserId = committeeMember?.Id, Role = CommitteeRole.ViceChair, AppointedOn = since,
                IndependenceDeclaredOn = since, IndependenceStatementId = committeeDeclaration?.Id,
            },
            new CommitteeMembership { Name = "Ir. J. Koster", Role = CommitteeRole.Member, AppointedOn = since, IndependenceDeclaredOn = since },
            new CommitteeMembership { Name = director?.DisplayName ?? "Directeur", UserId = director?.Id, Role = CommitteeRole.Secretary, IsStaff = true, AppointedOn = since },
            new CommitteeMembership { Name = backOffice?.DisplayName ?? "Lotte de Boer", UserId = backOffice?.Id, Role = CommitteeRole.DeputySecretary, IsStaff = true, AppointedOn = since });
        db.AddRange(
            new ConstructionTeamMembership { Name = "Drs. M. van Leeuwen", AppointedOn = since, IndependenceDeclaredOn = since },
            new ConstructionTeamMembership
            {
                Name = constructor?.DisplayName ?? "Bram Smit", UserId = constructor?.Id, AppointedOn = since, IndependenceDeclaredOn = since, IndependenceStatementId = constructorDeclaration?.Id,
            });

        // The results went out 11 days ago (the linked demo objection counts from that dispatch), on the day the committee
        // fixed the final answer model, which it may do only after the comment period (Examenreglement 8.9, 12): the exam
        // lies far enough back for that, whatever holidays the working-day calendar holds.
        var resultsSent = today.AddDays(-11);
        var past = new ExamSession
        {
            Code = PastCode, ExamDate = resultsSent.AddDays(-14), StartsAt = new TimeOnly(9, 30), Place = "Amersfoort", ExaminerUserId = examiner?.Id, Capacity = 12,
            TheoryMinutes = 60, PracticalMinutes = 45, RegistrationDeadline = today.AddDays(-45), PaymentDeadline = today.AddDays(-35), Fee = 395m,
            AnswerKeyJson = LmpExam.WriteKey(AnswerKey.FromLetters("ABCDABCDABCDABCDABCDABCDABCDAB")),
            AnswerKeyFixedOn = resultsSent,
        };
        while (FixAnswerKeyHandler.CommentDeadline(past, calendar) >= resultsSent)
        {
            past.ExamDate = past.ExamDate.AddDays(-1);
        }

        var upcoming = new ExamSession
        {
            Code = UpcomingCode, ExamDate = today.AddDays(45), StartsAt = new TimeOnly(9, 30), Place = "Zwolle", ExaminerUserId = examiner?.Id, Capacity = 12,
            TheoryMinutes = 60, PracticalMinutes = 45, RegistrationDeadline = today.AddDays(25), PaymentDeadline = today.AddDays(30), Fee = 395m,
        };
        db.AddRange(past, upcoming);

        var key = LmpExam.ReadKey(past.AnswerKeyJson)!;
        var number = 0;
        var candidates = new Dictionary<string, ExamCandidate>();
        SessionRegistration Add(ExamSession session, string name, string email, DateOnly birth, RegistrationState state, bool paid)
        {
            if (!candidates.TryGetValue(email, out var candidate))
            {
                candidate = new ExamCandidate { Name = name, Email = email, DateOfBirth = birth, TrainingProviderId = provider?.Id };
                candidates[email] = candidate;
                db.Add(candidate);
            }

            var registration = new SessionRegistration
            {
                // Registered and paid before their deadlines, and never after today (the upcoming session is still open).
                SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = $"{session.Code}-{++number:000}", State = state, Paid = paid,
                PaidOn = paid ? Min(session.PaymentDeadline.AddDays(-3), today.AddDays(-2)) : null, RegisteredOn = Min(session.RegistrationDeadline.AddDays(-10), today.AddDays(-5)),
                RegisteredBy = "demo",
                IdentityDocument = state is RegistrationState.Completed or RegistrationState.Invalidated ? IdentityDocumentType.Passport : null,
                ArrivedAt = state is RegistrationState.Completed or RegistrationState.Invalidated ? new TimeOnly(9, 15) : null,
                Entry = state is RegistrationState.Completed or RegistrationState.Invalidated ? EntryDecision.OnTime : null,
                DataConfirmedAt = state is RegistrationState.Completed or RegistrationState.Invalidated ? time.GetUtcNow().AddDays(past.ExamDate.DayNumber - today.DayNumber) : null,
                Components = [.. LmpExam.ComponentCodes.Select(c => new ExamComponentResult { Code = c })],
            };
            db.Add(registration);
            return registration;
        }

        void Mark(SessionRegistration r, string answers, int[] assignments, int[] practical, bool sent)
        {
            r.TheoryAnswers = answers;
            var theory = r.Components.First(c => c.Code == LmpExam.Theory);
            var sheet = new AnswerSheet(r.CandidateNumber, answers);
            theory.Points = key.Score(sheet);
            theory.Band = TheoryMarking.Band(LmpExam.TheoryScheme, key, sheet);
            theory.IsFinal = true;
            var a = r.Components.First(c => c.Code == LmpExam.Assignments);
            a.AssignedMarkerId = marker?.Id;
            a.FirstMarkerId = marker?.Id;
            a.FirstPoints = [.. assignments];
            a.FirstMarkedOn = past.ExamDate.AddDays(7);
            MarkingRecords.Apply(a, MarkingRecords.Assignments(r, a), past.ExamDate.AddDays(7));
            var p = r.Components.First(c => c.Code == LmpExam.Practical);
            var outcome = PracticalMarking.Outcome(LmpExam.PracticalScheme, PracticalSheet.Of(practical));
            p.CriteriaMet = [.. practical];
            p.Points = outcome.Points;
            p.Band = outcome.Band;
            p.IsFinal = true;
            foreach (var c in r.Components)
            {
                c.FinalOn = !c.IsFinal ? null : c.Code switch
                {
                    LmpExam.Theory => resultsSent, // final with the final answer model (8.9)
                    LmpExam.Assignments => past.ExamDate.AddDays(7),
                    _ => past.ExamDate,
                };
                c.ResultSentOn = sent && c.IsFinal ? resultsSent : null;
            }
        }

        const string good = "ABCDABCDABCDABCDABCDABCDABCDAB";
        const string poor = "ABCDABCDABCDABCDAAAAAAAAAAAAAA";
        var sanne = Add(past, "Sanne de Vries", "kandidaat@touchstone.example", new DateOnly(1990, 4, 12), RegistrationState.Completed, true);
        Mark(sanne, good, [8, 8, 11, 8, 11], [4, 3, 3, 3, 3, 3, 6], sent: true);
        var failed = Add(past, "Tom Kramer", "tom.kramer@example.nl", new DateOnly(1985, 9, 3), RegistrationState.Completed, true);
        Mark(failed, poor, [7, 7, 9, 7, 9], [3, 3, 3, 3, 3, 3, 4], sent: true);
        var unpaid = Add(past, "Eva Jansen", "eva.jansen@example.nl", new DateOnly(1992, 1, 22), RegistrationState.Completed, false);
        Mark(unpaid, good, [7, 8, 9, 7, 10], [4, 3, 3, 3, 3, 3, 5], sent: false);
        var accommodated = Add(past, "Ahmed Benali", "ahmed.benali@example.nl", new DateOnly(1988, 6, 30), RegistrationState.Completed, true);
        accommodated.AccommodationKind = AccommodationKind.Dyslexia;
        accommodated.AccommodationExtraMinutes = 30;
        accommodated.AccommodationStatement = "Dyslexieverklaring van drs. P. de Wit, orthopedagoog-generalist (NVO), 14-03-2019";
        accommodated.AccommodationStatus = AccommodationStatus.Approved;
        accommodated.AccommodationDecidedBy = director?.DisplayName;
        Mark(accommodated, "ABCDABCDABCDABCDABCDABCDAAAAAA", [9, 9, 12, 9, 12], [4, 3, 3, 3, 3, 3, 6], sent: false);
        var second = Add(past, "Lisa Smit", "lisa.smit@example.nl", new DateOnly(1995, 11, 5), RegistrationState.Completed, true);
        Mark(second, good, [6, 7, 9, 7, 9], [4, 3, 3, 3, 3, 3, 6], sent: false);
        second.ArrivedAt = new TimeOnly(9, 42);
        second.Entry = EntryDecision.AdmittedLate;
        second.DataCorrections = "Achternaam: Smit-de Wit";
        DateTimeOffset OnTheDay(int hour, int minute) => LmpExam.FromDutch(past.ExamDate.ToDateTime(new TimeOnly(hour, minute)));
        second.Incidents.Add(new ExamDayIncident(OnTheDay(9, 42), nameof(RegistrationState.Present),
            "te laat toegelaten: aankomst 09:42, aanvang 09:30, eindtijd 10:30 blijft (Examenreglement 7.1, 7.6)", examiner?.Id, examiner?.DisplayName));
        var cancelled = Add(past, "Bart Mulder", "bart.mulder@example.nl", new DateOnly(1979, 3, 17), RegistrationState.Cancelled, true);
        cancelled.CancelledOn = past.ExamDate.AddDays(-14);
        cancelled.PaidOn = Min(cancelled.PaidOn!.Value, cancelled.CancelledOn.Value.AddDays(-7)); // paid, then cancelled: 40% back (6.7)
        cancelled.Refund = 158m;
        cancelled.AmountDue = 0m;
        var fraud = Add(past, "Kees Brouwer", "kees.brouwer@example.nl", new DateOnly(1983, 8, 8), RegistrationState.Invalidated, true);
        fraud.Incidents.Add(new ExamDayIncident(OnTheDay(10, 5), ExamDayIncident.IncidentKind, "telefoon op schoot tijdens het theorie-examen, afgepakt", examiner?.Id, examiner?.DisplayName));
        fraud.Incidents.Add(new ExamDayIncident(OnTheDay(10, 15), nameof(RegistrationState.Invalidated), "fraude: telefoon gebruikt tijdens het theorie-examen", examiner?.Id, examiner?.DisplayName));
        foreach (var c in fraud.Components)
        {
            c.Invalid = true;
        }

        await db.Because("demo data: exams").SaveChangesAsync(ct);
        var fraudCandidate = await db.Set<ExamCandidate>().FirstAsync(c => c.Id == fraud.CandidateId, ct);
        fraudCandidate.FraudEstablishedOn = past.ExamDate;
        fraudCandidate.FraudFinding = "Telefoon gebruikt tijdens het theorie-examen (Examenreglement 7.10)";

        var sanneCandidate = await db.Set<ExamCandidate>().FirstAsync(c => c.Id == sanne.CandidateId, ct);
        db.Add(new Diploma
        {
            Number = $"LMP-{resultsSent.Year}-00001", RegistrationId = sanne.Id, CandidateId = sanne.CandidateId, HolderName = sanneCandidate.Name,
            DateOfBirth = sanneCandidate.DateOfBirth, ExamDate = past.ExamDate, IssuedOn = resultsSent, // the day the right arose: the last component final
        });
        db.Add(new Diploma
        {
            Number = $"LMP-{past.ExamDate.Year - 1}-00042", RegistrationId = Guid.CreateVersion7(), CandidateId = fraud.CandidateId, HolderName = fraudCandidate.Name,
            DateOfBirth = fraudCandidate.DateOfBirth, ExamDate = past.ExamDate.AddYears(-1), IssuedOn = past.ExamDate.AddYears(-1).AddDays(14),
            RevokedOn = past.ExamDate.AddDays(2), RevocationReason = "Fraude vastgesteld (Examenreglement 7.9)",
        });

        // A failed candidate asked to inspect his marked assignments (10.1).
        db.Add(new InspectionRequest { RegistrationId = failed.Id, CandidateId = failed.CandidateId, Components = [LmpExam.Assignments], RequestedAt = time.GetUtcNow().AddDays(-2) });

        // Handed-in work, kept six months (10.3).
        var work = new StoredFile
        {
            FileName = "opdrachten-" + sanne.CandidateNumber + ".pdf", ContentType = "application/pdf", Length = 9, Sha256 = new string('0', 64),
            Content = "%PDF-1.4\n"u8.ToArray(), UploadedAt = time.GetUtcNow(), UploadedBy = "demo",
        };
        db.Add(work);
        sanne.Components.First(c => c.Code == LmpExam.Assignments).WorkFileId = work.Id;

        number = 0;
        Add(upcoming, "Noor Visser", "noor.visser@example.nl", new DateOnly(1993, 2, 14), RegistrationState.Registered, true);
        Add(upcoming, "Daan de Groot", "daan.degroot@example.nl", new DateOnly(1987, 12, 1), RegistrationState.Registered, false);
        var requested = Add(upcoming, "Yara Haddad", "yara.haddad@example.nl", new DateOnly(1997, 7, 19), RegistrationState.Registered, true);
        requested.AccommodationKind = AccommodationKind.OtherMotherTongue;
        requested.AccommodationExtraMinutes = 20;
        requested.AccommodationDictionary = true;
        requested.ResidentInNetherlandsSince = today.AddYears(-2);
        requested.AccommodationStatement = $"Uittreksel BRP gemeente Zwolle: ingeschreven in Nederland sinds {requested.ResidentInNetherlandsSince:dd-MM-yyyy}; moedertaal Arabisch";
        requested.AccommodationStatus = AccommodationStatus.Requested;
        var resit = Add(upcoming, "Tom Kramer", "tom.kramer@example.nl", new DateOnly(1985, 9, 3), RegistrationState.Registered, false);
        resit.IsResit = true;
        await db.Because("demo data: exams").SaveChangesAsync(ct);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
