using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Web.Infrastructure.Auth;
using Touchstone.Web.Infrastructure.Errors;
using Touchstone.Web.Infrastructure.Hosting;
using Touchstone.Web.Infrastructure.Localization;

namespace Touchstone.Web.Api;

/// <summary>Exams: collective registration by training providers, theory answer import by the committee, and the public diploma check.</summary>
public sealed class ExamsApi : IApiModule
{
    public void Map(RouteGroupBuilder api)
    {
        var exams = api.MapGroup("/exams").RequireAuthorization(Policies.ExamsRegistrar);
        exams.MapPost("/sessions/{id:guid}/registrations", async (Guid id, RegistrationRequest[]? body, HttpContext http, TouchstoneDbContext db, RegisterCandidatesHandler handler, CancellationToken ct) =>
            {
                if (!await db.Set<ExamSession>().AnyAsync(s => s.Id == id, ct))
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such exam session.");
                }

                var rows = (body ?? []).Select((r, i) => Row(i + 1, r)).ToList();
                var providerId = await ProviderIdAsync(http, db, ct);
                var result = await handler.HandleAsync(new RegisterCandidates(rows, id, providerId), ct);
                var report = Outcomes(result.Rows);
                return result.Imported
                    ? Results.Ok(new RegistrationResponse(true, report, [.. result.RegistrationIds]))
                    : Results.UnprocessableEntity(new RegistrationResponse(false, report, []));
            })
            .WithName("RegisterExamCandidates")
            .WithSummary("Registers candidates for a session; validated row by row: any bad row and nothing is imported (Examenreglement 6.4, 6.5, 7.9). "
                + "A row may ask for a special arrangement (accommodation: kind Medical, Dyslexia or OtherMotherTongue, extraMinutes, readAloud, dictionary, "
                + "alternativeForm, residentSince, statement describing the professional's supporting statement), checked against the limits of Examenreglement 6.2.");

        var committee = api.MapGroup("/exams").RequireAuthorization(Policies.ExamsCommittee);
        committee.MapPost("/sessions/{id:guid}/theory-answers", async (Guid id, TheoryAnswersRequest[]? body, ImportTheoryAnswersHandler handler, CancellationToken ct) =>
            {
                var rows = (body ?? []).Select((r, i) => new TheoryAnswerRow(i + 1, r.CandidateNumber ?? string.Empty, r.Answers ?? string.Empty)).ToList();
                var result = await handler.HandleAsync(new ImportTheoryAnswerRows(id, rows), ct);
                if (!result.IsSuccess)
                {
                    return result.Errors.Any(e => e.Code == "exams.not-found")
                        ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such exam session.")
                        : result.Errors.ToValidationProblem();
                }

                var report = Outcomes(result.Value);
                return result.Value.All(r => r.Ok)
                    ? Results.Ok(new TheoryAnswersResponse(true, report))
                    : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "One or more answer sheets break the rules: nothing was imported.",
                        extensions: new Dictionary<string, object?> { ["imported"] = false, ["rows"] = report });
            })
            .WithName("ImportTheoryAnswers")
            .WithSummary("Imports theory answer sheets (candidate number and one letter per question, '-' blank) and scores them against the key; validated row by row: any bad row and nothing is imported (Examenreglement 8.3).")
            .Produces<TheoryAnswersResponse>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/public/diplomas/verify", async ([FromQuery] string? number, [FromQuery] string? surname, [FromQuery] DateOnly? dateOfBirth, VerifyDiplomaHandler verify, CancellationToken ct) =>
            {
                var outcome = await verify.HandleAsync(new VerifyDiploma(number, surname, dateOfBirth), ct);
                return Results.Ok(new VerifyResponse(outcome.Status.ToString(), outcome.Number, outcome.Holder, outcome.ExamDate, outcome.IssuedOn, outcome.RevokedOn));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicLookup)
            .WithName("VerifyDiploma")
            .WithSummary("Public diploma check: number plus surname or date of birth gives Valid, Revoked or NotFound (Examenreglement 10.6).");
    }

    // A training provider registers for its own organisation; staff register without one.
    private static async Task<Guid?> ProviderIdAsync(HttpContext http, TouchstoneDbContext db, CancellationToken ct)
    {
        if (!http.User.Holds(Role.TrainingProvider, Schemes.Lmp) || Policies.HoldsLmp(http.User, Role.Director, Role.BackOffice))
        {
            return null;
        }

        var name = http.User.Identity?.Name;
        return await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct);
    }

    private static RegistrationRow Row(int line, RegistrationRequest r)
    {
        if (r.Accommodation is not { } a)
        {
            return new(line, null, r.Name, r.DateOfBirth, r.Email, r.Resit);
        }

        var problem = RegistrationCsv.Kind(a.Kind, out var kind);
        return new(line, null, r.Name, r.DateOfBirth, r.Email, r.Resit, problem,
            problem is null ? new RowAccommodation(kind, a.ExtraMinutes, a.ReadAloud, a.Dictionary, a.AlternativeForm, a.ResidentSince, a.Statement) : null);
    }

    private static RowOutcome[] Outcomes(IEnumerable<RowReport> rows) =>
        [.. rows.Select(r => new RowOutcome(r.Line, r.Email, r.Ok, [.. r.Errors.Select(e => new RowError(e.Code, DomainErrorLocalizer.Instance.Text(e), e.Rule))]))];

    public sealed record TheoryAnswersRequest(string? CandidateNumber, string? Answers);

    public sealed record TheoryAnswersResponse(bool Imported, RowOutcome[] Rows);

    public sealed record RegistrationRequest(string? Name, string? DateOfBirth, string? Email, bool Resit, AccommodationRequestBody? Accommodation = null);

    /// <summary>A special arrangement asked for with the registration (Examenreglement 6.2); <c>statement</c> describes the supporting statement.</summary>
    public sealed record AccommodationRequestBody(
        string? Kind, int ExtraMinutes, bool ReadAloud, bool Dictionary, string? AlternativeForm, DateOnly? ResidentSince, string? Statement);

    public sealed record RowError(string Code, string Message, string? Rule);

    public sealed record RowOutcome(int Line, string? Email, bool Ok, RowError[] Errors);

    public sealed record RegistrationResponse(bool Imported, RowOutcome[] Rows, Guid[] RegistrationIds);

    public sealed record VerifyResponse(string Status, string? Number, string? Holder, DateOnly? ExamDate, DateOnly? IssuedOn, DateOnly? RevokedOn);
}
