using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Assessments;

/// <summary>What is being rated.</summary>
public enum SubjectKind
{
    Organisation,
    Person,
}

/// <summary>In which capacity the rater rates (DOMAIN §2).</summary>
public enum RaterRole
{
    Self,
    Manager,
    Auditor,
    Assessor,
}

/// <summary>Life cycle of an assessment.</summary>
public enum AssessmentState
{
    Draft,
    Submitted,
    Finalised,
}

/// <summary>Who acts on an assessment: its own rater, or the coordinator who reviews it (manager, certification body).</summary>
public enum AssessmentActor
{
    Rater,
    Coordinator,
}

/// <summary>
/// A rating of one framework item: a value on the assessment's scale, a comment and evidence references; for a
/// competency also the indicators the rater ticked (the ground for the level, Standaard Vakvolwassenheid: cumulatief).
/// </summary>
public sealed record Rating(string ItemCode, string ValueCode, decimal Score, string Comment, EquatableList<string> Evidence)
{
    /// <summary>The ticked indicator codes of a competency, in the framework's order; empty when none were ticked or offered.</summary>
    public EquatableList<string> Indicators { get; init; } = EquatableList<string>.Empty;
}

/// <summary>
/// An audit finding on one requirement: the finding type (a value of the finding scale), the questions the
/// auditor asked and the reasoned position (seed 002 "het nieuwe beoordelen": 2e-orde vragen, gemotiveerde standpunten).
/// </summary>
public sealed record AuditFinding(string ItemCode, string TypeCode, EquatableList<string> Questions, string Position);

/// <summary>
/// The single transition table of the assessment procedure: which state changes exist and who may make them.
/// </summary>
public static class AssessmentTransitions
{
    /// <summary>Allowed (from, to, actor) triples.</summary>
    public static IReadOnlyList<(AssessmentState From, AssessmentState To, AssessmentActor Actor)> Table { get; } =
    [
        (AssessmentState.Draft, AssessmentState.Submitted, AssessmentActor.Rater),
        (AssessmentState.Submitted, AssessmentState.Draft, AssessmentActor.Rater),
        (AssessmentState.Submitted, AssessmentState.Draft, AssessmentActor.Coordinator),
        (AssessmentState.Submitted, AssessmentState.Finalised, AssessmentActor.Coordinator),
    ];

    /// <summary>Ok when the table allows the transition for this actor.</summary>
    public static Result Check(AssessmentState from, AssessmentState to, AssessmentActor actor) =>
        Table.Contains((from, to, actor))
            ? Result.Ok
            : new DomainError("assessment.transition-forbidden",
                $"Transition {from} → {to} is not allowed for the {actor.ToString().ToLowerInvariant()}.", AssessmentRules.Procedure) { Args = [from, to, actor] };
}

/// <summary>Seed citations used by assessment rules.</summary>
public static class AssessmentRules
{
    public const string Procedure = "DOMAIN §2 Assessments against a framework";
    public const string SelfEvaluation = "Maatstaf 2016 §zelfevaluatie";
    public const string Audit = "Maatstaf 2016 §het nieuwe beoordelen";
    public const string Cumulative = "Standaard Vakvolwassenheid, competenties: cumulatief";
    public const string UsageAdvice = "Standaard Vakvolwassenheid, Gebruikersadvies";
}

/// <summary>
/// One rater's rating of one subject against one framework version. Several raters of one subject each
/// have their own assessment, so they never overwrite each other; only the rater may change it, and a
/// finalised assessment is locked.
/// </summary>
public sealed class Assessment
{
    private readonly Dictionary<string, Rating> _ratings = [];
    private readonly Dictionary<string, AuditFinding> _findings = [];

    public Guid Id { get; init; }
    public SubjectKind SubjectKind { get; init; }
    public required string SubjectId { get; init; }
    public required string FrameworkCode { get; init; }
    public required string FrameworkVersion { get; init; }

    /// <summary>The framework scale ratings use (e.g. "zelfevaluatie", or <see cref="Framework.LevelScaleCode"/>).</summary>
    public required string ScaleCode { get; init; }

