using Microsoft.EntityFrameworkCore;
using Touchstone.App.Demo;
using Touchstone.App.Files;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Cases;

/// <summary>
/// Demo cases: comments, objections, complaints and appeals in every state, for LMP and CMC, including
/// late and inadmissible ones and cases whose decision is overdue. Dates are relative to today so the
/// deadlines board always has something to show. Runs once (skips when cases exist).
/// </summary>
public sealed class DemoCases(TimeProvider time, WorkingDayCalendar calendar, FileStore files) : IDemoContributor
{
    public int Order => 60;

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var db = demo.Db;
        if (await db.Set<CaseDossier>().AnyAsync(ct))
        {
            return;
        }

        var today = CaseClock.Today(time);
        var office = demo.Users["BackOffice"].DisplayName;
        var committee = demo.Users["ExamCommitteeMember"].DisplayName;
        var director = demo.Users["Director"].DisplayName;
        var seeder = new Seeder(db, calendar, files, today, time.GetUtcNow());

        // Comments on the LMP exam of three days ago (and a late one on an older exam).
        await seeder.Add(CaseType.Comment, "LMP", "Jeroen Kok", 3, 1, exam: "LMP-2026-11", text: "Vraag 14 heeft twee juiste antwoorden.");
        var inHandling = await seeder.Add(CaseType.Comment, "LMP", "Opleidingscentrum Noord", 3, 1, exam: "LMP-2026-11", text: "Het antwoordmodel bij casus B mist de stakeholderanalyse.");
        seeder.Admit(inHandling, office, CaseRole.BackOffice, ("AboutExamContent", true));
        var late = await seeder.Add(CaseType.Comment, "LMP", "Wim de Graaf", 30, 2, exam: "LMP-2026-10", text: "De tijd voor deel 2 was te kort.");
        seeder.Admit(late, office, CaseRole.BackOffice, ("AboutExamContent", true));
        var honoured = await seeder.Add(CaseType.Comment, "LMP", "Lisa Bos", 40, 35, exam: "LMP-2026-09", text: "Vraag 3 verwijst naar een vervallen norm.");
        seeder.Admit(honoured, office, CaseRole.BackOffice, ("AboutExamContent", true));
        seeder.Decide(honoured, CaseOutcome.Honoured, "Overgenomen in het definitieve antwoordmodel.", committee, CaseRole.ExamCommittee, 25);
        var closedComment = await seeder.Add(CaseType.Comment, "LMP", "Ahmed Karim", 40, 36, exam: "LMP-2026-09", text: "Casus A is onduidelijk.");
        seeder.Admit(closedComment, office, CaseRole.BackOffice, ("AboutExamContent", true));
        seeder.Decide(closedComment, CaseOutcome.NotHonoured, "De casus is voldoende duidelijk; geen aanpassing.", committee, CaseRole.ExamCommittee, 25);
        seeder.Close(closedComment, office, CaseRole.BackOffice, 20);

        // Objections against LMP results.
        await seeder.Add(CaseType.Objection, "LMP", "Sanne de Vries", 6, 2, exam: "LMP-2026-10", candidate: "K-10234", component: "Opdrachten", result: "O", postmark: 3);
        var checking = await seeder.Add(CaseType.Objection, "LMP", "Mark Vos", 8, 4, exam: "LMP-2026-10", candidate: "K-10240", component: "Praktijk", result: "O", postmark: 5);
        seeder.Start(checking, office, CaseRole.BackOffice);
        checking.Dossier.ChecklistJson = AdmissibilityChecklist.Serialize(CaseType.Objection, new Dictionary<string, bool?> { ["DirectlyHarmedCandidate"] = true, ["IsSigned"] = true });
        var overdue = await seeder.Add(CaseType.Objection, "LMP", "Eva Smits", 70, 60, exam: "LMP-2026-08", candidate: "K-09911", component: "Opdrachten", result: "O", postmark: 61);
        seeder.Admit(overdue, office, CaseRole.BackOffice, FullObjection);
        var upheld = await seeder.Add(CaseType.Objection, "LMP", "Tom Jacobs", 50, 40, exam: "LMP-2026-09", candidate: "K-10002", component: "Opdrachten", result: "O", postmark: 41);
        seeder.Admit(upheld, office, CaseRole.BackOffice, FullObjection);
        seeder.Remark(upheld, "V", demo.Users["Marker"], 30);
        seeder.Decide(upheld, CaseOutcome.Upheld, "Na hercorrectie door een corrector die er niet eerder bij betrokken was, is het onderdeel voldoende.", committee, CaseRole.ExamCommittee, 25);
        var rejected = await seeder.Add(CaseType.Objection, "LMP", "Nina Peeters", 90, 80, exam: "LMP-2026-07", candidate: "K-09500", component: "Praktijk", result: "O", postmark: 81);
        seeder.Admit(rejected, office, CaseRole.BackOffice, FullObjection);
        seeder.Remark(rejected, "O", demo.Users["Marker"], 70);
        seeder.Decide(rejected, CaseOutcome.Rejected, "Ook na volledige hercorrectie blijft het onderdeel onvoldoende; de beoordeling volgt het correctievoorschrift.", committee, CaseRole.ExamCommittee, 65);
        seeder.Close(rejected, office, CaseRole.BackOffice, 60);
        var tooLate = await seeder.Add(CaseType.Objection, "LMP", "Rob Willems", 60, 30, exam: "LMP-2026-08", candidate: "K-09920", component: "Opdrachten", result: "O", postmark: 32);
        seeder.Admit(tooLate, committee, CaseRole.ExamCommittee, FullObjection);

