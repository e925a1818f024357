using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Mail;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Cases;
using UglyToad.PdfPig;
using Case = Touchstone.Domain.Cases.Case;

namespace Touchstone.App.Tests.Cases;

/// <summary>
/// Comments, objections, complaints and appeals through the pages (Examenreglement 11–16): intake, the
/// admissibility checklist, re-marking, the decision letter, confidentiality, the register and the board.
/// </summary>
public abstract class CasesWebTests(AppFixture app)
{
    internal static readonly byte[] TinyPdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => CaseClock.Today(app.Factory.Time);

    [Fact]
    public async Task ObjectionGoesFromThePublicFormToAMotivatedDecisionLetter()
    {
        var email = Unique("bezwaar");
        var exam = await CaseExamData.SeedAsync(app.Factory, (Domain.Exams.ResultBand.Goed, Domain.Exams.ResultBand.Onvoldoende, Domain.Exams.ResultBand.Goed));
        var anonymous = app.Anonymous();
        var submitted = await PostMultipartAsync(anonymous, "/Public/Cases/Submit", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection",
            ["Input.Scheme"] = "LMP",
            ["Input.Name"] = "Joris Bezwaarmaker",
            ["Input.Email"] = email,
            ["Input.Address"] = "Dorpsstraat 1, 1234 AB Ergens",
            ["Input.Phone"] = "0612345678",
            ["Input.ReferenceDate"] = Iso(Today.AddDays(-3)),
            ["Input.ExamReference"] = exam.SessionCode,
            ["Input.CandidateNumber"] = exam.CandidateNumber,
            ["Input.Component"] = "Opdrachten",
            ["Input.Result"] = "O",
            ["Input.Description"] = "Bezwaarschrift: de opdrachten zijn te streng beoordeeld.",
        }, ("Letter", "bezwaarschrift.pdf", TinyPdf));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        submitted.Headers.Location!.OriginalString.ShouldStartWith("/Public/Cases/Submitted?reference=B-");

        var dossier = await DossierOfAsync(email);
        dossier.LetterFileId.ShouldNotBeNull();
        dossier.Case.State.ShouldBe(CaseState.Received);
        (await MailsToAsync(email)).ShouldContain(m => m.Subject.StartsWith("Ontvangstbevestiging bezwaarschrift"));

        // Back office completes the checklist; every requirement met → in handling.
        var office = await app.As(Role.BackOffice);
        var checklist = $"/Cases/Checklist/{dossier.Id}";
        var answers = AdmissibilityChecklist.Items(CaseType.Objection)
            .Select(i => new KeyValuePair<string, string>($"Items[{i}]", i is "SubmittedByRepresentative" ? "no" : i.StartsWith("Representative") || i.StartsWith("Signed") ? string.Empty : "yes"))
            .Append(new("PostmarkDate", Iso(Today.AddDays(-1))));
        (await office.PostFormAsync(checklist, answers)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateOfAsync(dossier.Id)).ShouldBe(CaseState.InHandling);