    public RaterRole RaterRole { get; init; }
    public required string RaterId { get; init; }

    /// <summary>Label of the cycle, e.g. "2025" for an audit or a yearly review.</summary>
    public string Cycle { get; init; } = "";

    /// <summary>The assessment this one was copied from when a new cycle started.</summary>
    public Guid? PreviousId { get; init; }

    public AssessmentState State { get; private set; } = AssessmentState.Draft;

    public IReadOnlyCollection<Rating> Ratings => _ratings.Values;
    public IReadOnlyCollection<AuditFinding> Findings => _findings.Values;

    /// <summary>Starts an empty draft, checking that the scale exists on the framework.</summary>
    public static Result<Assessment> Start(Framework framework, Guid id, SubjectKind subjectKind, string subjectId,
        string scaleCode, RaterRole role, string raterId, string cycle = "")
    {
        if (framework.FindScale(scaleCode) is null)
        {
            return new DomainError("assessment.unknown-scale", $"Framework {framework.Key} has no scale '{scaleCode}'.", AssessmentRules.Procedure) { Args = [framework.Key, scaleCode] };
        }

        return new Assessment
        {
            Id = id,
            SubjectKind = subjectKind,
            SubjectId = subjectId,
            FrameworkCode = framework.Code,
            FrameworkVersion = framework.Version,
            ScaleCode = scaleCode,
            RaterRole = role,
            RaterId = raterId,
            Cycle = cycle,
        };
    }

    /// <summary>The rating of an item, or null.</summary>
    public Rating? RatingOf(string itemCode) => _ratings.GetValueOrDefault(itemCode);

    /// <summary>The finding on an item, or null.</summary>
    public AuditFinding? FindingOf(string itemCode) => _findings.GetValueOrDefault(itemCode);

    /// <summary>
    /// Rates an item (replacing this rater's earlier rating of it). The value must be on the scale; ticked
    /// <paramref name="indicators"/> are only possible on a competency and must be indicators of that competency.
    /// </summary>
    public Result Rate(Framework framework, string actorId, string itemCode, string valueCode, string comment = "", IEnumerable<string>? evidence = null,
        IEnumerable<string>? indicators = null)
    {
        var check = CheckEditable(framework, actorId, itemCode);
        if (!check.IsSuccess)
        {
            return check;
        }

        var scale = framework.FindScale(ScaleCode)!;
        var value = scale.Find(valueCode);
        if (value is null)
        {
            return new DomainError("assessment.value-not-on-scale",
                $"'{valueCode}' is not a value of scale '{scale.Name}' (allowed: {string.Join(", ", scale.Values.Select(v => v.Code))}).",
                AssessmentRules.Procedure) { Args = [valueCode, scale.Name, string.Join(", ", scale.Values.Select(v => v.Code))] };
        }

        var ticked = (indicators ?? []).ToHashSet(StringComparer.Ordinal);
        var competency = framework.Competencies.FirstOrDefault(c => c.Code == itemCode);
        var unknown = ticked.Where(code => competency?.Indicators.Any(i => i.Code == code) != true).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return Result.From(unknown.Select(code => new DomainError("assessment.unknown-indicator",
                $"'{code}' is not an indicator of '{itemCode}'.", AssessmentRules.Cumulative) { Args = [code, itemCode] }));
        }

