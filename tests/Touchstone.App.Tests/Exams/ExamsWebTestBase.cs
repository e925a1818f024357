using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Exams;

/// <summary>What the exams web tests share: sessions (starting at 09:30), registrations, a candidate taken through the exam day, form and file posts.</summary>
public abstract class ExamsWebTestBase(AppFixture app)
{
    /// <summary>Every test session starts at 09:30 (Dutch time).</summary>
    protected static readonly TimeOnly StartsAt = new(9, 30);

    protected AppFixture App { get; } = app;

    protected DateOnly Today() => DateOnly.FromDateTime(App.Factory.Time.GetUtcNow().UtcDateTime);

    protected static async Task Ok(Task<HttpResponseMessage> post)
    {
        var response = await post;
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync() is var body && body.Length > 0 ? Errors(body) : "");
    }

    protected static string Errors(string html) =>
        string.Join(" | ", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll(".errors li, .field-error").Select(e => e.TextContent.Trim()));

    protected Task<T> InDbAsync<T>(Func<TouchstoneDbContext, Task<T>> query) =>
        App.Factory.InScopeAsync(sp => query(sp.GetRequiredService<TouchstoneDbContext>()));

    protected Task<int> CountAsync(Guid session) =>
        InDbAsync(db => db.Set<SessionRegistration>().CountAsync(r => r.SessionId == session));

    protected async Task<(Guid Id, string Code)> CreateSessionAsync(int daysAhead, int? registrationDeadlineDays = null)
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var session = await App.Factory.InScopeAsync(sp => sp.GetRequiredService<CreateSessionHandler>().HandleAsync(new CreateSession(
            code, Today().AddDays(daysAhead), "Utrecht", null, 10, 60, 45, Today().AddDays(registrationDeadlineDays ?? daysAhead - 10), Today().AddDays(Math.Max(0, daysAhead - 1)), 395m, StartsAt), default));
        session.IsSuccess.ShouldBeTrue(string.Join("; ", session.Errors));
        return (session.Value.Id, code);
    }

    protected async Task<(Guid Session, Guid Registration)> RegisterAsync((Guid Id, string Code) session, string who, string? name = null)
    {
        var result = await App.Factory.InScopeAsync(sp => sp.GetRequiredService<RegisterCandidatesHandler>().HandleAsync(new RegisterCandidates(
            [new RegistrationRow(1, null, name ?? "Kandidaat " + who, "1990-02-03", $"{who}.{session.Code}@example.nl", false)], session.Id, null), default));
        result.Imported.ShouldBeTrue(string.Join("; ", result.Rows.SelectMany(r => r.Errors)));
        return (session.Id, result.RegistrationIds.Single());
    }

    /// <summary>Registers a candidate and takes him through the exam day to "work handed in".</summary>
    protected async Task<Guid> SatAsync((Guid Id, string Code) session, string who)
    {
        var (_, registration) = await RegisterAsync(session, who);
        await App.Factory.InScopeAsync(async sp =>
        {
            var attendance = sp.GetRequiredService<RecordAttendanceHandler>();
            (await attendance.HandleAsync(new RecordAttendance(registration, AttendanceAction.CheckIn, null, IdentityDocumentType.Passport, Today().AddYears(5), true,
                ArrivedAt: StartsAt.AddMinutes(-15), DataSigned: true), default)).IsSuccess.ShouldBeTrue();
            (await attendance.HandleAsync(new RecordAttendance(registration, AttendanceAction.Complete, null), default)).IsSuccess.ShouldBeTrue();
        });
        return registration;
    }

    /// <summary>
    /// Moves the exam a month back, so its comment period (ten working days, Examenreglement 12) is over and the committee
    /// may fix the final answer model (8.9). The clock is shared by parallel tests, so the exam moves instead of the time.
    /// </summary>
    protected Task CommentPeriodOverAsync(Guid session) =>
        App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            (await db.Set<ExamSession>().SingleAsync(s => s.Id == session)).ExamDate = Today().AddDays(-30);
            await db.SaveChangesAsync();
        });

    protected Task<bool> TheoryFinalAsync(Guid registration) =>
        InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration && c.Code == LmpExam.Theory).Select(c => c.IsFinal).SingleAsync());

    /// <summary>A new user account with an LMP role (no independence declaration yet), and a client logged in as it.</summary>
    protected async Task<(string Id, string Name, HttpClient Client)> NewAccountAsync(Role role, string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@touchstone.example";
        var name = $"{prefix} {email[(prefix.Length + 1)..(prefix.Length + 7)]}";
        var id = await App.Factory.InScopeAsync(async sp =>
        {
            var user = new User { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
            (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, DemoSeeder.Password)).Succeeded.ShouldBeTrue();
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, Scheme = ExamSession.LmpScheme, GrantedBy = "test" });
            await db.SaveChangesAsync();
            return user.Id;
        });
        return (id, name, await WebTest.LoginAsync(App.Factory, email, DemoSeeder.Password));
    }

    /// <summary>The person declares his independence himself on the independence page (4.9, 5.2): clean, or naming a relation of <paramref name="kind"/>.</summary>
    protected static Task DeclareIndependenceAsync(HttpClient person, string? institute, string kind = "Teacher") =>
        Ok(person.PostFormAsync("/Exams/Independence", institute is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["institute"] = institute, ["kind"] = kind }));

    /// <summary>The text of the session's attendance list PDF, without white space (the PDF wraps long lines at any space).</summary>
    protected static async Task<string> AttendanceListTextAsync(HttpClient client, Guid session)
    {
        var pdf = await client.GetByteArrayAsync($"/Exams/ExamDay/Session/{session}?handler=AttendanceList");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    /// <summary>Text without any white space, to compare with what a PDF wraps.</summary>
    protected static string Squeezed(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", string.Empty);

    protected Task<(int?, ResultBand?)> TheoryAsync(Guid registration) =>
        InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration && c.Code == LmpExam.Theory)
            .Select(c => new ValueTuple<int?, ResultBand?>(c.Points, c.Band)).SingleAsync());

    protected static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields, (string Field, string FileName, byte[] Content) file)
    {
        var form = await client.GetPageAsync(page);
        using var body = new MultipartFormDataContent { { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        body.Add(new ByteArrayContent(file.Content), file.Field, file.FileName);
        return await client.PostAsync($"{page}?handler={handler}", body);
    }

    protected static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string page, string handler, string field, string fileName, string content)
    {
        var form = await client.GetPageAsync(page);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), field, fileName },
        };
        return await client.PostAsync($"{page}?handler={handler}", body);
    }

    public sealed record RegistrationReport(bool Imported, ReportRow[] Rows, Guid[] RegistrationIds);

    public sealed record ReportRow(int Line, string? Email, bool Ok, ReportError[] Errors);

    public sealed record ReportError(string Code, string Message, string? Rule);

    public sealed record Verification(string Status, string? Number, string? Holder);
}
