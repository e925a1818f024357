using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>The LMP exam as data: the blueprint from frameworks/, the regulation's numbers and the stored answer key.</summary>
public static class LmpExam
{
    public const string Theory = "theory";
    public const string Assignments = "assignments";
    public const string Practical = "practical";

    public static IReadOnlyList<string> ComponentCodes { get; } = [Theory, Assignments, Practical];

    private static readonly Lazy<ExamBlueprint> LoadedBlueprint = new(Load);

    private static readonly TimeZoneInfo Dutch = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static ExamRegulation Regulation => ExamRegulation.FromSeed;

    public static ExamBlueprint Blueprint => LoadedBlueprint.Value;

    public static MultipleChoiceScheme TheoryScheme => Blueprint.Scheme<MultipleChoiceScheme>();

    public static ItemMinimumsScheme AssignmentsScheme => Blueprint.Scheme<ItemMinimumsScheme>();

    public static CriteriaPointsScheme PracticalScheme => Blueprint.Scheme<CriteriaPointsScheme>();

    private static ExamBlueprint Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "frameworks", "lmp-exam-blueprint.yaml");
        var parsed = ExamBlueprintParser.Parse(Path.GetFileName(path), File.ReadAllText(path));
        return parsed.IsSuccess ? parsed.Value : throw new InvalidOperationException("The LMP blueprint is invalid: " + string.Join("; ", parsed.Errors));
    }

    public static AnswerKey? ReadKey(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<AnswerKey>(json);

    public static string WriteKey(AnswerKey key) => JsonSerializer.Serialize(key);

    /// <summary>Moves a registration through the domain's transition table (the one place that lists them).</summary>
    /// <summary>Moves the registration through the domain's transitions; a reason is logged with the time and who recorded it (7.8).</summary>
    public static Result Move(SessionRegistration registration, ExamSession session, RegistrationState to, RegistrationActor actor, string actorId, DateTimeOffset now, string? reason, string? actorName = null)
    {
        var machine = new ExamRegistration { CandidateId = registration.CandidateId.ToString(), ExamDate = session.ExamDate, State = registration.State };
        var moved = machine.Transition(to, actor, actorId, now, reason);
        if (moved.IsSuccess)
        {
            registration.State = machine.State;
            if (!string.IsNullOrWhiteSpace(reason))
            {
                registration.Incidents.Add(new ExamDayIncident(now, to.ToString(), reason.Trim(), actorId, actorName));
            }
        }

        return moved;
    }

    public static DomainError NotFound(string what) => new("exams.not-found", $"{what} was not found.") { Args = [what] };

    public static async Task<(SessionRegistration? Registration, ExamSession? Session)> LoadAsync(TouchstoneDbContext db, Guid registrationId, CancellationToken ct)
    {
        var registration = await db.Set<SessionRegistration>().Include(r => r.Components).FirstOrDefaultAsync(r => r.Id == registrationId, ct);
        var session = registration is null ? null : await db.Set<ExamSession>().FirstOrDefaultAsync(s => s.Id == registration.SessionId, ct);
        return (registration, session);
    }

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The Dutch wall-clock time now: exam start times and arrival times are Dutch times.</summary>
    public static TimeOnly DutchTime(this TimeProvider time) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Dutch).DateTime);

    /// <summary>A Dutch wall-clock moment (as typed in a form) as an instant, in UTC (as PostgreSQL stores it).</summary>
    public static DateTimeOffset FromDutch(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Dutch.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>An instant on the Dutch clock, for display.</summary>
    public static DateTime ToDutch(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Dutch).DateTime;
}

/// <summary>An assignment with its maximum and minimum points, for forms.</summary>
public sealed record ScoredItemView(int Number, int Max, int Min);
