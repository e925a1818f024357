using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// Through the pages as a user: suspension and withdrawal of a certificate with a reason (seed 000 / issue 5 point 4; the
/// register follows), the exemption from the assessment on the ACP route with its ground (CMC-reglement: vrijstelling) and
/// the ACP nomination page (seed 001, Certificeren? ACP stap 4-5), and the consent given by requesting the assessment (seed 000).
/// </summary>
public abstract class CmcPageTests(AppFixture app)
{
    private CmcTestKit Kit => new(app.Factory);

    private const string CertificatesPage = "/PersonCertification/Certificates";

    private async Task<(string Number, string Surname)> RegisteredCertificateAsync()
    {
        var surname = "Kwartel" + Guid.NewGuid().ToString("N")[..6];
        var (holder, _) = await Kit.NewUserAsync("Anna " + surname, Role.Candidate);
        var number = await Kit.CertificateAsync("Anna " + surname, "Gouda", Kit.Today.AddYears(-1), holderUserId: holder);
        return (number, surname);
    }

    private Task<CmcCertificateRecord> CertificateAsync(string number) =>
        Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AsNoTracking().SingleAsync(c => c.Number == number));

    private static Dictionary<string, string> StatusForm(string number, string to, string reason) => new() { ["Number"] = number, ["To"] = to, ["Reason"] = reason };

    private async Task<string> RegisterRowAsync(string surname) =>
        (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).QuerySelectorAll("#register tbody tr").Single().TextContent;

    [Fact]
    public async Task TheDecisionMakerSuspendsACertificateWithAReasonAndTheRegisterShowsItSuspended()
    {
        var (number, surname) = await RegisteredCertificateAsync();
        (await RegisterRowAsync(surname)).ShouldContain("Actief");
        var decider = await app.As(Role.DecisionMaker);

        var noReason = await decider.PostFormAsync(CertificatesPage, StatusForm(number, "Suspended", " "));
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await noReason.ParseAsync();
        refusedPage.Text(".errors").ShouldContain("is een reden nodig");
        refusedPage.QuerySelector("input[name=Number]")!.GetAttribute("value").ShouldBe(number);
        (await CertificateAsync(number)).Status.ShouldBe(CertificateStatus.Active);

        var suspended = await decider.PostFormAsync(CertificatesPage, StatusForm(number, "Suspended", "Klacht over beroepsuitoefening in onderzoek"));

        CmcTestKit.ShouldRedirectTo(suspended, CertificatesPage);
        var stored = await CertificateAsync(number);
        stored.Status.ShouldBe(CertificateStatus.Suspended);
        stored.StatusReason.ShouldBe("Klacht over beroepsuitoefening in onderzoek");
        (await RegisterRowAsync(surname)).ShouldContain("Geschorst");
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + number)).Text("#status").ShouldStartWith("Geschorst");
        var audited = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .Where(r => r.EntityType == nameof(CmcCertificateRecord) && r.EntityId == stored.Id.ToString()).Select(r => r.Reason).ToListAsync());
        audited.ShouldContain(r => r != null && r.Contains("Klacht over beroepsuitoefening", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDecisionMakerLiftsASuspensionWithAReasonAndTheRegisterShowsItActiveAgain()
    {
        // CMC-reglement: certificaat — a suspension can be lifted (geschorst → geldig) by the decision-maker, with a reason.
        var (number, surname) = await RegisteredCertificateAsync();
        var decider = await app.As(Role.DecisionMaker);
        CmcTestKit.ShouldRedirectTo(await decider.PostFormAsync(CertificatesPage, StatusForm(number, "Suspended", "Klacht in onderzoek")), CertificatesPage);
        (await RegisterRowAsync(surname)).ShouldContain("Geschorst");

        // Without a reason the suspension stays.
        var noReason = await decider.PostFormAsync(CertificatesPage, StatusForm(number, "Active", ""));
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noReason.ParseAsync()).Text(".errors").ShouldContain("Voor de overgang van 'geschorst' naar 'geldig' is een reden nodig. (CMC-reglement: certificaat)");
        (await RegisterRowAsync(surname)).ShouldContain("Geschorst");

        var reinstated = await decider.PostFormAsync(CertificatesPage, StatusForm(number, "Active", "Klacht ongegrond verklaard"));

        CmcTestKit.ShouldRedirectTo(reinstated, CertificatesPage);
        var stored = await CertificateAsync(number);
        stored.Status.ShouldBe(CertificateStatus.Active);
        var row = await RegisterRowAsync(surname);
        row.ShouldContain("Actief");
        row.ShouldNotContain("Geschorst");
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + number)).Text("#status").ShouldBe("Actief");
        var audited = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .Where(r => r.EntityType == nameof(CmcCertificateRecord) && r.EntityId == stored.Id.ToString()).Select(r => r.Reason).ToListAsync());
        audited.ShouldContain(r => r != null && r.Contains("Klacht ongegrond verklaard", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRegisterRowAndTheJsonApiGiveTheValidityDates()
    {
        // Issue 5 point 7: the public register shows status and validity; the same as JSON. Five years from the start (CMC-reglement: certificaat).
        var (number, surname) = await RegisteredCertificateAsync();
        var validFrom = Kit.Today.AddYears(-1);
        var validUntil = validFrom.AddYears(5).AddDays(-1);
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var row = (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).QuerySelectorAll("#register tbody tr").Single();
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        cells[2].ShouldBe(number);
        cells[3].ShouldBe("Actief");
        cells[4].ShouldBe($"{Iso(validFrom)} – {Iso(validUntil)}");

        var client = app.Anonymous();
        var found = await client.GetFromJsonAsync<JsonElement>("/api/public/cmc-register?q=" + surname.ToLowerInvariant());
        var entry = found.GetProperty("items").EnumerateArray().Single();
        entry.GetProperty("number").GetString().ShouldBe(number);
        entry.GetProperty("validFrom").GetString().ShouldBe(Iso(validFrom));
        entry.GetProperty("validUntil").GetString().ShouldBe(Iso(validUntil));

        var certificate = await client.GetFromJsonAsync<JsonElement>("/api/public/certificates/" + number);
        certificate.GetProperty("validFrom").GetString().ShouldBe(Iso(validFrom));
        certificate.GetProperty("validUntil").GetString().ShouldBe(Iso(validUntil));
        certificate.GetProperty("status").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task TheDecisionMakerWithdrawsACertificateWithAReasonAndTheRegisterShowsItWithdrawn()
    {
        var (number, surname) = await RegisteredCertificateAsync();
        var decider = await app.As(Role.DecisionMaker);

        var withdrawn = await decider.PostFormAsync(CertificatesPage, StatusForm(number, "Withdrawn", "Niet voldaan aan de PE-verplichting"));

        CmcTestKit.ShouldRedirectTo(withdrawn, CertificatesPage);
        var stored = await CertificateAsync(number);
        stored.Status.ShouldBe(CertificateStatus.Withdrawn);
        stored.StatusReason.ShouldBe("Niet voldaan aan de PE-verplichting");
        (await RegisterRowAsync(surname)).ShouldContain("Ingetrokken");
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + number)).Text("#status").ShouldStartWith("Ingetrokken");

        // Withdrawn is final: reinstating is refused with the rule.
        var reinstate = await decider.PostFormAsync(CertificatesPage, StatusForm(number, "Active", "Vergissing"));
        reinstate.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reinstate.ParseAsync()).Text(".errors").ShouldContain("Een certificaat kan niet van 'ingetrokken' naar 'geldig' gaan. (CMC-reglement: certificaat)");
        (await CertificateAsync(number)).Status.ShouldBe(CertificateStatus.Withdrawn);
        (await RegisterRowAsync(surname)).ShouldContain("Ingetrokken");
    }

    [Fact]
    public async Task BackOfficeCorrectsTheHoldersNameAndTownAndTheRegisterSearchFollows()
    {
        var (number, surname) = await RegisteredCertificateAsync();
        var newSurname = "Grutto" + Guid.NewGuid().ToString("N")[..6];
        var backOffice = await app.As(Role.BackOffice);
        Dictionary<string, string> Form(string name, string reason) => new()
        {
            ["Correction.Number"] = number.ToLowerInvariant(), ["Correction.Name"] = name, ["Correction.Town"] = "Zoetermeer", ["Correction.Reason"] = reason,
        };

        var noReason = await backOffice.PostFormAsync(CertificatesPage, Form($"Anna van {newSurname}", ""), CertificatesPage + "?handler=Correct");
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await noReason.ParseAsync();
        refusedPage.Text("#correct .errors").ShouldContain("vermeldt de naam, de plaats en de reden");
        refusedPage.QuerySelector("input[name='Correction.Name']")!.GetAttribute("value").ShouldBe($"Anna van {newSurname}");

        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(CertificatesPage, Form($"Anna van {newSurname}", "Naamswijziging na huwelijk"), CertificatesPage + "?handler=Correct"), CertificatesPage);

        (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).QuerySelectorAll("#register tbody tr").ShouldBeEmpty();
        var row = await RegisterRowAsync($"van+{newSurname}+zoeterm");
        row.ShouldContain(number);
        row.ShouldContain("Zoetermeer");
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + number)).Text("#certificate").ShouldContain($"Anna van {newSurname}");
    }

    [Fact]
    public async Task BackOfficeRecordsTheExemptionOnTheAcpRouteWithItsGroundAndIsRefusedWhenTheGroundDoesNotHold()
    {
        var (id, candidateId) = await Kit.AcpReviewCompleteAsync("Noor Vrijstelling");
        var url = $"/PersonCertification/Application/{id}";
        var delta = await Kit.OrganisationIdAsync("Delta Advies");
        var veldkamp = await Kit.OrganisationIdAsync("Veldkamp Academie"); // an ATP institute, not on the ACP register
        var backOffice = await app.As(Role.BackOffice);
        Dictionary<string, string> Ground(string kind, Guid practice, string evidence) => new()
        {
            ["ExemptionKind"] = kind, ["ExemptionPracticeId"] = practice.ToString(), ["ExemptionEvidence"] = evidence,
        };

        // Not an ACP practice: refused with the rule, the evidence kept.
        var notAcp = await backOffice.PostFormAsync(url, Ground("ContractedByAcpPractice", veldkamp, "Raamovereenkomst 2024"), url + "?handler=Exemption");
        notAcp.StatusCode.ShouldBe(HttpStatusCode.OK);
        var notAcpPage = await notAcp.ParseAsync();
        notAcpPage.Text(".errors").ShouldContain("bureau dat in het ACP-register staat");
        notAcpPage.QuerySelector("input[name=ExemptionEvidence]")!.GetAttribute("value").ShouldBe("Raamovereenkomst 2024");

        // No evidence: refused.
        (await (await backOffice.PostFormAsync(url, Ground("EmployedByAcpPractice", delta, ""), url + "?handler=Exemption")).ParseAsync())
            .Text(".errors").ShouldContain("Vermeld het bewijs");

        // The consultant has left the practice: employment is no ground any more.
        await SetEmployerAsync(candidateId, null);
        var left = await backOffice.PostFormAsync(url, Ground("EmployedByAcpPractice", delta, "Arbeidsovereenkomst sinds 2019"), url + "?handler=Exemption");
        (await left.ParseAsync()).Text(".errors").ShouldContain("niet in dienst van dit bureau");
        (await Kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ReviewComplete);

        // Employed by the ACP practice: exempt, with the ground recorded and shown.
        await SetEmployerAsync(candidateId, delta);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, Ground("EmployedByAcpPractice", delta, "Arbeidsovereenkomst sinds 2019"), url + "?handler=Exemption"), url);

        var exempt = await Kit.ApplicationAsync(id);
        exempt.State.ShouldBe(CmcApplicationState.ExemptFromAssessment);
        exempt.ExemptionKind.ShouldBe(ExemptionGroundKind.EmployedByAcpPractice);
        exempt.ExemptionEvidence.ShouldBe("Arbeidsovereenkomst sinds 2019");
        (await backOffice.GetPageAsync(url)).Text("dl").ShouldContain("Arbeidsovereenkomst sinds 2019");
        var steps = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcStepEntry>().AsNoTracking()
            .Where(s => s.ApplicationId == id && s.Step == CmcStep.GrantExemption).Select(s => s.Note).ToListAsync());
        steps.Single().ShouldBe("EmployedByAcpPractice: Arbeidsovereenkomst sinds 2019");
    }

    private Task<int> SetEmployerAsync(string userId, Guid? organisationId) =>
        Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.OrganisationId, organisationId)));

    [Fact]
    public async Task TheContactOfAnAcpPracticeNominatesItsOwnConsultantAndIsRefusedOtherwise()
    {
        var delta = await Kit.OrganisationIdAsync("Delta Advies");
        var veldkamp = await Kit.OrganisationIdAsync("Veldkamp Academie");
        var (_, employee) = await Kit.NewUserAsync("Mees Voordracht", Role.Candidate, organisationId: delta);
        var (_, outsider) = await Kit.NewUserAsync("Olga Buitenstaander", Role.Candidate);
        var contact = await app.As(Role.OrganisationContact); // Pieter Jansen of Delta Advies
        const string Page = "/PersonCertification/Nominate";
        Dictionary<string, string> Form(string email) => new()
        {
            ["ConsultantEmail"] = email, ["Town"] = "Rotterdam", ["ExemptionKind"] = "EmployedByAcpPractice", ["ExemptionEvidence"] = "Arbeidsovereenkomst",
        };

        // Someone who does not work for the practice: refused, input kept, nothing started.
        var refused = await contact.PostFormAsync(Page, Form(outsider));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await refused.ParseAsync();
        refusedPage.Text(".errors").ShouldContain("alleen eigen medewerkers voordragen");
        refusedPage.QuerySelector("input[name=ConsultantEmail]")!.GetAttribute("value").ShouldBe(outsider);
        (await ApplicationsOfAsync(outsider)).ShouldBe(0);

        // A contact of an organisation that is not on the ACP register may not nominate at all.
        var (_, atpContactEmail) = await Kit.NewUserAsync("Wim Veldkamp", Role.OrganisationContact, organisationId: veldkamp);
        var atpContact = await WebTest.LoginAsync(app.Factory, atpContactEmail, CmcTestKit.Password);
        var notAcp = await atpContact.PostFormAsync(Page, Form(employee));
        notAcp.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notAcp.ParseAsync()).Text(".errors").ShouldContain("Alleen een bureau dat in het ACP-register staat, mag adviseurs voordragen");
        (await ApplicationsOfAsync(employee)).ShouldBe(0);

        // The practice's own consultant: an application on the ACP route, started by the contact, with the claimed exemption.
        var nominated = await contact.PostFormAsync(Page, Form(employee));
        CmcTestKit.ShouldRedirectTo(nominated, "/PersonCertification/Application/");
        var application = await Kit.ApplicationAsync(Guid.Parse(nominated.Headers.Location!.OriginalString.Split('/')[^1]));
        application.Route.ShouldBe(CmcRoute.AcpNomination);
        application.OrganisationId.ShouldBe(delta);
        application.CandidateEmail.ShouldBe(employee);
        application.ExemptionClaimed.ShouldBeTrue();
        application.State.ShouldBe(CmcApplicationState.Applied);
        (await contact.GetPageAsync(nominated.Headers.Location!.OriginalString)).Text("h1").ShouldContain("Mees Voordracht");
    }

    [Fact]
    public async Task RequestingTheAssessmentNeedsTheConsentTickRecordsItsMomentAndPlanningWaitsForIt()
    {
        // Seed 000: "Met het aanvragen van een assessment geeft de (beoogd) CMC'er hier 'automatisch' toestemming voor" (sharing
        // the development report with the assessors); the consent is recorded with its moment, and planning needs it.
        var (id, _, email) = await Kit.InvitedAsync("Kandidaat Toestemming " + Guid.NewGuid().ToString("N")[..6]);
        var url = $"/PersonCertification/Application/{id}";
        var backOffice = await app.As(Role.BackOffice);
        var plan = new Dictionary<string, string>
        {
            ["Plan.Assessor1"] = await Kit.UserIdAsync("assessor@touchstone.example"), ["Plan.Assessor2"] = await Kit.UserIdAsync("assessor2@touchstone.example"),
            ["Plan.Date"] = Kit.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Plan.StartTime"] = "10:00",
            ["Plan.Address"] = "CIIO, Stationsplein 1, Amersfoort",
        };

        // Not requested yet, so no consent: planning is refused with the rule named, the plan kept.
        var noConsent = await backOffice.PostFormAsync(url, plan, url + "?handler=Plan");
        noConsent.StatusCode.ShouldBe(HttpStatusCode.OK);
        var noConsentPage = await noConsent.ParseAsync();
        noConsentPage.Text(".errors").ShouldContain("Er is geen toestemming vastgelegd om het ontwikkelverslag met de assessoren te delen. (CMC-reglement: assessment (toestemming delen verslag))");
        noConsentPage.QuerySelector("input[name='Plan.Address']")!.GetAttribute("value").ShouldBe("CIIO, Stationsplein 1, Amersfoort");
        (await Kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.InvitedToAssessment);

        // The candidate requests the assessment without ticking the consent: refused, nothing recorded, the tick still offered.
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var unticked = await candidate.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=RequestAssessment");
        unticked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var untickedPage = await unticked.ParseAsync();
        untickedPage.Text(".errors").ShouldContain("Wie het assessment aanvraagt, laat de assessoren het ontwikkelverslag lezen; vink de toestemming aan. (CMC-reglement: assessment)");
        untickedPage.QuerySelector("input#consent[type=checkbox]").ShouldNotBeNull();
        (await Kit.ApplicationAsync(id)).ConsentGivenAt.ShouldBeNull();

        // Ticked: the consent is recorded with the moment of the request, in the steps and on the page.
        var requestedAt = app.Factory.Time.GetUtcNow();
        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Consent"] = "true" }, url + "?handler=RequestAssessment"), url);
        var consented = await Kit.ApplicationAsync(id);
        consented.ConsentGivenAt.ShouldNotBeNull();
        (consented.ConsentGivenAt!.Value - requestedAt).Duration().ShouldBeLessThan(TimeSpan.FromSeconds(1)); // the shared clock stands still
        consented.State.ShouldBe(CmcApplicationState.InvitedToAssessment);
        var step = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcStepEntry>().AsNoTracking()
            .SingleAsync(s => s.ApplicationId == id && s.Role == CmcRole.Candidate && s.Step == CmcStep.InviteToAssessment));
        step.Note.ShouldBe("Assessment requested; consent to share the development report");
        var page = await candidate.GetPageAsync(url);
        page.QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim()).ShouldContain("Toestemming verslag delen met assessoren");
        page.QuerySelector("input#consent").ShouldBeNull();

        // Now back office plans it.
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, plan, url + "?handler=Plan"), url);
        (await Kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.AssessmentScheduled);
    }

    [Fact]
    public async Task TheInvitationCarriesTheFullAgendaWithTheIdentityCheckOnlyWhenTheAssessorsDoNotKnowTheCandidate()
    {
        // CMC-reglement: assessment, "De volgende onderwerpen komen aan de orde": introductie; verificatie identiteit, wanneer
        // (kandidaat) CMC'er niet bekend is bij de assessoren; ontwikkeling competenties; eigen reflectie; mondelinge feedback.
        var backOffice = await app.As(Role.BackOffice);
        var henk = await Kit.UserIdAsync("assessor@touchstone.example");
        var yvonne = await Kit.UserIdAsync("assessor2@touchstone.example");

        async Task<string> InvitationAfterPlanningAsync(bool candidateKnown)
        {
            var (id, _) = await Kit.ReadyForPlanningAsync("Kandidaat Agenda " + Guid.NewGuid().ToString("N")[..6]);
            var url = $"/PersonCertification/Application/{id}";
            var form = new Dictionary<string, string>
            {
                ["Plan.Assessor1"] = henk, ["Plan.Assessor2"] = yvonne,
                ["Plan.Date"] = Kit.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Plan.StartTime"] = "10:00",
                ["Plan.Address"] = "CIIO, Stationsplein 1, Amersfoort",
            };
            if (candidateKnown)
            {
                form["Plan.CandidateKnown"] = "true"; // the tick box "candidate known to the assessors"
            }

            CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, form, url + "?handler=Plan"), url);
            var email = (await Kit.ApplicationAsync(id)).CandidateEmail;
            var mail = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking()
                .SingleAsync(m => m.To == email && m.Body.Contains("Agenda:")));
            return mail.Body[(mail.Body.IndexOf("Agenda:\n", StringComparison.Ordinal) + "Agenda:\n".Length)..].TrimEnd();
        }

        (await InvitationAfterPlanningAsync(candidateKnown: false)).ShouldBe(string.Join("\n",
            "1. Introductie / Introduction",
            "2. Verificatie identiteit / Identity check",
            "3. Bespreken ontwikkeling competenties afgelopen en komende jaren / Development of competencies in past and coming years",
            "4. Bespreken eigen reflectie op ontwikkeling / The candidate's own reflection on development",
            "5. Mondelinge feedback / Oral feedback"));

        var known = await InvitationAfterPlanningAsync(candidateKnown: true);
        known.ShouldNotContain("Verificatie identiteit");
        known.ShouldBe(string.Join("\n",
            "1. Introductie / Introduction",
            "2. Bespreken ontwikkeling competenties afgelopen en komende jaren / Development of competencies in past and coming years",
            "3. Bespreken eigen reflectie op ontwikkeling / The candidate's own reflection on development",
            "4. Mondelinge feedback / Oral feedback"));
    }

    [Fact]
    public async Task TheAssessorExtendsTheReportTermOnTheApplicationPageAndTheCandidateIsTold()
    {
        // CMC-reglement: na een assessment — the report "in principe binnen 2 weken"; an extension has a reason and the candidate hears of it.
        var (id, _) = await Kit.ReadyForPlanningAsync("Kandidaat Termijn " + Guid.NewGuid().ToString("N")[..6]);
        var henk = await Kit.UserIdAsync("assessor@touchstone.example");
        (await Kit.PlanAsync(id, henk, await Kit.UserIdAsync("assessor2@touchstone.example"), Kit.Today.AddDays(14))).IsSuccess.ShouldBeTrue();
        var planned = await Kit.ApplicationAsync(id);
        var due = planned.ReportDueDate!.Value;
        var later = due.AddDays(7);
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/PersonCertification/Application/{id}";
        var assessor = await app.As(Role.Assessor); // Henk, one of the two assessors
        Task<int> ExtensionMailsAsync() => Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox
            .CountAsync(m => m.To == planned.CandidateEmail && m.Subject.Contains("meer tijd")));

        // No reason: refused with the message and the rule, the typed date kept, nothing changed and no mail.
        var noReason = await assessor.PostFormAsync(url, new Dictionary<string, string> { ["NewDueDate"] = Iso(later), ["ExtensionReason"] = "" }, url + "?handler=Extend");
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await noReason.ParseAsync();
        refusedPage.Text(".errors").ShouldContain("Een verlenging heeft een reden nodig. (CMC-reglement: na een assessment)");
        refusedPage.QuerySelector("input[name=NewDueDate]")!.GetAttribute("value").ShouldBe(Iso(later));
        (await Kit.ApplicationAsync(id)).ReportDueDate.ShouldBe(due);
        (await ExtensionMailsAsync()).ShouldBe(0);

        // With a reason: the new date on the page with the reason, and the candidate is mailed the new date and the reason.
        CmcTestKit.ShouldRedirectTo(await assessor.PostFormAsync(url, new Dictionary<string, string> { ["NewDueDate"] = Iso(later), ["ExtensionReason"] = "Assessor ziek" }, url + "?handler=Extend"), url);
        (await Kit.ApplicationAsync(id)).ReportDueDate.ShouldBe(later);
        (await assessor.GetPageAsync(url)).Text("#report-due").ShouldStartWith($"{Iso(later)} (verlengd: Assessor ziek)");
        var mail = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking()
            .SingleAsync(m => m.To == planned.CandidateEmail && m.Subject.Contains("meer tijd")));
        mail.Body.ShouldContain($"Het verslag van uw assessment komt uiterlijk {Iso(later)}. Reden: Assessor ziek");
    }

    private Task<int> ApplicationsOfAsync(string email) =>
        Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().CountAsync(a => a.CandidateEmail == email));
}

public sealed class CmcPageSqliteTests(SqliteApp app) : CmcPageTests(app);

public sealed class CmcPagePostgresTests(PostgresApp app) : CmcPageTests(app);
