using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Exams;

/// <summary>Registration through file, API and page: special arrangements in a row, the header, the provider's own cancellation, deadlines.</summary>
public abstract partial class ExamsWebTests
{
    private const string Statement = "Verklaring drs. A. Jansen, orthopedagoog, 12-01-2026";

    [Fact]
    public async Task ARegistrationFileCarriesSpecialArrangementsCheckedRowByRowAndAWrongHeaderImportsNothing()
    {
        // Examenreglement 6.2, 6.5: an arrangement asked for in the collective file is checked against its limits like the rest
        // of the row; any bad row and nothing is imported.
        var (id, code) = await CreateSessionAsync(30);
        var client = await App.As(Role.TrainingProvider);
        const string Header = "session;name;dateOfBirth;email;resit;accommodation;extraMinutes;readAloud;dictionary;alternativeForm;residentSince;statement";
        async Task<List<string[]>> Refused(string csv)
        {
            var response = await PostFileAsync(client, "/Exams/Registrations", "Import", "file", "kandidaten.csv", csv);
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            return [.. (await response.ParseAsync()).QuerySelectorAll("table.report tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];
        }

        var rows = await Refused($"{Header}\n"
            + $"{code};Anna Bos;1990-01-02;anna.{code}@example.nl;nee;Dyslexia;30;;;;;\"{Statement}\"\n"
            + $"{code};Piet Bos;1990-01-02;piet.{code}@example.nl;nee;Dyslexia;45;;;;;{Statement}\n"
            + $"{code};Jan Bos;1990-01-02;jan.{code}@example.nl;nee;Dyslexia;20;ja;;;;\n"
            + $"{code};Kees Bos;1990-01-02;kees.{code}@example.nl;nee;Slechtziend;30;;;;;{Statement}\n"
            + $"{code};Els Bos;1990-01-02;els.{code}@example.nl;nee;OtherMotherTongue;dertig;;ja;;2024-01-01;{Statement}\n"
            + $"{code};Ria Bos;1990-01-02;ria.{code}@example.nl;nee;;;;;;;\n");
        rows.Select(r => r[0]).ShouldBe(["2", "3", "4", "5", "6", "7"]);
        rows[0][2].ShouldBe("OK");
        rows[1][2].ShouldBe("Bij dyslexie is maximaal 30 minuten extra tijd toegestaan, niet 45. (Examenreglement 6.2)");
        rows[2][2].ShouldBe("Een verklaring van een deskundige over de dyslexie is verplicht. (Examenreglement 6.2)");
        rows[3][2].ShouldBe("'Slechtziend' is geen soort bijzondere voorziening (kies uit Medical, Dyslexia, OtherMotherTongue). (Examenreglement 6.2)");
        rows[4][2].ShouldBe("'dertig' is geen geldige waarde voor de kolom extraMinutes.");
        rows[5][2].ShouldBe("OK");
        (await CountAsync(id)).ShouldBe(0);

        // The header is checked: another one imports nothing, and the message names the columns.
        var header = await Refused($"sessie;naam;geboortedatum;email;herexamen\n{code};Anna Bos;1990-01-02;anna.{code}@example.nl;nee\n");
        header[0][0].ShouldBe("1");
        header[0][2].ShouldBe("De eerste regel moet de kopregel 'session;name;dateOfBirth;email;resit' zijn, eventueel gevolgd door de kolommen voor een bijzondere voorziening "
            + "'accommodation;extraMinutes;readAloud;dictionary;alternativeForm;residentSince;statement'.");
        (await CountAsync(id)).ShouldBe(0);

        var ok = await PostFileAsync(client, "/Exams/Registrations", "Import", "file", "kandidaten.csv",
            $"{Header}\n{code};Anna Bos;1990-01-02;anna.{code}@example.nl;nee;Dyslexia;30;ja;;;;\"{Statement}\"\n{code};Ria Bos;1990-01-02;ria.{code}@example.nl;nee;;;;;;;\n");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stored = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.SessionId == id).OrderBy(r => r.CandidateNumber).ToListAsync());
        stored.Count.ShouldBe(2);
        stored[0].AccommodationKind.ShouldBe(AccommodationKind.Dyslexia);
        stored[0].AccommodationExtraMinutes.ShouldBe(30);
        stored[0].AccommodationReadAloud.ShouldBeTrue();
        stored[0].AccommodationStatus.ShouldBe(AccommodationStatus.Requested);
        stored[0].AccommodationStatement.ShouldBe(Statement);
        stored[1].AccommodationKind.ShouldBeNull();
        stored[1].AccommodationStatus.ShouldBeNull();

        // The staff see the request with its statement, to decide on it.
        var staff = await (await App.As(Role.Director)).GetPageAsync($"/Exams/Sessions/Session/{id}");
        staff.QuerySelectorAll("small.statement").Select(s => s.TextContent).ShouldBe([$"Onderbouwende verklaring: {Statement}"]);
    }

