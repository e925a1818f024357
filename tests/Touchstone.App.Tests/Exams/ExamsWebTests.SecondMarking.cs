using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Exams;
using Touchstone.App.Mail;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Exams;

/// <summary>
/// Second marking of the assignments (Examenreglement 8.4, 5.4): an Onvoldoende assigns an independent second marker
/// automatically. These tests live in the ExamsWebTests class so they never run alongside its "no replacement" conflict
/// test; the markers they add lose their role when the test ends.
/// </summary>
public abstract partial class ExamsWebTests
{
    private static readonly int[] Onvoldoende = [6, 9, 12, 9, 12];
    private static readonly int[] Voldoende = [7, 7, 9, 7, 9];

    [Fact]
    public async Task AnOnvoldoendeAssignsAnIndependentSecondMarkerAndTheCommitteeDecidesADisagreement()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "tweede");
        var candidate = await CandidateOfAsync(registration);
        var conflicted = await NewMarkerAsync(candidate);
        var independent = await NewMarkerAsync();
        try
        {
            var first = await AssignDemoMarkerAsync(session.Id, registration);
            var marker = await App.As(Role.Marker);
            await MarkAsync(marker, registration, Onvoldoende);

            var component = await AssignmentsAsync(registration);
            component.AssignedSecondMarkerId.ShouldBe(independent.Id); // not the first marker, not the one with the candidate in his circle
            component.AssignedSecondMarkerId.ShouldNotBe(first);
            component.AssignedSecondMarkerId.ShouldNotBe(conflicted.Id);
            var number = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.Id == registration).Select(r => r.CandidateNumber).SingleAsync());
            var mail = await InDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.To == independent.Email));
            mail.Subject.ShouldBe("Tweede beoordeling LMP-examen");
            mail.Body.ShouldContain(number);
            mail.Body.ShouldNotContain("Kandidaat tweede"); // anonymous marking
            (await InDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == conflicted.Email))).ShouldBeFalse();
            (await InDbAsync(db => db.AuditRecords.AnyAsync(a => a.Reason != null && a.Reason.Contains($"second marker {independent.Id} assigned automatically")))).ShouldBeTrue();

            // The first marking is frozen: the first marker cannot change it (posted from his work list, which still holds another candidate).
            await AssignDemoMarkerAsync(session.Id, await SatAsync(session, "tweede-b"));
            var again = await marker.PostFormAsync("/Exams/Marking", Points(registration, Voldoende), "/Exams/Marking?handler=Mark");
            again.StatusCode.ShouldBe(HttpStatusCode.OK);
            var refusal = await again.Content.ReadAsStringAsync();
            refusal.ShouldContain("Examenreglement 8.4");
            refusal.ShouldContain("eerste correctie ligt vast");
            (await AssignmentsAsync(registration)).FirstPoints.ShouldBe(Onvoldoende);

            // The second marker sees the work and marks it Voldoende: the markers disagree.
            var second = await WebTest.LoginAsync(App.Factory, independent.Email, DemoSeeder.Password);
            (await second.GetPageAsync("/Exams/Marking")).Body!.TextContent.ShouldContain(number);
            await MarkAsync(second, registration, Voldoende);
            component = await AssignmentsAsync(registration);
            component.FirstPoints.ShouldBe(Onvoldoende); // both markings are kept
            component.SecondPoints.ShouldBe(Voldoende);
            component.IsFinal.ShouldBeFalse();

            // The committee decides through its page; the decision is recorded.
            var committee = await App.As(Role.ExamCommitteeMember);
            (await committee.GetPageAsync("/Exams/Committee")).Body!.TextContent.ShouldContain(number);
            await Ok(committee.PostFormAsync("/Exams/Committee", new Dictionary<string, string>
            {
                ["registrationId"] = registration.ToString(), ["band"] = nameof(ResultBand.Voldoende), ["grounds"] = "opdracht 1 is correct uitgewerkt",
            }, "/Exams/Committee?handler=Decide"));
            component = await AssignmentsAsync(registration);
            component.DecisionBand.ShouldBe(ResultBand.Voldoende);
            component.DecisionGrounds.ShouldBe("opdracht 1 is correct uitgewerkt");
            component.Band.ShouldBe(ResultBand.Voldoende);
            component.IsFinal.ShouldBeTrue();
            component.FirstPoints.ShouldBe(Onvoldoende);
            (await InDbAsync(db => db.AuditRecords.AnyAsync(a => a.EntityId == component.Id.ToString() && a.Reason == "committee decided between two markings"))).ShouldBeTrue();
        }
        finally
        {
            await RevokeMarkersAsync(conflicted.Id, independent.Id);
        }
    }

    [Fact]
    public async Task WhenTheTwoMarkingsAgreeTheResultIsFinalWithoutACommitteeDecision()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "eens");
        var independent = await NewMarkerAsync();
        try
        {
            await AssignDemoMarkerAsync(session.Id, registration);
            await MarkAsync(await App.As(Role.Marker), registration, Onvoldoende);
            (await AssignmentsAsync(registration)).AssignedSecondMarkerId.ShouldBe(independent.Id);

            await MarkAsync(await WebTest.LoginAsync(App.Factory, independent.Email, DemoSeeder.Password), registration, [5, 9, 12, 9, 12]);

            var component = await AssignmentsAsync(registration);
            component.IsFinal.ShouldBeTrue();
            component.Band.ShouldBe(ResultBand.Onvoldoende);
            component.DecisionBand.ShouldBeNull();
            var number = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.Id == registration).Select(r => r.CandidateNumber).SingleAsync());
            (await (await App.As(Role.ExamCommitteeMember)).GetPageAsync("/Exams/Committee")).Body!.TextContent.ShouldNotContain(number);
        }
        finally
        {
            await RevokeMarkersAsync(independent.Id);
        }
    }

    [Fact]
    public async Task WithoutAnIndependentMarkerTheDirectorIsWarnedAndAssignsTheSecondMarkerByHand()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "niemand");
        var conflicted = await NewMarkerAsync(await CandidateOfAsync(registration));
        var later = default((string Id, string Email, string Name));
        try
        {
            await AssignDemoMarkerAsync(session.Id, registration);
            await MarkAsync(await App.As(Role.Marker), registration, Onvoldoende);
            (await AssignmentsAsync(registration)).AssignedSecondMarkerId.ShouldBeNull();

            var director = await App.As(Role.Director);
            var page = $"/Exams/Sessions/Session/{session.Id}";
            (await director.GetPageAsync(page)).QuerySelector(".second-marker-needed")!.TextContent.ShouldContain("Tweede corrector nodig");

            later = await NewMarkerAsync();
            await Ok(director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["markerId"] = later.Id, ["second"] = "true" }, page + "?handler=AssignMarker"));
            (await AssignmentsAsync(registration)).AssignedSecondMarkerId.ShouldBe(later.Id);
            (await director.GetPageAsync(page)).QuerySelector(".second-marker-needed").ShouldBeNull();
        }
        finally
        {
            await RevokeMarkersAsync(conflicted.Id, later.Id);
        }
    }

    [Fact]
    public async Task AMarkerWhoDeclaresAConflictHandsTheWorkToAnotherIndependentMarker()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "overdracht");
        var other = await NewMarkerAsync();
        try
        {
            var first = await AssignDemoMarkerAsync(session.Id, registration);
            await Ok((await App.As(Role.Marker)).PostFormAsync("/Exams/Marking", new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["reason"] = "mijn zwager" }, "/Exams/Marking?handler=Conflict"));

            var component = await AssignmentsAsync(registration);
            component.AssignedMarkerId.ShouldBe(other.Id);
            component.AssignedMarkerId.ShouldNotBe(first);

            // The marker who declared the conflict cannot mark the work after all: refused with the conflict rule (5.4),
            // not merely "not assigned" (posted from his work list, which still holds another candidate).
            await AssignDemoMarkerAsync(session.Id, await SatAsync(session, "overdracht-b"));
            var refused = await (await App.As(Role.Marker)).PostFormAsync("/Exams/Marking", Points(registration, Voldoende), "/Exams/Marking?handler=Mark");
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            Errors(await refused.Content.ReadAsStringAsync()).ShouldBe(
                "U hebt verklaard dat deze kandidaat tot uw persoonlijke of zakelijke kring behoort; u beoordeelt dit werk niet, een andere corrector doet dat. (Examenreglement 5.4)");
            (await AssignmentsAsync(registration)).FirstPoints.ShouldBeNull();

            await MarkAsync(await WebTest.LoginAsync(App.Factory, other.Email, DemoSeeder.Password), registration, Voldoende);
            (await AssignmentsAsync(registration)).FirstMarkerId.ShouldBe(other.Id);
        }
        finally
        {
            await RevokeMarkersAsync(other.Id);
        }
    }

    [Fact]
    public async Task PointsAboveAnAssignmentsMaximumAreRefusedWithTheRuleAndThePointsKept()
    {
        // Examenreglement 8.7: assignment 1 scores 0 to 9 points.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "maximum");
        await AssignDemoMarkerAsync(session.Id, registration);

        var refused = await (await App.As(Role.Marker)).PostFormAsync("/Exams/Marking", Points(registration, [10, 7, 9, 7, 9]), "/Exams/Marking?handler=Mark");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.ParseAsync();
        Errors(page.DocumentElement.OuterHtml).ShouldBe("Opdracht 1 scoort 0 tot en met 9 punten, niet 10. (Examenreglement 8.7)");
        Enumerable.Range(1, 5).Select(i => page.QuerySelector($"#p-{registration}-{i}")!.GetAttribute("value")).ShouldBe(["10", "7", "9", "7", "9"]);
        (await AssignmentsAsync(registration)).FirstPoints.ShouldBeNull();
    }

    [Fact]
    public async Task TheLaterOfTwoDeclarationsMadeOnOneDayDecidesWhetherTheMarkerMayMark()
    {
        // Examenreglement 5.2: the marker's current declaration counts. Earlier today he named a relation with a training
        // institute; later today he declared himself independent again. The later one decides, also when the day ties.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "zelfde-dag");
        var marker = await NewMarkerAsync();
        try
        {
            await App.Factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<TouchstoneDbContext>();
                var earlier = await db.Set<IndependenceStatement>().SingleAsync(s => s.UserId == marker.Id);
                (earlier.InstituteRelation, earlier.InstituteRelationKind) = ("Opleider Zuid", InstituteRelationKind.Teacher);
                db.Add(new IndependenceStatement { UserId = marker.Id, DeclaredOn = earlier.DeclaredOn });
                await db.SaveChangesAsync();
            });
            var page = $"/Exams/Sessions/Session/{session.Id}";
            await Ok((await App.As(Role.Director)).PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["markerId"] = marker.Id, ["second"] = "false" }, page + "?handler=AssignMarker"));

            await MarkAsync(await WebTest.LoginAsync(App.Factory, marker.Email, DemoSeeder.Password), registration, Voldoende);

            (await AssignmentsAsync(registration)).FirstMarkerId.ShouldBe(marker.Id);
        }
        finally
        {
            await RevokeMarkersAsync(marker.Id);
        }
    }

    [Fact]
    public async Task AFirstMarkerLinkedToATrainingInstituteOrWithoutADeclarationIsNotAssigned()
    {
        // Examenreglement 5.2: a marker is independent of the institutes that train for the exam, on a declaration made
        // before assignment. The director's assignment on the session page is refused with the rule named; nothing changes.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "onafhankelijk");
        var linked = await NewMarkerAsync(institute: "Opleider Zuid");
        var undeclared = await NewMarkerAsync(declared: false);
        try
        {
            var director = await App.As(Role.Director);
            var page = $"/Exams/Sessions/Session/{session.Id}";
            async Task<string> Refused(string markerId)
            {
                var response = await director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["markerId"] = markerId, ["second"] = "false" }, page + "?handler=AssignMarker");
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                return Errors(await response.Content.ReadAsStringAsync());
            }

            (await Refused(linked.Id)).ShouldBe($"{linked.Name} kan niet worden aangewezen als corrector: verklaard als docent van of voor Opleider Zuid, een instituut dat voor het examen opleidt. (Examenreglement 5.2)");
            (await Refused(undeclared.Id)).ShouldBe($"{undeclared.Name} heeft geen onafhankelijkheidsverklaring; die is nodig vóór aanwijzing als corrector. (Examenreglement 5.2)");

            (await AssignmentsAsync(registration)).AssignedMarkerId.ShouldBeNull();
            (await InDbAsync(db => db.AuditRecords.CountAsync(a => a.Action == "MarkerAssignmentRefused" && (a.Reason == $"{linked.Name} not assigned as first marker" || a.Reason == $"{undeclared.Name} not assigned as first marker")))).ShouldBe(2);

            // An independent marker is assigned on the same page.
            var independent = await NewMarkerAsync();
            try
            {
                await Ok(director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["markerId"] = independent.Id, ["second"] = "false" }, page + "?handler=AssignMarker"));
                (await AssignmentsAsync(registration)).AssignedMarkerId.ShouldBe(independent.Id);
            }
            finally
            {
                await RevokeMarkersAsync(independent.Id);
            }
        }
        finally
        {
            await RevokeMarkersAsync(linked.Id, undeclared.Id);
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Points(Guid registration, int[] points) =>
        points.Select(p => new KeyValuePair<string, string>("points", p.ToString(CultureInfo.InvariantCulture))).Append(new("registrationId", registration.ToString()));

    private static Task MarkAsync(HttpClient marker, Guid registration, int[] points) =>
        Ok(marker.PostFormAsync("/Exams/Marking", Points(registration, points), "/Exams/Marking?handler=Mark"));

    private Task<ExamComponentResult> AssignmentsAsync(Guid registration) =>
        InDbAsync(db => db.Set<ExamComponentResult>().AsNoTracking().SingleAsync(c => c.RegistrationId == registration && c.Code == LmpExam.Assignments));

    private Task<string> CandidateOfAsync(Guid registration) =>
        InDbAsync(async db => (await db.Set<SessionRegistration>().SingleAsync(r => r.Id == registration)).CandidateId.ToString());

    /// <summary>The director assigns the demo marker as first marker; returns his id.</summary>
    private async Task<string> AssignDemoMarkerAsync(Guid session, Guid registration)
    {
        var markerId = await InDbAsync(db => db.Users.Where(u => u.Email == "corrector@touchstone.example").Select(u => u.Id).SingleAsync());
        var page = $"/Exams/Sessions/Session/{session}";
        await Ok((await App.As(Role.Director)).PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["markerId"] = markerId, ["second"] = "false" }, page + "?handler=AssignMarker"));
        return markerId;
    }

    /// <summary>
    /// A new LMP marker with an independence declaration, optionally naming a candidate in his circle (Examenreglement 5.4)
    /// or a training institute he teaches for (5.2); or without any declaration.
    /// </summary>
    private async Task<(string Id, string Email, string Name)> NewMarkerAsync(string? candidateInCircle = null, string? institute = null, bool declared = true)
    {
        var email = $"corrector-{Guid.NewGuid():N}@touchstone.example";
        var name = "Corrector " + email[10..16];
        var id = await App.Factory.InScopeAsync(async sp =>
        {
            var user = new User { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
            (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, DemoSeeder.Password)).Succeeded.ShouldBeTrue();
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.Marker, Scheme = ExamSession.LmpScheme, GrantedBy = "test" });
            if (declared)
            {
                db.Add(new IndependenceStatement
                {
                    UserId = user.Id, DeclaredOn = Today(), CandidatesInCircle = candidateInCircle is null ? [] : [candidateInCircle],
                    InstituteRelation = institute, InstituteRelationKind = institute is null ? null : InstituteRelationKind.Teacher,
                });
            }

            await db.SaveChangesAsync();
            return user.Id;
        });
        return (id, email, name);
    }

    private Task RevokeMarkersAsync(params string?[] ids) =>
        App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.RoleGrants.RemoveRange(await db.RoleGrants.Where(g => ids.Contains(g.UserId)).ToListAsync());
            await db.SaveChangesAsync();
        });
}
