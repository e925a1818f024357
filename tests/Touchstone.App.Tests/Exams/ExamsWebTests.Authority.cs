using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.App.Mail;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Exams;

/// <summary>
/// Who decides (Examenreglement 6.2, 7.9, 9.1): the back office administers the exam, but the director decides special
/// arrangements, fraud found afterwards and a new results term. And governance refusals through the pages (1 Examinator, 4.4).
/// </summary>
public abstract partial class ExamsWebTests
{
    [Fact]
    public async Task TheBackOfficeCannotDecideASpecialArrangementNorRecordFraudAfterwardsOnlyTheDirectorCan()
    {
        // Examenreglement 6.2: the director decides on extra time; 7.9: the director establishes fraud found afterwards.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var (_, requested) = await RegisterAsync(session, "regeling-bo");
        var sat = await SatAsync(session, "fraude-bo");
        await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var r = await db.Set<SessionRegistration>().SingleAsync(x => x.Id == requested);
            (r.AccommodationKind, r.AccommodationExtraMinutes, r.AccommodationStatus) = (AccommodationKind.Dyslexia, 30, AccommodationStatus.Requested);
            await db.SaveChangesAsync();
        });
        var office = await App.As(Role.BackOffice);
        var page = $"/Exams/Sessions/Session/{session.Id}";

        // The forms are not offered to the back office ...
        var shown = await office.GetPageAsync(page);
        shown.QuerySelectorAll("form[action*='handler=Accommodation']").ShouldBeEmpty();
        shown.QuerySelectorAll("form[action*='handler=Fraud']").ShouldBeEmpty();

        // ... and a post made anyway is refused with the rule; nothing changes.
        var decide = await office.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = requested.ToString(), ["approve"] = "true" }, page + "?handler=Accommodation");
        decide.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await decide.Content.ReadAsStringAsync()).ShouldContain("Over een verzoek wegens dyslexie beslist de directie. (Examenreglement 6.2)");
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == requested))).AccommodationStatus.ShouldBe(AccommodationStatus.Requested);

        var fraud = await office.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = sat.ToString(), ["finding"] = "spiekbriefje gevonden" }, page + "?handler=Fraud");
        fraud.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await fraud.Content.ReadAsStringAsync()).ShouldContain("Fraude die na het examen wordt geconstateerd, stelt de directie vast. (Examenreglement 7.9)");
        var (state, invalid, excludedOn) = await InDbAsync(async db =>
        {
            var r = await db.Set<SessionRegistration>().Include(x => x.Components).SingleAsync(x => x.Id == sat);
            return (r.State, r.Components.Any(c => c.Invalid), (await db.Set<ExamCandidate>().SingleAsync(c => c.Id == r.CandidateId)).FraudEstablishedOn);
        });
        (state, invalid, excludedOn).ShouldBe((RegistrationState.Completed, false, (DateOnly?)null));
        (await InDbAsync(db => db.AuditRecords.AnyAsync(a => a.Action == "FraudFindingRefused" && a.EntityId == sat.ToString()))).ShouldBeTrue();

        // The director sees the forms and decides.
        var director = await App.As(Role.Director);
        (await director.GetPageAsync(page)).QuerySelectorAll("form[action*='handler=Accommodation']").ShouldNotBeEmpty();
        await Ok(director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = requested.ToString(), ["approve"] = "true" }, page + "?handler=Accommodation"));
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == requested))).AccommodationStatus.ShouldBe(AccommodationStatus.Approved);
        await Ok(director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = sat.ToString(), ["finding"] = "spiekbriefje gevonden" }, page + "?handler=Fraud"));
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == sat))).State.ShouldBe(RegistrationState.Invalidated);
    }

    [Fact]
    public async Task OnTheExamDayPageTheBackOfficeFollowsButCannotEstablishFraud()
    {
        // Examenreglement 7.8, 7.9: the examiner (on the day) or the director establishes fraud; back office may follow the day.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var (_, sat) = await RegisterAsync(session, "fraude-dag-bo");
        await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            (await db.Set<SessionRegistration>().SingleAsync(r => r.Id == sat)).State = RegistrationState.Present; // admitted, sitting the exam
            await db.SaveChangesAsync();
        });
        var office = await App.As(Role.BackOffice);
        var page = $"/Exams/ExamDay/Session/{session.Id}";
        var shown = await office.GetPageAsync(page);
        shown.QuerySelectorAll("form[action*='handler=Attendance']").ShouldNotBeEmpty();
        shown.QuerySelectorAll("form[action*='handler=Fraud']").ShouldBeEmpty();

        var refused = await office.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = sat.ToString(), ["finding"] = "telefoon op tafel" }, page + "?handler=Fraud");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await refused.Content.ReadAsStringAsync()).ShouldContain("(Examenreglement 7.9)");
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == sat))).State.ShouldBe(RegistrationState.Present);
        (await InDbAsync(db => db.AuditRecords.AnyAsync(a => a.Action == "FraudFindingRefused" && a.EntityId == sat.ToString()))).ShouldBeTrue();
        (await (await App.As(Role.Director)).GetPageAsync(page)).QuerySelectorAll("form[action*='handler=Fraud']").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task TheBackOfficeCannotSetANewResultsTerm()
    {
        // Examenreglement 9.1: the director sets the new term and tells the candidates.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        await SatAsync(session, "termijn-bo");
        var office = await App.As(Role.BackOffice);
        (await office.GetPageAsync("/Exams/Results")).QuerySelectorAll("form[action*='handler=Extend']").ShouldBeEmpty();

        var newDue = Today().AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var refused = await office.PostFormAsync("/Exams/Results", new Dictionary<string, string> { ["sessionId"] = session.Id.ToString(), ["newDue"] = newDue, ["reason"] = "ziekte examinator" }, "/Exams/Results?handler=Extend");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await refused.Content.ReadAsStringAsync()).ShouldContain("Alleen de directie stelt een nieuwe termijn voor de uitslag vast. (Examenreglement 9.1)");
        (await InDbAsync(db => db.Set<ExamSession>().SingleAsync(s => s.Id == session.Id))).ResultsTermExtendedTo.ShouldBeNull();
        (await InDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == $"termijn-bo.{session.Code}@example.nl".ToLowerInvariant()))).ShouldBeFalse();
        (await (await App.As(Role.Director)).GetPageAsync("/Exams/Results")).QuerySelectorAll("form[action*='handler=Extend']").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task PlanningASessionWithAConflictedExaminerIsRefusedOnTheSessionsPageWithTheRuleAndTheInputKept()
    {
        // Examenreglement 1 (Examinator): an examiner with a relation to a training institute is not appointed.
        var teacher = Guid.NewGuid().ToString();
        var institute = "Opleider " + Guid.NewGuid().ToString("N")[..6];
        await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.Add(new IndependenceStatement { UserId = teacher, DeclaredOn = Today(), InstituteRelation = institute, InstituteRelationKind = InstituteRelationKind.Teacher });
            await db.SaveChangesAsync();
        });
        var code = "K" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        string Date(int days) => Today().AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var refused = await (await App.As(Role.Director)).PostFormAsync("/Exams/Sessions", new Dictionary<string, string>
        {
            ["Input.Code"] = code, ["Input.ExamDate"] = Date(60), ["Input.StartsAt"] = "09:30", ["Input.Place"] = "Deventer", ["Input.ExaminerUserId"] = teacher,
            ["Input.Capacity"] = "12", ["Input.TheoryMinutes"] = "60", ["Input.PracticalMinutes"] = "45",
            ["Input.RegistrationDeadline"] = Date(40), ["Input.PaymentDeadline"] = Date(45), ["Input.Fee"] = "395",
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await refused.ParseAsync();
        Errors(form.DocumentElement.OuterHtml).ShouldContain(
            $"{teacher} kan niet worden aangewezen als examinator: verklaard als docent van of voor {institute}, een instituut dat voor het examen opleidt. (Examenreglement 1 (Examinator))");
        form.QuerySelector("input[name='Input.Code']")!.GetAttribute("value").ShouldBe(code);
        form.QuerySelector("input[name='Input.Place']")!.GetAttribute("value").ShouldBe("Deventer");
        (await InDbAsync(db => db.Set<ExamSession>().AnyAsync(s => s.Code == code))).ShouldBeFalse();
    }

    [Fact]
    public async Task AppointingAStaffMemberAsAnOrdinaryCommitteeMemberIsRefusedOnTheGovernancePageWithTheInputKept()
    {
        // Examenreglement 4.4: committee members are not staff of the institute, except the secretary.
        var (userId, name, member) = await NewAccountAsync(Role.ExamCommitteeMember, "Medewerker");
        await DeclareIndependenceAsync(member, null);
        var refused = await (await App.As(Role.Director)).PostFormAsync("/Exams/Committee/Members",
            new Dictionary<string, string> { ["userId"] = userId, ["role"] = "Member", ["isStaff"] = "true" }, "/Exams/Committee/Members?handler=Appoint");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await refused.ParseAsync();
        Errors(form.DocumentElement.OuterHtml).ShouldContain($"{name} is medewerker van het exameninstituut; alleen de secretaris mag dat zijn. (Examenreglement 4.4)");
        form.QuerySelector("form[action$='handler=Appoint'] select[name=userId] option[selected]")!.GetAttribute("value").ShouldBe(userId);
        form.QuerySelector("form[action$='handler=Appoint'] input[name=isStaff]")!.HasAttribute("checked").ShouldBeTrue();
        form.QuerySelector("form[action$='handler=Appoint'] select[name=role] option[selected]")!.GetAttribute("value").ShouldBe("Member");
        (await InDbAsync(db => db.Set<CommitteeMembership>().AnyAsync(m => m.UserId == userId))).ShouldBeFalse();
    }
}