    [Fact]
    public async Task TheApiCarriesSpecialArrangementsCheckedRowByRow()
    {
        var (id, code) = await CreateSessionAsync(30);
        var client = await App.As(Role.TrainingProvider);
        var url = $"/api/exams/sessions/{id}/registrations";
        var since = Today().AddYears(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        object Row(string who, object? accommodation) => new { name = "Kandidaat " + who, dateOfBirth = "1991-05-06", email = $"{who}.{code}@example.nl", resit = false, accommodation };

        var bad = await client.PostAsJsonAsync(url, new[]
        {
            Row("taal", new { kind = "OtherMotherTongue", extraMinutes = 40, dictionary = true, residentSince = since, statement = "IND-verblijfsdocument" }),
            Row("blind", new { kind = "Blind", extraMinutes = 0, statement = Statement }),
            Row("geen", null),
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var report = (await bad.Content.ReadFromJsonAsync<RegistrationReport>())!;
        report.Rows[0].Errors.Select(e => (e.Code, e.Rule)).ShouldBe([("exams.accommodation.too-much-time-language", "Examenreglement 6.2")]);
        report.Rows[0].Errors[0].Message.ShouldBe("Bij een andere moedertaal is maximaal 30 minuten extra tijd toegestaan, niet 40.");
        report.Rows[1].Errors.Single().Code.ShouldBe("exams.registration.accommodation-kind");
        report.Rows[2].Ok.ShouldBeTrue();
        (await CountAsync(id)).ShouldBe(0);

        var good = await client.PostAsJsonAsync(url, new[]
        {
            Row("taal", new { kind = "OtherMotherTongue", extraMinutes = 30, dictionary = true, residentSince = since, statement = "IND-verblijfsdocument" }),
            Row("geen", null),
        });
        good.StatusCode.ShouldBe(HttpStatusCode.OK, await good.Content.ReadAsStringAsync());
        var ids = (await good.Content.ReadFromJsonAsync<RegistrationReport>())!.RegistrationIds;
        var taal = await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == ids[0]));
        (taal.AccommodationKind, taal.AccommodationExtraMinutes, taal.AccommodationDictionary, taal.AccommodationStatus, taal.AccommodationStatement)
            .ShouldBe((AccommodationKind.OtherMotherTongue, 30, true, AccommodationStatus.Requested, "IND-verblijfsdocument"));
        taal.ResidentInNetherlandsSince.ShouldBe(Today().AddYears(-2));
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == ids[1]))).AccommodationStatus.ShouldBeNull();
    }

    [Fact]
    public async Task AnArrangementIsNotAskedForAfterTheRegistrationDeadline()
    {
        // Examenreglement 6.2: asked for with the registration; once registration has closed it is refused with the rule named.
        var session = await CreateSessionAsync(10, registrationDeadlineDays: -1);
        var providerEmail = DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.TrainingProvider).Email;
        var providerOrganisation = await InDbAsync(db => db.Users.Where(u => u.Email == providerEmail).Select(u => u.OrganisationId).SingleAsync());
        var registration = await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var candidate = new ExamCandidate { Name = "Kandidaat laatkomer", Email = $"laatkomer.{session.Code}@example.nl".ToLowerInvariant(), DateOfBirth = new DateOnly(1990, 1, 1), TrainingProviderId = providerOrganisation };
            var r = new SessionRegistration { SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = session.Code + "-001", RegisteredOn = Today().AddDays(-3) };
            db.AddRange(candidate, r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var provider = await App.As(Role.TrainingProvider);

        var page = await provider.GetPageAsync("/Exams/Registrations");
        page.QuerySelectorAll($"#request-accommodation ~ form option[value='{registration}']").ShouldBeEmpty(); // not offered
        var late = await PostMultipartAsync(provider, "/Exams/Registrations", "Accommodation",
            new Dictionary<string, string> { ["Later.RegistrationId"] = registration.ToString(), ["Later.Accommodation"] = "Dyslexia", ["Later.ExtraMinutes"] = "30" },
            ("Later.Statement", "verklaring.pdf", "%PDF-1.4 verklaring"u8.ToArray()));
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await late.Content.ReadAsStringAsync()).ShouldContain("Een bijzondere voorziening moet samen met de inschrijving worden aangevraagd. (Examenreglement 6.2)");
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == registration))).AccommodationStatus.ShouldBeNull();
    }

    [Fact]
    public async Task TheTrainingProviderCancelsItsOwnCandidateOnThePageWithTheRefundComputed()
    {
        // Examenreglement 6.7: 40% of the fee back when cancelled at least 5 working days before the exam; later none, the full fee due.
        var early = await CreateSessionAsync(40);
        var late = await CreateSessionAsync(2, registrationDeadlineDays: 1);
        var provider = await App.AsOwnClient(Role.TrainingProvider); // it reads the one-time notice after each post
        async Task<Guid> Register((Guid Id, string Code) session, string who)
        {
            var response = await provider.PostAsJsonAsync($"/api/exams/sessions/{session.Id}/registrations",
                new[] { new { name = "Kandidaat " + who, dateOfBirth = "1992-03-04", email = $"{who}.{session.Code}@example.nl", resit = false } });
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return (await response.Content.ReadFromJsonAsync<RegistrationReport>())!.RegistrationIds.Single();
        }

        var paid = await Register(early, "afmelder");
        var unpaidEarly = await Register(early, "onbetaaldafmelder");
        var unpaid = await Register(late, "laatafmelder");
        await App.Factory.InScopeAsync(async sp => (await sp.GetRequiredService<RecordPaymentHandler>().HandleAsync(new RecordPayment(paid, true), default)).IsSuccess.ShouldBeTrue());
        (await provider.GetPageAsync("/Exams/Registrations")).QuerySelectorAll($"tr[data-registration='{paid}'] form[action*='handler=Cancel']").Length.ShouldBe(1);

        async Task<string> Cancel(Guid registration)
        {
            var response = await provider.PostFormAsync("/Exams/Registrations", new Dictionary<string, string> { ["registrationId"] = registration.ToString() }, "/Exams/Registrations?handler=Cancel");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, Errors(await response.Content.ReadAsStringAsync()));
            return (await provider.GetPageAsync("/Exams/Registrations")).Text(".notice");
        }

        (await Cancel(paid)).ShouldBe("Afgemeld: restitutie 158,00, verschuldigd 0,00."); // 40% of 395 back
        (await Cancel(unpaidEarly)).ShouldBe("Afgemeld: restitutie 0,00, verschuldigd 237,00."); // 60% of the unpaid fee still due
        (await Cancel(unpaid)).ShouldBe("Afgemeld: restitutie 0,00, verschuldigd 395,00."); // too late: the full fee
        var stored = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.Id == paid || r.Id == unpaidEarly || r.Id == unpaid).ToDictionaryAsync(r => r.Id));
        stored.Values.ShouldAllBe(r => r.State == RegistrationState.Cancelled && r.CancelledOn == Today());
        (stored[paid].Refund, stored[paid].AmountDue).ShouldBe((158.00m, 0m));
        (stored[unpaidEarly].Refund, stored[unpaidEarly].AmountDue).ShouldBe((0m, 237.00m));
        (stored[unpaid].Refund, stored[unpaid].AmountDue).ShouldBe((0m, 395m));
        (await InDbAsync(db => db.AuditRecords.AnyAsync(a => a.EntityId == paid.ToString() && a.Reason!.Contains("Examenreglement 6.7")))).ShouldBeTrue();

        // A registration of another provider's candidate is not the provider's to cancel.
        var (_, foreign) = await RegisterAsync(await CreateSessionAsync(40), "ander");
        (await provider.PostFormAsync("/Exams/Registrations", new Dictionary<string, string> { ["registrationId"] = foreign.ToString() }, "/Exams/Registrations?handler=Cancel"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASessionWhoseDeadlinesAreNotBeforeTheExamIsRefusedWithTheRule()
    {
        // Examenreglement 3.1 g: the director fixes the last day to register and to pay, both before the exam.
        Task<Touchstone.Domain.Common.Result<ExamSession>> Create(CreateSession session) =>
            App.Factory.InScopeAsync(sp => sp.GetRequiredService<CreateSessionHandler>().HandleAsync(session, default));
        CreateSession Session(int registration, int payment) => new(
            "D" + Guid.NewGuid().ToString("N")[..8], Today().AddDays(10), "Utrecht", null, 10, 60, 45, Today().AddDays(registration), Today().AddDays(payment), 395m, StartsAt);

        foreach (var (registration, payment) in new[] { (10, 5), (5, 10), (11, 5), (5, 12) })
        {
            var refused = await Create(Session(registration, payment));
            refused.Errors.Select(e => (e.Code, e.Rule)).ShouldBe([("exams.session.deadlines", "Examenreglement 3.1 g")], $"registration +{registration}, payment +{payment}");
        }

        (await Create(Session(9, 9))).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task UnpaidAfterThePaymentDeadlineIsMarkedOverdueForStaffAndProviderButTheCandidateMaySit()
    {
        // Examenreglement 3.1 g, 6.4: unpaid at the payment deadline the candidate may still sit; the result and diploma are
        // withheld until paid and the fee goes to a collection agency: the session page and the provider's list say so.
        var session = await App.Factory.InScopeAsync(sp => sp.GetRequiredService<CreateSessionHandler>().HandleAsync(new CreateSession(
            "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Today().AddDays(3), "Utrecht", null, 10, 60, 45, Today(), Today().AddDays(-1), 395m, StartsAt), default));
        session.IsSuccess.ShouldBeTrue();
        var provider = await App.As(Role.TrainingProvider);
        var response = await provider.PostAsJsonAsync($"/api/exams/sessions/{session.Value.Id}/registrations", new[] { "wanbetaler", "betaler", "afgemeld" }
            .Select(who => new { name = "Kandidaat " + who, dateOfBirth = "1992-03-04", email = $"{who}.{session.Value.Code}@example.nl", resit = false }));
        var ids = (await response.Content.ReadFromJsonAsync<RegistrationReport>())!.RegistrationIds;
        var (overdue, paid, cancelled) = (ids[0], ids[1], ids[2]);
        var staffPage = $"/Exams/Sessions/Session/{session.Value.Id}";
        var director = await App.As(Role.Director);
        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = paid.ToString(), ["paid"] = "true" }, staffPage + "?handler=Paid"));
        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = cancelled.ToString(), ["reason"] = "ziek" }, staffPage + "?handler=Cancel"));

        var page = await director.GetPageAsync(staffPage);
        var deadline = Today().AddDays(-1).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        page.Text("#payments-overdue").ShouldStartWith($"Betaaltermijn verstreken: 1 kandidaat/kandidaten heeft na de uiterste betaaldatum ({deadline}) niet betaald.");
        var number = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.Id == overdue).Select(r => r.CandidateNumber).SingleAsync());
        var marked = page.QuerySelectorAll("td.payment strong.overdue").Select(s => s.Closest("tr")!.QuerySelector("td")!.TextContent.Trim()).ToList();
        marked.ShouldBe([number]);
        page.QuerySelector("td.payment strong.overdue")!.TextContent.ShouldBe($"Betaaltermijn verstreken ({deadline}): uitslag en diploma ingehouden, incasso");

        var list = await provider.GetPageAsync("/Exams/Registrations");
        list.QuerySelectorAll($"tr[data-registration='{overdue}'] strong.overdue").Length.ShouldBe(1);
        list.QuerySelectorAll($"tr[data-registration='{paid}'] strong.overdue").ShouldBeEmpty();
        list.QuerySelectorAll($"tr[data-registration='{cancelled}'] strong.overdue").ShouldBeEmpty();

        // He may still sit: the examiner admits him (the withheld result is proven in AMarkedExamIsReleasedOnlyWhenPaid...).
        await App.Factory.InScopeAsync(async sp => (await sp.GetRequiredService<RecordAttendanceHandler>().HandleAsync(new RecordAttendance(overdue, AttendanceAction.CheckIn, null,
            IdentityDocumentType.Passport, Today().AddYears(5), true, ArrivedAt: StartsAt.AddMinutes(-15), DataSigned: true), default)).IsSuccess.ShouldBeTrue());
    }
}