        _ratings[itemCode] = new Rating(itemCode, value.Code, value.Score, comment, (evidence ?? []).ToEquatableList())
        {
            Indicators = competency is null ? EquatableList<string>.Empty
                : competency.Indicators.Where(i => ticked.Contains(i.Code)).Select(i => i.Code).ToEquatableList(),
        };
        return Result.Ok;
    }

    /// <summary>Removes this rater's rating of an item.</summary>
    public Result ClearRating(Framework framework, string actorId, string itemCode)
    {
        var check = CheckEditable(framework, actorId, itemCode);
        if (check.IsSuccess)
        {
            _ratings.Remove(itemCode);
        }

        return check;
    }

    /// <summary>Records an audit finding on a requirement; the type must be a value of <paramref name="findingScaleCode"/>.</summary>
    public Result RecordFinding(Framework framework, string actorId, string itemCode, string findingScaleCode, string typeCode,
        IEnumerable<string> questions, string position)
    {
        var check = CheckEditable(framework, actorId, itemCode);
        if (!check.IsSuccess)
        {
            return check;
        }

        var scale = framework.FindScale(findingScaleCode);
        if (scale?.Find(typeCode) is null)
        {
            return new DomainError("assessment.unknown-finding-type",
                $"'{typeCode}' is not a finding type of scale '{findingScaleCode}'.", AssessmentRules.Audit) { Args = [typeCode, findingScaleCode] };
        }

        if (string.IsNullOrWhiteSpace(position))
        {
            return new DomainError("assessment.position-required", "A finding needs a reasoned position.", AssessmentRules.Audit);
        }

        _findings[itemCode] = new AuditFinding(itemCode, typeCode, questions.ToEquatableList(), position.Trim());
        return Result.Ok;
    }

    /// <summary>Moves the assessment to another state if the transition table allows it for this actor.</summary>
    public Result TransitionTo(AssessmentState target, AssessmentActor actor, string actorId)
    {
        if (actor == AssessmentActor.Rater && actorId != RaterId)
        {
            return NotTheRater(actorId);
        }

        var check = AssessmentTransitions.Check(State, target, actor);
        if (check.IsSuccess)
        {
            State = target;
        }

        return check;
    }

    /// <summary>
    /// Starts the next cycle (e.g. next year's audit): a new draft for the given rater that begins with this
    /// assessment's ratings and findings, linked through <see cref="PreviousId"/>.
    /// </summary>
    public Assessment CopyToNewCycle(Guid newId, string cycle, string raterId)
    {
        var copy = new Assessment
        {
            Id = newId,
            SubjectKind = SubjectKind,
            SubjectId = SubjectId,
            FrameworkCode = FrameworkCode,
            FrameworkVersion = FrameworkVersion,
            ScaleCode = ScaleCode,
            RaterRole = RaterRole,
            RaterId = raterId,
            Cycle = cycle,
            PreviousId = Id,
        };
        foreach (var (code, rating) in _ratings)
        {
            copy._ratings[code] = rating;
        }

        foreach (var (code, finding) in _findings)
        {
            copy._findings[code] = finding;
        }

        return copy;
    }

    /// <summary>Restores persisted state (for the persistence layer): no rule checks.</summary>
    public static Assessment Restore(Assessment header, AssessmentState state, IEnumerable<Rating> ratings, IEnumerable<AuditFinding> findings)
    {
        header.State = state;
        foreach (var r in ratings)
        {
            header._ratings[r.ItemCode] = r;
        }

        foreach (var f in findings)
        {
            header._findings[f.ItemCode] = f;
        }

        return header;
    }

    private Result CheckEditable(Framework framework, string actorId, string itemCode)
    {
        if (State == AssessmentState.Finalised)
        {
            return new DomainError("assessment.finalised", "The assessment is finalised and can no longer be changed.", AssessmentRules.Procedure);
        }

        if (State == AssessmentState.Submitted)
        {
            return new DomainError("assessment.submitted", "The assessment is submitted; return it to draft before changing it.", AssessmentRules.Procedure);
        }

        if (actorId != RaterId)
        {
            return NotTheRater(actorId);
        }

        if (framework.Code != FrameworkCode || framework.Version != FrameworkVersion)
        {
            return new DomainError("assessment.framework-mismatch",
                $"The assessment was made against {FrameworkCode}@{FrameworkVersion}, not {framework.Key}.", AssessmentRules.Procedure) { Args = [FrameworkCode, FrameworkVersion, framework.Key] };
        }

        return framework.HasItem(itemCode)
            ? Result.Ok
            : new DomainError("assessment.unknown-item", $"'{itemCode}' is not an item of {framework.Key}.", AssessmentRules.Procedure) { Args = [itemCode, framework.Key] };
    }

    private DomainError NotTheRater(string actorId) =>
        new("assessment.not-the-rater", $"Only the rater ({RaterId}) may change this assessment, not {actorId}.", AssessmentRules.Procedure) { Args = [RaterId, actorId] };
}