        // Re-marking of the whole component by someone not involved before; the old result is kept.
        var marker = await UserIdAsync(Role.Marker);
        var examiner = await UserIdAsync(Role.Examiner);
        var detail = $"/Cases/Detail/{dossier.Id}";
        var involvedRemark = await office.PostFormAsync(detail, new Dictionary<string, string>
        {
            ["component"] = "Opdrachten", ["whole"] = "true", ["original"] = "O", ["newResult"] = "V", ["remarker"] = examiner, ["involved"] = examiner,
        }, detail + "?handler=Remark");
        involvedRemark.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusal = (await involvedRemark.ParseAsync()).Text(".errors");
        refusal.ShouldContain("11.1");
        refusal.ShouldNotContain(examiner); // named by name, not by account id
        var remark = await office.PostFormAsync(detail, new Dictionary<string, string>
        {
            ["component"] = "Opdrachten", ["whole"] = "true", ["original"] = "O", ["newResult"] = "V", ["remarker"] = marker, ["involved"] = examiner,
        }, detail + "?handler=Remark");
        remark.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The committee decides with a written motivation; the letter goes out as PDF and by e-mail.
        var committee = await app.As(Role.ExamCommitteeMember);
        var unmotivated = await committee.PostFormAsync(detail, new Dictionary<string, string> { ["outcome"] = "Upheld", ["Motivation"] = string.Empty }, detail + "?handler=Decide");
        (await unmotivated.ParseAsync()).Text(".errors").ShouldContain("Examenreglement 14");
        var decided = await committee.PostFormAsync(detail, new Dictionary<string, string>
        {
            ["outcome"] = "Upheld", ["Motivation"] = "Na volledige hercorrectie is het onderdeel voldoende.",
        }, detail + "?handler=Decide");
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await office.GetPageAsync(detail);
        var letterLink = page.QuerySelector("#decision-letter")?.GetAttribute("href");
        letterLink.ShouldNotBeNull();
        var letter = await office.GetAsync(letterLink, Ct);
        letter.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var pdf = PdfDocument.Open(await letter.Content.ReadAsByteArrayAsync(Ct)))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            text.ShouldContain(dossier.Reference);
            text.ShouldContain("gegrond");
            text.ShouldContain("hercorrectie");
            text.ShouldContain("Nieuwe uitslag: V");
        }

        (await MailsToAsync(email)).ShouldContain(m => m.Subject.StartsWith("Beslissing op uw bezwaarschrift") && m.Body.Contains("Na volledige hercorrectie"));
        var stored = await DossierOfAsync(email);
        stored.OriginalResult.ShouldBe("O");
        stored.NewResult.ShouldBe("V");
        stored.RemarkerId.ShouldBe(marker);
        stored.Case.History.Select(h => h.To).ShouldBe([CaseState.Received, CaseState.Admissibility, CaseState.InHandling, CaseState.Decided]);
        stored.Case.History[^1].Role.ShouldBe(CaseRole.ExamCommittee);

        // Every transition is in the audit trail with who and why.
        var audit = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords.AsNoTracking()
            .Where(r => r.EntityType == nameof(Case) && r.EntityId == dossier.Id.ToString()).OrderBy(r => r.Sequence).ToListAsync(Ct));
        audit.Select(r => r.Action).ShouldBe(["Created", "Updated", "Updated", "Updated"]);
        audit[2].Reason.ShouldBe($"{dossier.Reference} admissible");
        audit[2].ActorName.ShouldBe(DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.BackOffice).DisplayName);
        audit[3].Reason.ShouldBe($"{dossier.Reference} decided: Upheld");
        audit[3].ActorName.ShouldBe(DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.ExamCommitteeMember).DisplayName);

        // The candidate appeals; the office records the board's binding ruling and how it was carried out.
        var byCommittee = await committee.PostFormAsync("/Public/Cases/Submit", new Dictionary<string, string> { ["lodgedOn"] = Iso(Today) }, detail + "?handler=Appeal");
        (await byCommittee.ParseAsync()).Text(".errors").ShouldContain("Alleen de backoffice of de directie legt een beroep vast");
        (await office.PostFormAsync(detail, new Dictionary<string, string> { ["lodgedOn"] = Iso(Today) }, detail + "?handler=Appeal"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var appealId = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<Case>()
            .Where(c => c.AppealedCaseId == dossier.Id).Select(c => c.Id).SingleAsync(Ct));
        var appealPage = $"/Cases/Detail/{appealId}";
        var appealChecklist = $"/Cases/Checklist/{appealId}";
        (await office.PostFormAsync(appealChecklist, [], appealChecklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.PostFormAsync(appealPage, new Dictionary<string, string> { ["outcome"] = "Upheld", ["Motivation"] = "Het College van Beroep wijst het beroep toe." }, appealPage + "?handler=Decide"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var director = await app.As(Role.Director);
        var tooSoon = await director.PostFormAsync(appealPage, [], appealPage + "?handler=Close");
        (await tooSoon.ParseAsync()).Text(".errors").ShouldContain("Examenreglement 15");
        (await office.PostFormAsync(appealPage, new Dictionary<string, string> { ["followUp"] = "Certificaat verstrekt." }, appealPage + "?handler=FollowUp"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await director.PostFormAsync(appealPage, [], appealPage + "?handler=Close")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateOfAsync(appealId)).ShouldBe(CaseState.Closed);
    }

    [Fact]
    public async Task CaseTypesAndTermsComeFromTheSchemeConfiguration()
    {
        // CMC offers no comments (frameworks/case-types.yaml): refused with the form kept.
        var office = await app.As(Role.BackOffice);
        var comment = await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Comment", ["Input.Scheme"] = "CMC", ["Input.Channel"] = "Email", ["Input.Name"] = "Cor Commentaar",
            ["Input.ReferenceDate"] = Iso(Today), ["Input.ReceivedOn"] = Iso(Today),
        });
        comment.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await comment.ParseAsync();
        page.Text(".errors").ShouldContain("Regeling CMC kent geen zaken van het type zienswijze");
        page.QuerySelector("#Input_Name")!.GetAttribute("value").ShouldBe("Cor Commentaar");

        // An objection against a CMC certification decision follows the same terms, counted by the calendar.
        var email = Unique("cmc");
        var sent = new DateOnly(2026, 4, 24); // the 15th day, 9 May, is a Saturday: the term runs to Monday 11 May
        (await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "CMC", ["Input.Channel"] = "RegisteredLetter", ["Input.Name"] = "Cora Certificaat",
            ["Input.Email"] = email, ["Input.ReferenceDate"] = Iso(sent), ["Input.PostmarkDate"] = Iso(sent.AddDays(10)),
            ["Input.ReceivedOn"] = Iso(sent.AddDays(11)), ["Input.Subject"] = "Besluit weigering CMC-certificaat",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossier = await DossierOfAsync(email);
        dossier.Case.SchemeCode.ShouldBe("CMC");
        var detail = await office.GetPageAsync($"/Cases/Detail/{dossier.Id}");
        var expected = new CaseDeadlines(CaseSchemes.Find("CMC")!, Domain.Calendar.WorkingDayCalendar.Default).For(dossier.Case);
        expected.FilingDeadline.ShouldBe(new DateOnly(2026, 5, 11));
        detail.QuerySelector("dl")!.TextContent.ShouldContain("2026-05-11");
        detail.QuerySelector("dl")!.TextContent.ShouldContain(Iso(expected.HandlingDeadline!.Value));
    }

    [Fact]
    public async Task TheCommitteeSeesTheCommentsOfAnExamWithLateOnesMarkedLate()
    {
        var exam = "LMP-" + Guid.NewGuid().ToString("N")[..8];
        foreach (var (name, daysAgo) in new[] { ("Tijdige Tineke", 2), ("Late Lodewijk", 30) })
        {
            var response = await PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
            {
                ["Input.Type"] = "Comment", ["Input.Scheme"] = "LMP", ["Input.Name"] = name, ["Input.Email"] = Unique("zienswijze"),
                ["Input.ReferenceDate"] = Iso(Today.AddDays(-daysAgo)), ["Input.ExamReference"] = exam, ["Input.Description"] = "Vraag 7 is dubbelzinnig.",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var committee = await app.As(Role.ExamCommitteeMember);
        var rows = (await committee.GetPageAsync("/Cases/Comments?exam=" + exam)).QuerySelectorAll("tr[data-reference]").ToList();
        rows.Count.ShouldBe(2);
        rows.Single(r => r.TextContent.Contains("Late Lodewijk")).TextContent.ShouldContain("te laat");
        rows.Single(r => r.TextContent.Contains("Tijdige Tineke")).TextContent.ShouldNotContain("te laat");
    }

    // Examenreglement 8.8, 8.9, 12: the committee sees the comments (late ones marked late) on the page where
    // it fixes the answer key, not only in the Cases register.
    [Fact]
    public async Task TheAnswerKeyPageListsTheCommentsOnThatExamWithLateOnesMarkedLate()
    {
        var exam = await CaseExamData.SeedAsync(app.Factory, (Domain.Exams.ResultBand.Goed, Domain.Exams.ResultBand.Goed, Domain.Exams.ResultBand.Goed));
        foreach (var (name, daysAgo) in new[] { ("Tijdige Tamara", 2), ("Late Lucas", 30) })
        {
            var response = await PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
            {
                ["Input.Type"] = "Comment", ["Input.Scheme"] = "LMP", ["Input.Name"] = name, ["Input.Email"] = Unique("sleutel"),
                ["Input.ReferenceDate"] = Iso(Today.AddDays(-daysAgo)), ["Input.ExamReference"] = exam.SessionCode, ["Input.Description"] = "Vraag 12 heeft twee goede antwoorden.",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var committee = await app.As(Role.ExamCommitteeMember);
        var rows = (await committee.GetPageAsync($"/Exams/Committee/Theory/{exam.SessionId}")).QuerySelectorAll("tr[data-comment]").ToList();
        rows.Count.ShouldBe(2);
        rows.Single(r => r.TextContent.Contains("Late Lucas")).TextContent.ShouldContain("te laat");
        var timely = rows.Single(r => r.TextContent.Contains("Tijdige Tamara")).TextContent;
        timely.ShouldNotContain("te laat");
        timely.ShouldContain("Vraag 12 heeft twee goede antwoorden.");
    }

    [Fact]
    public async Task LateObjectionByPostIsRegisteredAndThenDeclaredInadmissibleWithItsReasons()
    {
        var email = Unique("laat");
        var office = await app.As(Role.BackOffice);
        var registered = await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection",
            ["Input.Scheme"] = "LMP",
            ["Input.Channel"] = "RegisteredLetter",
            ["Input.Name"] = "Laura Laat",
            ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(Today.AddDays(-60)),
            ["Input.PostmarkDate"] = Iso(Today.AddDays(-30)),
            ["Input.ReceivedOn"] = Iso(Today.AddDays(-28)),
            ["Input.Component"] = "Praktijk",
            ["Input.Result"] = "O",
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await registered.Content.ReadAsStringAsync(Ct));
        var dossier = await DossierOfAsync(email);
        dossier.Case.State.ShouldBe(CaseState.Received);

        var checklist = $"/Cases/Checklist/{dossier.Id}";
        var allYes = AdmissibilityChecklist.Items(CaseType.Objection)
            .Select(i => new KeyValuePair<string, string>($"Items[{i}]", i == "SubmittedByRepresentative" ? "no" : "yes"))
            .Append(new("PostmarkDate", Iso(Today.AddDays(-30))));
        (await office.PostFormAsync(checklist, allYes)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var verdict = await office.GetPageAsync(checklist);
        verdict.QuerySelectorAll("#failures li").Select(li => li.GetAttribute("data-code"))
            .ShouldBe(["objection.sent-late", "objection.received-late"], ignoreOrder: true);

        // Declaring an objection inadmissible is the committee's ruling, not the back office's.
        var refused = await office.PostFormAsync(checklist, [], checklist + "?handler=Complete");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateOfAsync(dossier.Id)).ShouldBe(CaseState.Admissibility);

        var committee = await app.As(Role.ExamCommitteeMember);
        (await committee.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = await office.GetPageAsync($"/Cases/Detail/{dossier.Id}");
        detail.QuerySelectorAll("#reasons li").Select(li => li.GetAttribute("data-code"))
            .ShouldBe(["objection.sent-late", "objection.received-late"], ignoreOrder: true);
        detail.Text("#case-state").ShouldContain("Niet-ontvankelijk");
        detail.Text("#case-state").ShouldContain("te laat");
        (await MailsToAsync(email)).ShouldContain(m => m.Subject.Contains("niet-ontvankelijk") && m.Body.Contains("16.3"));
    }

    // DOMAIN.md §6 and frameworks/case-types.yaml (CMC): an objection against a certification decision is handled
    // like an exam objection, but its checklist asks about the certification decision and the director rules on it.
    [Fact]
    public async Task ACmcObjectionAsksAboutTheCertificationDecisionAndTheDirectorNotTheCommitteeRulesOnIt()
    {
        var email = Unique("cmc-bezwaar");
        var office = await app.As(Role.BackOffice);
        var registered = await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection",
            ["Input.Scheme"] = "CMC",
            ["Input.Channel"] = "RegisteredLetter",
            ["Input.Name"] = "Cees Certificaat",
            ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(Today.AddDays(-60)),
            ["Input.PostmarkDate"] = Iso(Today.AddDays(-30)),
            ["Input.ReceivedOn"] = Iso(Today.AddDays(-28)),
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await registered.Content.ReadAsStringAsync(Ct));
        var dossier = await DossierOfAsync(email);
        dossier.Case.DecidingRole.ShouldBe(CaseRole.Director);

        var checklist = $"/Cases/Checklist/{dossier.Id}";
        var allYes = AdmissibilityChecklist.Items(CaseType.Objection)
            .Select(i => new KeyValuePair<string, string>($"Items[{i}]", i == "SubmittedByRepresentative" ? "no" : "yes"))
            .Append(new("PostmarkDate", Iso(Today.AddDays(-30))));
        (await office.PostFormAsync(checklist, allYes)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await office.GetPageAsync(checklist);
        var labels = string.Join(" | ", page.QuerySelectorAll("th[scope=row]").Select(th => th.TextContent));
        labels.ShouldContain("Gericht tegen een certificatiebesluit op een CMC-aanvraag (14)");
        labels.ShouldContain("Gericht aan de directeur van de certificatie-instelling");
        labels.ShouldNotContain("examen");

        var committee = await app.As(Role.ExamCommitteeMember);
        (await committee.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateOfAsync(dossier.Id)).ShouldBe(CaseState.Admissibility);
        var director = await app.As(Role.Director);
        (await director.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateOfAsync(dossier.Id)).ShouldBe(CaseState.Inadmissible);
    }

    // Issue 6 point 2, Examenreglement 16.4: an objection sent on the public form without the signed letter is not refused
    // at the door: it is registered and acknowledged, and the admissibility step declares it inadmissible, naming the
    // missing signed letter.
    [Fact]
    public async Task AnObjectionOnThePublicFormWithoutTheSignedLetterIsRegisteredAndDeclaredInadmissibleAsUnsigned()
    {
        var email = Unique("zonder-brief");
        var submitted = await PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "LMP", ["Input.Name"] = "Bas Briefloos", ["Input.Email"] = email,
            ["Input.Address"] = "Laan 3, 1111 AA Ergens", ["Input.Phone"] = "0611111111", ["Input.ReferenceDate"] = Iso(Today.AddDays(-3)),
            ["Input.Component"] = "Opdrachten", ["Input.Result"] = "O", ["Input.Description"] = "Bezwaarschrift: de opdrachten zijn te streng beoordeeld.",
        });
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        var dossier = await DossierOfAsync(email);
        dossier.LetterFileId.ShouldBeNull();
        dossier.Description.ShouldBe("Bezwaarschrift: de opdrachten zijn te streng beoordeeld.");
        (await MailsToAsync(email)).ShouldContain(m => m.Subject.StartsWith("Ontvangstbevestiging bezwaarschrift"));

        // Every item answered yes, the signature too: without the letter the signature requirement fails all the same.
        var office = await app.As(Role.BackOffice);
        var checklist = $"/Cases/Checklist/{dossier.Id}";
        var allYes = AdmissibilityChecklist.Items(CaseType.Objection)
            .Select(i => new KeyValuePair<string, string>($"Items[{i}]", i == "SubmittedByRepresentative" ? "no" : "yes"));
        (await office.PostFormAsync(checklist, allYes)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var failures = (await office.GetPageAsync(checklist)).QuerySelectorAll("#failures li").ToList();
        failures.Select(li => li.GetAttribute("data-code")).ShouldBe(["objection.no-signed-letter"]);
        failures[0].TextContent.ShouldContain("zonder de ondertekende brief");
        failures[0].TextContent.ShouldContain("16.4");

        var committee = await app.As(Role.ExamCommitteeMember);
        (await committee.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateOfAsync(dossier.Id)).ShouldBe(CaseState.Inadmissible);
        (await office.GetPageAsync($"/Cases/Detail/{dossier.Id}")).QuerySelectorAll("#reasons li").Select(li => li.GetAttribute("data-code"))
            .ShouldBe(["objection.no-signed-letter"]);
        (await MailsToAsync(email)).ShouldContain(m => m.Subject.Contains("niet-ontvankelijk") && m.Body.Contains("zonder de ondertekende brief"));
    }

    [Fact]
    public async Task AWrongUploadIsRefusedWithAClearMessageAndTheFormKept()
    {
        var email = Unique("upload");
        var response = await PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
        {
            ["Input.Type"] = "Complaint",
            ["Input.Scheme"] = "LMP",
            ["Input.Name"] = "Uploader Verkeerd",
            ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(Today.AddDays(-2)),
            ["Input.Description"] = "Mijn klacht staat in de bijlage.",
        }, ("Letter", "klacht.exe", "MZ\u0090\0binary"u8.ToArray()));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.Text(".errors").ShouldContain("Alleen deze bestandstypen worden geaccepteerd");
        page.QuerySelector("#Input_Name")!.GetAttribute("value").ShouldBe("Uploader Verkeerd");
        page.QuerySelector("#Input_Email")!.GetAttribute("value").ShouldBe(email);
        page.Text("#Input_Description").ShouldBe("Mijn klacht staat in de bijlage.");
        (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CaseDossier>().AnyAsync(d => d.SubmitterEmail == email, Ct)))
            .ShouldBeFalse();

        var disguised = await PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
        {
            ["Input.Type"] = "Complaint", ["Input.Scheme"] = "LMP", ["Input.Name"] = "X", ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(Today), ["Input.Description"] = "x",
        }, ("Letter", "brief.pdf", "not a pdf at all"u8.ToArray()));
        (await disguised.ParseAsync()).Text(".errors").ShouldContain("geen PDF-bestand");

        var oversized = new byte[(10 * 1024 * 1024) + 1];
        TinyPdf.CopyTo(oversized, 0);
        var tooLarge = await PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "LMP", ["Input.Name"] = "Groot Bestand", ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(Today), ["Input.Description"] = "Scan in hoge resolutie.",
        }, ("Letter", "scan.pdf", oversized));
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.OK);
        var kept = await tooLarge.ParseAsync();
        kept.Text(".errors").ShouldContain("groter dan 10 MB");
        kept.QuerySelector("#Input_Name")!.GetAttribute("value").ShouldBe("Groot Bestand");
        kept.QuerySelector("#Input_Type option[selected]")!.GetAttribute("value").ShouldBe("Objection");
    }

    [Fact]
    public async Task AComplaintIsSeenOnlyByTheDirectorAndTheStaffHeDesignates()
    {
        var email = Unique("klacht");
        var submitted = await PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
        {
            ["Input.Type"] = "Complaint",
            ["Input.Scheme"] = "LMP",
            ["Input.Name"] = "Kees Klager",
            ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(Today.AddDays(-5)),
            ["Input.Description"] = "De examinator was onbeleefd.",
        });
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossier = await DossierOfAsync(email);
        dossier.Confidential.ShouldBeTrue();
        var detail = $"/Cases/Detail/{dossier.Id}";

        var director = await app.As(Role.Director);
        (await director.GetPageAsync("/Cases?type=Complaint&q=" + dossier.Reference)).QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        await director.GetPageAsync(detail);

        // The back office (not designated) does not see it: not in the register, not in the API, not by its address.
        var office = await app.As(Role.BackOffice);
        (await office.GetPageAsync("/Cases?q=" + dossier.Reference)).QuerySelectorAll("tbody tr").Length.ShouldBe(0);
        (await office.GetStringAsync("/api/cases?q=" + dossier.Reference, Ct)).ShouldNotContain(dossier.Reference);
        await office.GetPageAsync(detail, HttpStatusCode.NotFound);
        await office.GetPageAsync($"/Cases/Checklist/{dossier.Id}", HttpStatusCode.NotFound);
        (await office.GetStringAsync("/api/cases/deadlines", Ct)).ShouldNotContain(dossier.Reference);
        var committee = await app.As(Role.ExamCommitteeMember);
        await committee.GetPageAsync(detail, HttpStatusCode.NotFound);

        // Only the director may designate; once designated, that staff member sees the complaint.
        var officeId = await UserIdAsync(Role.BackOffice);
        var selfDesignated = await office.PostFormAsync("/Cases/New", new Dictionary<string, string> { ["userId"] = officeId, ["designate"] = "true" }, detail + "?handler=Designate");
        selfDesignated.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await director.PostFormAsync(detail, new Dictionary<string, string> { ["userId"] = officeId, ["designate"] = "true" }, detail + "?handler=Designate"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetPageAsync(detail)).Text("h1").ShouldContain(dossier.Reference);
        (await office.GetPageAsync("/Cases?q=" + dossier.Reference)).QuerySelectorAll("tbody tr").Length.ShouldBe(1);
    }

    // Examenreglement 13.1: a complaint from the public form is acknowledged, checked (not about a result, within four
    // weeks), answered by the director with a letter, and closed; throughout, only the director and the staff he
    // designates see it.
    [Fact]
    public async Task AComplaintGoesFromThePublicFormToItsAnswerAndIsClosedSeenOnlyByTheDesignated()
    {
        var email = Unique("klacht-loop");
        var submitted = await PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
        {
            ["Input.Type"] = "Complaint", ["Input.Scheme"] = "LMP", ["Input.Name"] = "Karin Klacht", ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(Today.AddDays(-6)), ["Input.Description"] = "De examenlocatie was niet toegankelijk met een rolstoel.",
        });
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        submitted.Headers.Location!.OriginalString.ShouldStartWith("/Public/Cases/Submitted?reference=K-");
        var dossier = await DossierOfAsync(email);
        (await MailsToAsync(email)).ShouldContain(m => m.Subject == $"Ontvangstbevestiging klacht {dossier.Reference} / Acknowledgement of receipt");
        var detail = $"/Cases/Detail/{dossier.Id}";
        var checklist = $"/Cases/Checklist/{dossier.Id}";

        // Not designated: the back office and the committee do not see it.
        var office = await app.As(Role.BackOffice);
        await office.GetPageAsync(detail, HttpStatusCode.NotFound);
        await (await app.As(Role.ExamCommitteeMember)).GetPageAsync(checklist, HttpStatusCode.NotFound);

        // The director designates the office, which checks admissibility; the director rules on it and answers.
        var director = await app.As(Role.Director);
        (await director.PostFormAsync(detail, new Dictionary<string, string> { ["userId"] = await UserIdAsync(Role.BackOffice), ["designate"] = "true" }, detail + "?handler=Designate"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.PostFormAsync(checklist, [new("Items[AboutResult]", "no")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetPageAsync(checklist)).QuerySelectorAll("#failures li").Length.ShouldBe(0);
        (await office.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateOfAsync(dossier.Id)).ShouldBe(CaseState.Admissibility);
        (await director.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateOfAsync(dossier.Id)).ShouldBe(CaseState.InHandling);

        (await office.PostFormAsync(detail, new Dictionary<string, string> { ["outcome"] = "Founded", ["Motivation"] = "x" }, detail + "?handler=Decide"))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await director.PostFormAsync(detail, new Dictionary<string, string>
        {
            ["outcome"] = "Founded", ["Motivation"] = "De locatie had een toegankelijke ingang moeten bieden; wij passen de locatiekeuze aan.",
        }, detail + "?handler=Decide")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var answered = await office.GetPageAsync(detail);
        answered.Text("#outcome").ShouldContain("Gegrond");
        answered.QuerySelector("#decision-letter").ShouldNotBeNull();
        (await MailsToAsync(email)).ShouldContain(m => m.Subject.StartsWith($"Beslissing op uw klacht {dossier.Reference}") && m.Body.Contains("toegankelijke ingang"));

        (await office.PostFormAsync(detail, [], detail + "?handler=Close")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await DossierOfAsync(email);
        closed.Case.State.ShouldBe(CaseState.Closed);
        closed.Case.History.Select(h => h.To).ShouldBe([CaseState.Received, CaseState.Admissibility, CaseState.InHandling, CaseState.Decided, CaseState.Closed]);
        closed.Case.History[3].Role.ShouldBe(CaseRole.Director);
        await (await app.As(Role.ExamCommitteeMember)).GetPageAsync(detail, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheRegisterExportsToXlsxAndTheAnnualReportComesAsPdfAndXlsx()
    {
        var director = await app.As(Role.Director);
        var register = await director.GetAsync("/Cases?handler=Xlsx&type=Objection", Ct);
        register.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await register.Content.ReadAsByteArrayAsync(Ct)), false))
        {
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            rows[0].InnerText.ShouldStartWith("Nummer");
            rows.Count.ShouldBeGreaterThan(1);
            rows.Skip(1).ShouldAllBe(r => r.InnerText.StartsWith("B-"));
        }

        var year = Today.Year;
        var pdf = await director.GetAsync($"/Cases/Report?handler=Pdf&year={year}", Ct);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Ct)))
        {
            var text = string.Join(" ", document.GetPages().Select(p => p.Text));
            text.ShouldContain($"Jaarverslag klachten en bezwaren {year}");
            text.ShouldContain("Bezwaarschrift"); // case types in Dutch: the report is for Dutch readers
            text.ShouldNotContain("Objection", Shouldly.Case.Sensitive);
        }

        var xlsx = await director.GetAsync($"/Cases/Report?handler=Xlsx&year={year}", Ct);
        using var report = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)), false);
        report.WorkbookPart!.Workbook.Sheets!.ChildElements.Count.ShouldBe(2);
        var figures = report.WorkbookPart.WorksheetParts.Select(p => p.Worksheet.InnerText).ToList();
        figures.ShouldContain(t => t.Contains("Klacht", StringComparison.Ordinal) && t.Contains("Termijn overschreden"));
    }

    [Fact]
    public async Task TheBoardFlagsAnOverdueComplaintAndThePersonIsToldOnceThatAnAppealIsOpen()
    {
        var email = Unique("termijn");
        var office = await app.As(Role.BackOffice);
        var registered = await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Complaint",
            ["Input.Scheme"] = "CMC",
            ["Input.Channel"] = "RegisteredLetter",
            ["Input.Name"] = "Otto Overtijd",
            ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(Today.AddDays(-50)),
            ["Input.ReceivedOn"] = Iso(Today.AddDays(-40)),
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossier = await DossierOfAsync(email);

        // The director designates the office so the complaint shows on its board.
        var director = await app.As(Role.Director);
        var board = await director.GetPageAsync("/Cases/Deadlines");
        var row = board.QuerySelector($"tr[data-reference='{dossier.Reference}']");
        row.ShouldNotBeNull();
        row.ClassName.ShouldBe("overdue");
        row.TextContent.ShouldContain("beroep staat open");

        for (var i = 0; i < 2; i++)
        {
            (await director.PostFormAsync("/Cases/Deadlines", [], "/Cases/Deadlines?handler=Notify")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await MailsToAsync(email)).Count(m => m.Subject.Contains("verstreken")).ShouldBe(1);
        (await director.GetPageAsync("/Cases/Deadlines")).QuerySelector($"tr[data-reference='{dossier.Reference}']")!.TextContent
            .ShouldContain("beroepsmogelijkheid gemeld");

        // The appeal can now be recorded against the overdue complaint.
        var detail = $"/Cases/Detail/{dossier.Id}";
        (await director.PostFormAsync(detail, new Dictionary<string, string> { ["lodgedOn"] = Iso(Today) }, detail + "?handler=Appeal"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var appeal = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CaseDossier>().Include(d => d.Case)
            .SingleAsync(d => d.Case.AppealedCaseId == dossier.Id, Ct));
        appeal.Case.Type.ShouldBe(CaseType.Appeal);
        appeal.Confidential.ShouldBeTrue();
        appeal.Case.ReferenceDate.ShouldBeLessThan(Today);
    }

    [Fact]
    public async Task DemoDataHoldsEveryTypeInEveryStateIncludingLateAndInadmissibleCases()
    {
        var cases = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<Case>().AsNoTracking()
            .Where(c => c.SubmittedBy != "Joris Bezwaarmaker").ToListAsync(Ct));
        foreach (var type in Enum.GetValues<CaseType>())
        {
            var states = cases.Where(c => c.Type == type).Select(c => c.State).Distinct().ToList();
            states.ShouldContain(CaseState.Received, $"{type}");
            states.ShouldContain(CaseState.InHandling, $"{type}");
            states.ShouldContain(CaseState.Decided, $"{type}");
        }

        cases.ShouldContain(c => c.Type == CaseType.Comment && c.IsLate && c.State == CaseState.Inadmissible);
        cases.ShouldContain(c => c.Type == CaseType.Objection && c.IsLate && c.State == CaseState.Inadmissible);
        cases.ShouldContain(c => c.Type == CaseType.Complaint && c.State == CaseState.Inadmissible);
        cases.ShouldContain(c => c.Type == CaseType.Appeal && c.State == CaseState.Closed && c.FollowUp != null);
        cases.ShouldContain(c => c.SchemeCode == "CMC" && c.Type == CaseType.Objection);
        DemoSeeder.Accounts.ShouldContain(a => a.PrimaryRole == Role.BackOffice);

        // The CMC objection is the refused candidate's, linked to her application: the terms count from the refusal, the
        // letter was timely and it is being handled; the application page lists it.
        var refused = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().AsNoTracking()
            .SingleAsync(a => a.CandidateEmail == PersonCertificationDemo.RefusedCandidateEmail, Ct));
        refused.Decision.ShouldBe(Domain.PersonCertification.DecisionOutcome.Refused);
        var objection = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CaseDossier>().AsNoTracking()
            .Include(d => d.Case).AsSplitQuery().SingleAsync(d => d.CmcApplicationId == refused.Id, Ct));
        objection.SubmitterName.ShouldBe(refused.CandidateName);
        objection.Case.ReferenceDate.ShouldBe(refused.DecidedOn!.Value);
        objection.Case.IsLate.ShouldBeFalse();
        objection.Case.State.ShouldBe(CaseState.InHandling);
        var deadlines = CaseSchemes.DeadlinesFor("CMC", Domain.Calendar.WorkingDayCalendar.Default);
        objection.PostmarkDate!.Value.ShouldBeInRange(refused.DecidedOn.Value, deadlines.ObjectionFilingDeadline(refused.DecidedOn.Value));
        objection.Case.ReceivedOn.ShouldBeLessThanOrEqualTo(deadlines.ObjectionReceiptDeadline(refused.DecidedOn.Value));
        var page = await (await app.As(Role.DecisionMaker)).GetPageAsync($"/PersonCertification/Application/{refused.Id}");
        page.Text($"#objections li[data-reference='{objection.Reference}']").ShouldContain("In behandeling");
    }

    private static string Unique(string what) => $"{what}.{Guid.NewGuid():N}@example.org";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<CaseDossier> DossierOfAsync(string email) =>
        app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CaseDossier>().AsNoTracking()
            .Include(d => d.Case).AsSplitQuery().SingleAsync(d => d.SubmitterEmail == email, Ct));

    private Task<CaseState> StateOfAsync(Guid id) =>
        app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<Case>().Where(c => c.Id == id).Select(c => c.State).SingleAsync(Ct));

    private Task<List<OutboxMessage>> MailsToAsync(string email) =>
        app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking().Where(m => m.To == email).ToListAsync(Ct));

    private Task<string> UserIdAsync(Role role)
    {
        var account = DemoSeeder.Accounts.First(a => a.PrimaryRole == role);
        return app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync(Ct));
    }

    /// <summary>Posts a multipart form (with an optional file) using the antiforgery token of the page.</summary>
    internal static async Task<HttpResponseMessage> PostMultipartAsync(
        HttpClient client, string url, Dictionary<string, string> fields, (string Field, string FileName, byte[] Content)? file = null)
    {
        var page = await client.GetPageAsync(url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Content);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, f.Field, f.FileName);
        }

        return await client.PostAsync(url, content, Ct);
    }
}

// Case tests share the deadline job (reminders, purge) with each other: they run one at a time per app. Reference numbers
// no longer need this: simultaneous registrations get distinct references (CaseNumberingTests).
[Collection(CaseTestCollections.Sqlite)]
public sealed class CasesWebTestsOnSqlite(SqliteApp app) : CasesWebTests(app);

[Collection(CaseTestCollections.Postgres)]
public sealed class CasesWebTestsOnPostgres(PostgresApp app) : CasesWebTests(app);

public static class CaseTestCollections
{
    public const string Sqlite = "cases-sqlite";
    public const string Postgres = "cases-postgres";
}
