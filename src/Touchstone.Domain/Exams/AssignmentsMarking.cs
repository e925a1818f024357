using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>One marker's points per assignment; converted to a band on its own (art. 8.4).</summary>
public sealed record AssignmentMarking(string MarkerId, IReadOnlyList<int> Points, DateOnly MarkedOn);

/// <summary>The exam committee's decision when the two markings disagree (interpretation: the seed is silent).</summary>
public sealed record CommitteeMarkingDecision(ResultBand Band, string Grounds, DateOnly DecidedOn, string RecordedBy);

/// <summary>A marker who could make a second marking: his latest independence declaration and his open second markings.</summary>
public sealed record SecondMarkerCandidate(string MarkerId, IndependenceDeclaration? Declaration, int OpenSecondMarkings);

/// <summary>Where the marking of a candidate's assignments stands.</summary>
public enum AssignmentsMarkingStatus
{
    AwaitingFirstMarking,
    AwaitingSecondMarking,
    AwaitingCommitteeDecision,
    Final,
}

/// <summary>
/// The marking record of one candidate's assignments (art. 8.4): one marker; when that gives
/// Onvoldoende an independent second marker (not the first, no conflict with the candidate); when
/// the two bands differ the committee decides. Both markings are always kept.
/// </summary>
public sealed record AssignmentsMarkingRecord(
    string CandidateId,
    AssignmentMarking? First = null,
    AssignmentMarking? Second = null,
    CommitteeMarkingDecision? Decision = null)
{
    private const string Rule = "Examenreglement 8.4";

    public AssignmentsMarkingStatus Status(ItemMinimumsScheme scheme)
    {
        if (First is null)
        {
            return AssignmentsMarkingStatus.AwaitingFirstMarking;
        }

        if (scheme.BandFor(First.Points) >= scheme.SecondMarkingWhenBelow)
        {
            return AssignmentsMarkingStatus.Final;
        }

        if (Second is null)
        {
            return AssignmentsMarkingStatus.AwaitingSecondMarking;
        }

        return Agree(scheme) || Decision is not null ? AssignmentsMarkingStatus.Final : AssignmentsMarkingStatus.AwaitingCommitteeDecision;
    }

    /// <summary>The component's band once final; null while marking is still open.</summary>
    public ResultBand? FinalBand(ItemMinimumsScheme scheme) => Status(scheme) switch
    {
        AssignmentsMarkingStatus.Final when Decision is not null => Decision.Band,
        AssignmentsMarkingStatus.Final when Second is not null => scheme.BandFor(Second.Points),
        AssignmentsMarkingStatus.Final => scheme.BandFor(First!.Points),
        _ => null,
    };

    private bool Agree(ItemMinimumsScheme scheme) => scheme.BandFor(First!.Points) == scheme.BandFor(Second!.Points);

    /// <summary>Records the first marking; the marker must be independent and without conflict (art. 5.2, 5.4).</summary>
    public Result<AssignmentsMarkingRecord> RecordFirst(ItemMinimumsScheme scheme, AssignmentMarking marking, IndependenceDeclaration? declaration)
    {
        if (First is not null)
        {
            return First.MarkerId == marking.MarkerId
                ? new DomainError("exams.marking.first-frozen", "Your first marking is frozen once recorded; it can no longer be changed (a second marker marks independently).", Rule)
                : new DomainError("exams.marking.first-exists", "The first marking is already recorded.", Rule);
        }

        var check = Combine(scheme.CheckPoints(marking.Points), IndependenceRules.CheckMarkerForCandidate(marking.MarkerId, declaration, CandidateId));
        return check.IsSuccess ? this with { First = marking } : Result<AssignmentsMarkingRecord>.Failure(check.Errors);
    }

    /// <summary>Checks that a marker may be assigned as second marker for this candidate.</summary>
    public Result CheckSecondMarker(ItemMinimumsScheme scheme, string markerId, IndependenceDeclaration? declaration)
    {
        if (Status(scheme) != AssignmentsMarkingStatus.AwaitingSecondMarking)
        {
            return new DomainError("exams.marking.second-not-required", "A second marking is only made after a first marking of Onvoldoende.", Rule);
        }

        if (markerId == First!.MarkerId)
        {
            return new DomainError("exams.marking.same-marker", "The second marking must be made by another marker than the first.", Rule);
        }

        return IndependenceRules.CheckMarkerForCandidate(markerId, declaration, CandidateId);
    }

    /// <summary>
    /// Chooses the second marker after a first Onvoldoende (art. 8.4: another marker, who marks independently;
    /// art. 5.2 and 5.4: independent, and no candidate from his circle): among the markers who may be assigned,
    /// the one with the fewest open second markings, ties broken by id. Null when nobody qualifies.
    /// </summary>
    public string? ChooseSecondMarker(ItemMinimumsScheme scheme, IEnumerable<SecondMarkerCandidate> candidates) =>
        candidates.Where(c => CheckSecondMarker(scheme, c.MarkerId, c.Declaration).IsSuccess)
            .OrderBy(c => c.OpenSecondMarkings).ThenBy(c => c.MarkerId, StringComparer.Ordinal)
            .Select(c => c.MarkerId).FirstOrDefault();

    /// <summary>Records the independent second marking.</summary>
    public Result<AssignmentsMarkingRecord> RecordSecond(ItemMinimumsScheme scheme, AssignmentMarking marking, IndependenceDeclaration? declaration)
    {
        var check = Combine(CheckSecondMarker(scheme, marking.MarkerId, declaration), scheme.CheckPoints(marking.Points));
        return check.IsSuccess ? this with { Second = marking } : Result<AssignmentsMarkingRecord>.Failure(check.Errors);
    }

    /// <summary>Records the committee's decision; only when the two markings disagree.</summary>
    public Result<AssignmentsMarkingRecord> RecordDecision(ItemMinimumsScheme scheme, CommitteeMarkingDecision decision)
    {
        if (Status(scheme) != AssignmentsMarkingStatus.AwaitingCommitteeDecision)
        {
            return new DomainError("exams.marking.no-disagreement", "The committee decides only when the two markings give different results.", "Examenreglement 8.4 (interpretation)");
        }

        return string.IsNullOrWhiteSpace(decision.Grounds)
            ? new DomainError("exams.marking.grounds-required", "The committee's decision needs its grounds.", "Examenreglement 8.4 (interpretation)")
            : this with { Decision = decision };
    }

    private static Result Combine(Result a, Result b) => Result.From(a.Errors.Concat(b.Errors));
}