        // An objection against a result of the demo exam, linked to it: the candidate's work is held while it is open.
        var linked = await seeder.Add(CaseType.Objection, "LMP", "Tom Kramer", 11, 4, exam: Exams.ExamsDemo.PastCode,
            candidate: Exams.ExamsDemo.PastCode + "-002", component: "Praktijk", result: "O", postmark: 5);
        seeder.Admit(linked, office, CaseRole.BackOffice, FullObjection);
        if (await ExamResultLink.ResolveAsync(db, linked.Dossier.ExamReference, linked.Dossier.CandidateReference, linked.Dossier.ComponentCode, ct) is { } target)
        {
            linked.Dossier.ExamRegistrationId = target.RegistrationId;
            linked.Dossier.ExamComponentId = target.ComponentId;
            await ExamResultLink.SyncHoldAsync(db, target.ComponentId, ct);
        }

        // Complaints: confidential, seen by the director and the staff he designates.
        var newComplaint = await seeder.Add(CaseType.Complaint, "LMP", "Karin Mertens", 10, 2, text: "De surveillant was onvriendelijk.", channel: SubmissionChannel.EmailWithAcknowledgement);
        seeder.Designate(newComplaint, demo.Users["BackOffice"].Id, demo.Users["Director"].Id);
        var overdueComplaint = await seeder.Add(CaseType.Complaint, "LMP", "Paul Hendriks", 45, 40, text: "De uitslag kwam zes weken te laat.", channel: SubmissionChannel.RegisteredLetter);
        seeder.Admit(overdueComplaint, director, CaseRole.Director, ("AboutResult", false));
        var founded = await seeder.Add(CaseType.Complaint, "LMP", "Ilse van Dam", 60, 50, text: "Geen rolstoeltoegankelijke examenzaal.", channel: SubmissionChannel.RegisteredLetter);
        seeder.Admit(founded, director, CaseRole.Director, ("AboutResult", false));
        seeder.Decide(founded, CaseOutcome.Founded, "De locatie voldeed niet; voortaan wordt vooraf gecontroleerd.", director, CaseRole.Director, 35);
        seeder.Close(founded, director, CaseRole.Director, 30);
        var byPhone = await seeder.Add(CaseType.Complaint, "LMP", "Gert Jansen", 12, 5, text: "Telefonisch: klacht over de parkeerplaats.", channel: SubmissionChannel.Telephone);
        seeder.Admit(byPhone, director, CaseRole.Director, ("AboutResult", false));
        var unfounded = await seeder.Add(CaseType.Complaint, "LMP", "Joyce Aalbers", 50, 45, text: "Examen begon tien minuten te laat.", channel: SubmissionChannel.EmailWithAcknowledgement);
        seeder.Admit(unfounded, director, CaseRole.Director, ("AboutResult", false));
        seeder.Decide(unfounded, CaseOutcome.Unfounded, "De extra tijd is volledig gecompenseerd.", director, CaseRole.Director, 30);

