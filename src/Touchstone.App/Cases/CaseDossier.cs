using Touchstone.App.Common;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Cases;

/// <summary>
/// What the institute keeps around a domain <see cref="Case"/> (same id): who submitted it and how to reach
/// them, the letter or scan, the checklist answers, the re-marking and the decision letter. Every change to
/// the case also touches the dossier, so the dossier's concurrency token guards both.
/// </summary>
public sealed class CaseDossier : Entity
{
    public Case Case { get; set; } = null!;

    /// <summary>Register number, e.g. "B-2026-0004" (Z comment, B objection, K complaint, A appeal).</summary>
    public required string Reference { get; set; }

    public required string SubmitterName { get; set; }

    public string? SubmitterEmail { get; set; }

    public string? SubmitterAddress { get; set; }

    public string? SubmitterPhone { get; set; }

    public SubmissionChannel Channel { get; set; }

    /// <summary>The text of the submission (or a summary of the letter).</summary>
    public string? Description { get; set; }

    public DateOnly? PostmarkDate { get; set; }

    public DateOnly? ProofOfSendingDate { get; set; }

    /// <summary>The signed letter or the scan of the posted letter (<see cref="Files.StoredFile"/>).</summary>
    public Guid? LetterFileId { get; set; }

    /// <summary>The exam (session code) as the person wrote it; kept even when it names nothing known.</summary>
    public string? ExamReference { get; set; }

    /// <summary>The exam registration an objection on an LMP result is about, once resolved (<see cref="ExamResultLink"/>).</summary>
    public Guid? ExamRegistrationId { get; set; }

    /// <summary>The exam component (<c>ExamComponentResult</c>) objected to, once resolved; it holds the work while the case is open.</summary>
    public Guid? ExamComponentId { get; set; }

    /// <summary>
    /// The CMC application whose certification decision an objection contests (<see cref="CmcDecisionLink"/>); the
    /// counterpart of <see cref="ExamComponentId"/> for a certification decision.
    /// </summary>
    public Guid? CmcApplicationId { get; set; }

    public string? CandidateReference { get; set; }

    public string? ComponentCode { get; set; }

    /// <summary>The result band objected to (e.g. "O"); kept after a re-marking.</summary>
    public string? OriginalResult { get; set; }

    public string? NewResult { get; set; }

    public string? RemarkerId { get; set; }

    public string? RemarkerName { get; set; }

    public DateOnly? RemarkedOn { get; set; }

    /// <summary>The admissibility checklist as staff completed it (JSON of the domain checklist).</summary>
    public string? ChecklistJson { get; set; }

    public Guid? DecisionLetterFileId { get; set; }

    /// <summary>When the person was told an appeal is open because the decision is overdue (sent once).</summary>
    public DateTimeOffset? AppealNoticeSentAt { get; set; }

    /// <summary>The due date staff were last reminded of (a reminder goes out once per case and due date).</summary>
    public DateOnly? ReminderSentForDue { get; set; }

    /// <summary>Complaints (and appeals about them) are seen only by the director and designated staff (13.1).</summary>
    public bool Confidential { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset LastChangedAt { get; set; }
}

/// <summary>A staff member the director designated to handle one confidential complaint.</summary>
public sealed class CaseDesignation : Entity
{
    public Guid CaseId { get; set; }

    public required string UserId { get; set; }

    public required string DesignatedBy { get; set; }

    public DateTimeOffset DesignatedAt { get; set; }
}
