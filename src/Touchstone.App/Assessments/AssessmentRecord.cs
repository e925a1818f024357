using System.Buffers;
using System.Text;
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
    /// <summary>Web defaults; absent lists (a rating without ticked indicators) are left out of the JSON.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

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
            ratings.Select(r => new Rating(r.Item, r.Value, r.Score, r.Comment ?? string.Empty, (r.Evidence ?? []).ToEquatableList())
            {
                Indicators = (r.Indicators ?? []).ToEquatableList(),
            }),
            findings.Select(f => new AuditFinding(f.Item, f.Type, (f.Questions ?? []).ToEquatableList(), f.Position ?? string.Empty)));
    }

    /// <summary>
    /// Reads only the level of each rated item from stored ratings JSON into <paramref name="row"/> (indexed by
    /// <paramref name="itemIndex"/>; items not in it are skipped), with a forward-only reader over a pooled buffer and
    /// no comments, evidence or domain objects: for aggregates over many people (team view), where parsing dominates.
    /// </summary>
    public static void ReadLevels(string ratingsJson, Dictionary<string, int> itemIndex, Span<int?> row)
    {
        var lookup = itemIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(ratingsJson.Length));
        Span<char> code = stackalloc char[64];
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, Encoding.UTF8.GetBytes(ratingsJson, buffer)));
            var (at, level, depth) = (-1, (int?)null, 0);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        depth++;
                        (at, level) = (-1, null);
                        break;
                    case JsonTokenType.EndObject:
                        depth--;
                        if (depth == 0 && at >= 0 && level is not null)
                        {
                            row[at] = level;
                        }

                        break;
                    case JsonTokenType.PropertyName when depth == 1:
                        if (reader.ValueTextEquals("item"u8))
                        {
                            reader.Read();
                            var found = reader.ValueSpan.Length <= code.Length
                                ? lookup.TryGetValue(code[..reader.CopyString(code)], out at)
                                : itemIndex.TryGetValue(reader.GetString()!, out at);
                            at = found ? at : -1;
                        }
                        else if (reader.ValueTextEquals("score"u8))
                        {
                            reader.Read();
                            level = GapAnalysis.LevelOfScore(reader.TryGetInt32(out var whole) ? whole : reader.GetDecimal());
                        }
                        else
                        {
                            reader.Read();
                            reader.Skip();
                        }

                        break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies the domain object's state (ratings, findings, state) into this record.</summary>
    public void CopyFrom(Assessment assessment)
    {
        State = assessment.State;
        RatingsJson = JsonSerializer.Serialize(
            assessment.Ratings.OrderBy(r => r.ItemCode, StringComparer.Ordinal)
                .Select(r => new RatingData(r.ItemCode, r.ValueCode, r.Score, r.Comment, [.. r.Evidence], r.Indicators.Count == 0 ? null : [.. r.Indicators])), Json);
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

    /// <summary>A stored rating; <paramref name="Indicators"/> are the ticked indicators of a competency (absent otherwise).</summary>
    private sealed record RatingData(string Item, string Value, decimal Score, string? Comment, List<string>? Evidence, List<string>? Indicators = null);

    private sealed record FindingData(string Item, string Type, List<string>? Questions, string? Position);
}
