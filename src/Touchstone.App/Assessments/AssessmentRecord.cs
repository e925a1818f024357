using System.Text.Json;
using Touchstone.App.Common;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>
/// One rater's assessment of one subject against one framework version (the persisted form of the domain
/// <see cref="Assessment"/>). Ratings and findings are small lists kept as JSON text. One record per rater, so
/// raters never overwrite each other; the concurrency token guards against two tabs of the same rater.
/// </summary>
public sealed class AssessmentRecord : Entity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public SubjectKind SubjectKind { get; set; }

    /// <summary>Organisation id (Guid as text) or user id of the person rated.</summary>
    public required string SubjectId { get; set; }

    public required string SubjectName { get; set; }

    public required string FrameworkCode { get; set; }

    public required string FrameworkVersion { get; set; }

    public required string ScaleCode { get; set; }

    public RaterRole RaterRole { get; set; }

    public required string RaterId { get; set; }

    public required string RaterName { get; set; }

    public string Cycle { get; set; } = string.Empty;

    /// <summary>Team or department of a person rated (for the team view); empty for organisations.</summary>
    public string Team { get; set; } = string.Empty;

    public Guid? PreviousId { get; set; }

    public AssessmentState State { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? FinalisedAt { get; set; }

    public string RatingsJson { get; set; } = "[]";

    public string FindingsJson { get; set; } = "[]";

    public string FrameworkKey => $"{FrameworkCode}@{FrameworkVersion}";

    /// <summary>The domain object with this record's state.</summary>
    public Assessment ToDomain()
    {
        var header = new Assessment
        {
            Id = Id,
            SubjectKind = SubjectKind,
            SubjectId = SubjectId,
            FrameworkCode = FrameworkCode,
            FrameworkVersion = FrameworkVersion,
            ScaleCode = ScaleCode,
            RaterRole = RaterRole,
            RaterId = RaterId,
            Cycle = Cycle,
            PreviousId = PreviousId,
        };
        var ratings = JsonSerializer.Deserialize<List<RatingData>>(RatingsJson, Json) ?? [];
        var findings = JsonSerializer.Deserialize<List<FindingData>>(FindingsJson, Json) ?? [];
        return Assessment.Restore(
            header,
            State,
            ratings.Select(r => new Rating(r.Item, r.Value, r.Score, r.Comment ?? string.Empty, (r.Evidence ?? []).ToEquatableList())),
            findings.Select(f => new AuditFinding(f.Item, f.Type, (f.Questions ?? []).ToEquatableList(), f.Position ?? string.Empty)));
    }

    /// <summary>
    /// The domain object with ratings only (values and scores; no comments, evidence or findings), read with a
    /// forward-only reader: for aggregates over many people (team view) where parsing full ratings dominates.
    /// </summary>
    public Assessment ToDomainScoresOnly()
    {
        var header = new Assessment
        {
            Id = Id, SubjectKind = SubjectKind, SubjectId = SubjectId, FrameworkCode = FrameworkCode, FrameworkVersion = FrameworkVersion,
            ScaleCode = ScaleCode, RaterRole = RaterRole, RaterId = RaterId, Cycle = Cycle, PreviousId = PreviousId,
        };
        var ratings = new List<Rating>(64);
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(RatingsJson));
        string? item = null, value = null;
        decimal score = 0;
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    depth++;
                    (item, value, score) = (null, null, 0);
                    break;
                case JsonTokenType.EndObject:
                    depth--;
                    if (depth == 0 && item is not null && value is not null)
                    {
                        ratings.Add(new Rating(item, value, score, string.Empty, EquatableList<string>.Empty));
                    }

                    break;
                case JsonTokenType.PropertyName when depth == 1:
                    if (reader.ValueTextEquals("item"u8))
                    {
                        reader.Read();
                        item = reader.GetString();
                    }
                    else if (reader.ValueTextEquals("value"u8))
                    {
                        reader.Read();
                        value = reader.GetString();
                    }
                    else if (reader.ValueTextEquals("score"u8))
                    {
                        reader.Read();
                        score = reader.GetDecimal();
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }

                    break;
            }
        }

        return Assessment.Restore(header, State, ratings, []);
    }

    /// <summary>Copies the domain object's state (ratings, findings, state) into this record.</summary>
    public void CopyFrom(Assessment assessment)
    {
        State = assessment.State;
        RatingsJson = JsonSerializer.Serialize(
            assessment.Ratings.OrderBy(r => r.ItemCode, StringComparer.Ordinal)
                .Select(r => new RatingData(r.ItemCode, r.ValueCode, r.Score, r.Comment, [.. r.Evidence])), Json);
        FindingsJson = JsonSerializer.Serialize(
            assessment.Findings.OrderBy(f => f.ItemCode, StringComparer.Ordinal)
                .Select(f => new FindingData(f.ItemCode, f.TypeCode, [.. f.Questions], f.Position)), Json);
    }

    /// <summary>A new record for a freshly started (or copied) domain assessment.</summary>
    public static AssessmentRecord From(Assessment assessment, string subjectName, string raterName, string team, DateTimeOffset now)
    {
        var record = new AssessmentRecord
        {
            Id = assessment.Id,
            SubjectKind = assessment.SubjectKind,
            SubjectId = assessment.SubjectId,
            SubjectName = subjectName,
            FrameworkCode = assessment.FrameworkCode,
            FrameworkVersion = assessment.FrameworkVersion,
            ScaleCode = assessment.ScaleCode,
            RaterRole = assessment.RaterRole,
            RaterId = assessment.RaterId,
            RaterName = raterName,
            Cycle = assessment.Cycle,
            Team = team,
            PreviousId = assessment.PreviousId,
            StartedAt = now,
        };
        record.CopyFrom(assessment);
        return record;
    }

    private sealed record RatingData(string Item, string Value, decimal Score, string? Comment, List<string>? Evidence);

    private sealed record FindingData(string Item, string Type, List<string>? Questions, string? Position);
}
