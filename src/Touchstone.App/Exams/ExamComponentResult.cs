using Touchstone.App.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// One component (theory, assignments, practical) of one registration: marking, band, when the result was
/// sent (the objection term of art. 14 runs from it) and the retained work (10.3).
/// </summary>
public sealed class ExamComponentResult : Entity
{
    public Guid RegistrationId { get; set; }

    public required string Code { get; set; }

    public int? Points { get; set; }

    public ResultBand? Band { get; set; }

    public bool IsFinal { get; set; }

    /// <summary>The date the component's result became final.</summary>
    public DateOnly? FinalOn { get; set; }

    /// <summary>Declared invalid (7.8 on the day, 7.9 afterwards for fraud).</summary>
    public bool Invalid { get; set; }

    /// <summary>The date the result of this component was sent to the candidate.</summary>
    public DateOnly? ResultSentOn { get; set; }

    /// <summary>Set by the cases capability while an objection or appeal on this component is open: the work is then kept.</summary>
    public bool ObjectionOpen { get; set; }

    /// <summary>The candidate's work for this component (scan, answer sheet, portfolio).</summary>
    public Guid? WorkFileId { get; set; }

    public DateTimeOffset? WorkPurgedAt { get; set; }

    // Assignments (8.4): markers assigned by the director, first and second marking, committee decision.
    public string? AssignedMarkerId { get; set; }

    public string? AssignedSecondMarkerId { get; set; }

    public string? FirstMarkerId { get; set; }

    public List<int>? FirstPoints { get; set; }

    public DateOnly? FirstMarkedOn { get; set; }

    public string? SecondMarkerId { get; set; }

    public List<int>? SecondPoints { get; set; }

    public DateOnly? SecondMarkedOn { get; set; }

    public ResultBand? DecisionBand { get; set; }

    public string? DecisionGrounds { get; set; }

    // Practical (8.7): criteria met per part and an on-the-spot resit.
    public List<int>? CriteriaMet { get; set; }

    public int? ResitPart { get; set; }

    public int? ResitCriteriaMet { get; set; }

    /// <summary>When the candidate declined the on-the-spot resit he was offered (8.7): the practical result stands and is final.</summary>
    public DateTimeOffset? ResitDeclinedAt { get; set; }
}
