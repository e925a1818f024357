using Touchstone.App.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// The re-marking of a whole component after an objection (Examenreglement 11.1): the new result replaced
/// the component's result; the result it replaced is kept here, with who re-marked it and for which case.
/// </summary>
public sealed class ExamComponentRemarking : Entity
{
    public Guid ComponentId { get; set; }

    public Guid RegistrationId { get; set; }

    /// <summary>The objection (case id) that led to the re-marking, and its register number.</summary>
    public Guid CaseId { get; set; }

    public required string CaseReference { get; set; }

    public ResultBand? PreviousBand { get; set; }

    public int? PreviousPoints { get; set; }

    public bool PreviousIsFinal { get; set; }

    public DateOnly? PreviousFinalOn { get; set; }

    public ResultBand NewBand { get; set; }

    public int? NewPoints { get; set; }

    public required string RemarkerId { get; set; }

    public DateOnly RemarkedOn { get; set; }
}
