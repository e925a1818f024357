using Touchstone.Domain.Common;

namespace Touchstone.Domain.Cases;

/// <summary>
/// The re-marking of an exam component after an objection (Examenreglement 11.1): the whole component is
/// marked again by someone not involved in it before, and the new result replaces the old one. Both are
/// kept. Results are the exam's own labels (e.g. "O", "V", "G") so that any scheme can use this.
/// </summary>
public sealed record ObjectionRemarking
{
    public required Guid ObjectionId { get; init; }

    public required string ComponentCode { get; init; }

    public required string OriginalResult { get; init; }

    public required string NewResult { get; init; }

    public required string RemarkerId { get; init; }

    public required DateOnly RemarkedOn { get; init; }

    /// <summary>The result that counts from now on: the new one replaces the old one.</summary>
    public string EffectiveResult => NewResult;

    public bool ResultChanged => !string.Equals(OriginalResult, NewResult, StringComparison.Ordinal);

    /// <summary>
    /// Checks that <paramref name="remarkerId"/> may re-mark: not among the people involved earlier in this
    /// component for this candidate (markers, second marker, examiner, committee members who decided).
    /// </summary>
    public static Result CheckRemarker(string remarkerId, IEnumerable<string> involvedEarlier) =>
        involvedEarlier.Contains(remarkerId, StringComparer.OrdinalIgnoreCase)
            ? new DomainError("objection.remarker-involved",
                $"{remarkerId} was involved in the original marking; the re-marking needs someone who was not.",
                "Examenreglement 11.1") { Args = [remarkerId] }
            : Result.Ok;

    /// <summary>
    /// Records the re-marking of the whole component of an objection that is being handled. Fails when
    /// only part of the component was re-marked, the objection is not in handling, or the re-marker was
    /// involved before.
    /// </summary>
    public static Result<ObjectionRemarking> Record(
        Case objection,
        string componentCode,
        bool wholeComponentRemarked,
        string originalResult,
        string newResult,
        string remarkerId,
        IEnumerable<string> involvedEarlier,
        DateOnly on)
    {
        var errors = new List<DomainError>();
        if (objection.Type != CaseType.Objection || objection.State != CaseState.InHandling)
        {
            errors.Add(new DomainError("objection.remark.not-in-handling",
                "Re-marking belongs to an admissible objection in handling.", "Examenreglement 11.1"));
        }

        if (!wholeComponentRemarked)
        {
            errors.Add(new DomainError("objection.remark.partial",
                $"The whole component {componentCode} must be re-marked, not only the disputed part.", "Examenreglement 11.1") { Args = [componentCode] });
        }

        errors.AddRange(CheckRemarker(remarkerId, involvedEarlier).Errors);
        if (errors.Count > 0)
        {
            return Result<ObjectionRemarking>.Failure(errors);
        }

        return new ObjectionRemarking
        {
            ObjectionId = objection.Id,
            ComponentCode = componentCode,
            OriginalResult = originalResult,
            NewResult = newResult,
            RemarkerId = remarkerId,
            RemarkedOn = on,
        };
    }
}