        // Appeals to the external board.
        var appealRejected = seeder.Appeal(rejected, 55);
        seeder.Admit(appealRejected, office, CaseRole.BackOffice);
        seeder.Decide(appealRejected, CaseOutcome.Rejected, "Het College van Beroep verklaart het beroep ongegrond.", office, CaseRole.BackOffice, 20);
        var appealUpheld = seeder.Appeal(upheld, 20);
        seeder.Admit(appealUpheld, office, CaseRole.BackOffice);
        seeder.Decide(appealUpheld, CaseOutcome.Upheld, "Het College van Beroep verklaart het beroep gegrond.", office, CaseRole.BackOffice, 10);
        appealUpheld.Case.RecordFollowUp("De uitslag is aangepast en het certificaat is verstrekt.", CaseRole.BackOffice, office, today.AddDays(-5));
        seeder.Close(appealUpheld, director, CaseRole.Director, 3);
        seeder.Appeal(unfounded, 15);
        var appealOverdue = seeder.Appeal(overdueComplaint, 5);
        seeder.Admit(appealOverdue, office, CaseRole.BackOffice);

        // CMC: objection against a certification decision, and a complaint.
        // The candidate objects against her refusal (PersonCertificationDemo: refused twelve days ago), linked to the
        // application so its page lists the objection; the terms count from the decision's date, the letter was timely.
        var refused = await db.Set<PersonCertification.CmcApplicationRecord>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.CandidateEmail == PersonCertification.PersonCertificationDemo.RefusedCandidateEmail, ct);
        var refusedDaysAgo = refused?.DecidedOn is { } refusedOn ? today.DayNumber - refusedOn.DayNumber : PersonCertification.PersonCertificationDemo.RefusedDaysAgo;
        var cmc = await seeder.Add(CaseType.Objection, "CMC", refused?.CandidateName ?? "Sara Mulder", refusedDaysAgo, Math.Max(refusedDaysAgo - 6, 0),
            subject: "Bezwaarschrift tegen de weigering van het CMC-certificaat", postmark: Math.Max(refusedDaysAgo - 5, 0));
        if (refused is not null)
        {
            cmc.Dossier.CmcApplicationId = refused.Id;
            cmc.Dossier.SubmitterEmail = refused.CandidateEmail;
        }

        seeder.Admit(cmc, office, CaseRole.BackOffice, FullObjection);
        await seeder.Add(CaseType.Complaint, "CMC", "Marloes Kuiper", 7, 3, text: "Assessor kwam niet opdagen.", channel: SubmissionChannel.EmailWithAcknowledgement);

        await db.Because("demo data").SaveChangesAsync(ct);
    }

    private static readonly (string, bool)[] FullObjection = AdmissibilityChecklist.Items(CaseType.Objection)
        .Select(i => (i, i is not ("SubmittedByRepresentative" or "RepresentativeIsDutchRegisteredLawyer" or "SignedAuthorisationEnclosed")))
        .ToArray();

    private sealed record Entry(Case Case, CaseDossier Dossier);

    private sealed class Seeder(Data.TouchstoneDbContext db, WorkingDayCalendar calendar, FileStore files, DateOnly today, DateTimeOffset now)
    {
        public async Task<Entry> Add(
            CaseType type, string scheme, string name, int referenceDaysAgo, int receivedDaysAgo,
            string? exam = null, string? candidate = null, string? component = null, string? result = null, int? postmark = null,
            string? text = null, string? subject = null, SubmissionChannel channel = SubmissionChannel.RegisteredLetter)
        {
            var received = today.AddDays(-receivedDaysAgo);
            var role = type == CaseType.Objection ? CaseRole.Candidate : CaseRole.Public;
            var c = Case.Register(CaseSchemes.Find(scheme)!, type, received, today.AddDays(-referenceDaysAgo), name, role,
                subject ?? (component is null ? null : $"Uitslag {component}")).Value;
            var dossier = new CaseDossier
            {
                Id = c.Id,
                Case = c,
                Reference = await RegisterCaseHandler.NextReferenceAsync(db, type, received.Year, CancellationToken.None),
                SubmitterName = name,
                SubmitterEmail = name.ToLowerInvariant().Replace(' ', '.') + "@demo.touchstone.example",
                SubmitterAddress = type == CaseType.Objection ? "Stationsstraat 1, 3811 AA Amersfoort" : null,
                SubmitterPhone = type == CaseType.Objection ? "033-1234567" : null,
                Channel = type == CaseType.Comment ? SubmissionChannel.WebForm : channel,
                Description = text ?? (type == CaseType.Objection ? "Bezwaarschrift: ik ben het niet eens met de beoordeling van het onderdeel." : null),
                PostmarkDate = postmark is null ? null : today.AddDays(-postmark.Value),
                ExamReference = exam,
                CandidateReference = candidate,
                ComponentCode = component,
                OriginalResult = result,
                Confidential = type == CaseType.Complaint,
                RegisteredAt = now,
                LastChangedAt = now,
            };
            db.Add(c);
            db.Add(dossier);
            return new Entry(c, dossier);
        }

        public void Start(Entry e, string actor, CaseRole role) =>
            Check(e.Case.StartAdmissibilityCheck(role, actor, e.Case.ReceivedOn));

        public void Admit(Entry e, string actor, CaseRole role, params (string Item, bool Answer)[] answers)
        {
            if (e.Case.State == CaseState.Received)
            {
                Start(e, actor, role == CaseRole.ExamCommittee ? CaseRole.BackOffice : role);
            }

            e.Dossier.ChecklistJson = AdmissibilityChecklist.Serialize(e.Case.Type, answers.ToDictionary(a => a.Item, a => (bool?)a.Answer));
            var verdict = AdmissibilityChecklist.Evaluate(e.Dossier, calendar);
            var on = e.Case.ReceivedOn.AddDays(1);
            Check(e.Case.CompleteAdmissibility(verdict, role, actor, on > today ? today : on));
        }

        public void Remark(Entry e, string newResult, Accounts.User remarker, int daysAgo)
        {
            e.Dossier.NewResult = newResult;
            e.Dossier.RemarkerId = remarker.Id;
            e.Dossier.RemarkerName = remarker.DisplayName;
            e.Dossier.RemarkedOn = today.AddDays(-daysAgo);
        }

        public void Decide(Entry e, CaseOutcome outcome, string motivation, string actor, CaseRole role, int daysAgo)
        {
            Check(e.Case.Decide(outcome, motivation, role, actor, today.AddDays(-daysAgo)));
            if (e.Case.Type is CaseType.Objection or CaseType.Complaint)
            {
                var appealBody = CaseSchemes.Find(e.Case.SchemeCode)!.CaseTypes.FirstOrDefault(t => t.Type == CaseType.Appeal)?.AppealBody;
                var letter = files.Add($"{e.Dossier.Reference}-beslissing.pdf", DecisionLetter.Render(e.Dossier, actor, appealBody), UploadPolicy.Documents);
                e.Dossier.DecisionLetterFileId = letter.Value.Id;
            }
        }

        public void Close(Entry e, string actor, CaseRole role, int daysAgo) =>
            Check(e.Case.Close(role, actor, today.AddDays(-daysAgo)));

        public void Designate(Entry e, string userId, string directorId) =>
            db.Add(new CaseDesignation { CaseId = e.Case.Id, UserId = userId, DesignatedBy = directorId, DesignatedAt = now });

        public Entry Appeal(Entry appealed, int daysAgo)
        {
            var lodged = today.AddDays(-daysAgo);
            var c = Case.OpenAppeal(appealed.Case, CaseSchemes.DeadlinesFor(appealed.Case.SchemeCode, calendar), lodged, appealed.Dossier.SubmitterName, CaseRole.BackOffice);
            var appeal = c.Value;
            var year = lodged.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var count = db.ChangeTracker.Entries<CaseDossier>().Count(x => x.Entity.Reference.StartsWith("A-" + year, StringComparison.Ordinal));
            var dossier = new CaseDossier
            {
                Id = appeal.Id,
                Case = appeal,
                Reference = $"A-{year}-{count + 1:0000}",
                SubmitterName = appealed.Dossier.SubmitterName,
                SubmitterEmail = appealed.Dossier.SubmitterEmail,
                Channel = SubmissionChannel.OrdinaryLetter,
                Description = $"Beroep tegen {appealed.Dossier.Reference}",
                ExamReference = appealed.Dossier.ExamReference,
                CandidateReference = appealed.Dossier.CandidateReference,
                ComponentCode = appealed.Dossier.ComponentCode,
                Confidential = appealed.Dossier.Confidential,
                RegisteredAt = now,
                LastChangedAt = now,
            };
            db.Add(appeal);
            db.Add(dossier);
            return new Entry(appeal, dossier);
        }

        private static void Check(Domain.Common.Result result)
        {
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException("Demo case step refused: " + string.Join("; ", result.Errors));
            }
        }
    }
}
