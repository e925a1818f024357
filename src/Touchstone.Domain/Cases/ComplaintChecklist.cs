namespace Touchstone.Domain.Cases;

/// <summary>How a submission reached the institute.</summary>
public enum SubmissionChannel
{
    RegisteredLetter,
    EmailWithAcknowledgement,
    OrdinaryLetter,
    Email,
    WebForm,
    Telephone,
    InPerson,
}

/// <summary>The admissibility checklist of a complaint (Examenreglement 13.1), completed by staff.</summary>
public sealed record ComplaintChecklist
{
    /// <summary>The date of the event or incident complained about.</summary>
    public required DateOnly EventDate { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    public required SubmissionChannel Channel { get; init; }

    /// <summary>Whether the grievance is about the result of an exam component (then it is an objection, not a complaint).</summary>
    public bool? AboutResult { get; init; }

    /// <summary>
    /// 13.1 asks for writing with proof: a registered letter or an e-mail with acknowledgement of receipt. The institute's
    /// own web form counts as the latter (interpretation): it is written, asks for an e-mail address and always sends the
    /// acknowledgement of receipt to it (issue 6 point 3), so the proof 13.1 wants exists for every web-form submission.
    /// </summary>
    public static bool IsWrittenWithAcknowledgement(SubmissionChannel channel) =>
        channel is SubmissionChannel.RegisteredLetter or SubmissionChannel.EmailWithAcknowledgement or SubmissionChannel.WebForm;

    /// <summary>Evaluates the checklist; every failed requirement is named with its article.</summary>
    public AdmissibilityVerdict Evaluate(CaseDeadlines deadlines)
    {
        var v = new VerdictBuilder();
        if (!IsWrittenWithAcknowledgement(Channel))
        {
            v.Fail("complaint.not-in-writing",
                $"Submitted by {Channel}; a complaint must be in writing by registered letter or e-mail with acknowledgement of receipt.",
                "Examenreglement 13.1", Channel);
        }

        v.Require(AboutResult is null ? null : !AboutResult.Value, nameof(AboutResult), "complaint.about-result",
            "A complaint cannot concern the result of an exam component; that is an objection.", "Examenreglement 13.1, 14");

        var deadline = deadlines.ComplaintFilingDeadline(EventDate);
        if (ReceivedOn > deadline)
        {
            v.IsLate = true;
            v.Fail("complaint.late",
                $"Received on {ReceivedOn:yyyy-MM-dd}, more than four weeks after the event (last day {deadline:yyyy-MM-dd}).",
                "Examenreglement 13.1", ReceivedOn, deadline);
        }

        return v.Build();
    }
}

/// <summary>
/// The admissibility checklist of a comment on an exam (Examenreglement 8.8, 12). A late comment is
/// registered and marked late; it stays visible but is not among the timely comments the committee
/// must consider.
/// </summary>
public sealed record CommentChecklist
{
    public required DateOnly ExamDate { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    /// <summary>About the exam, its questions, answer models or guideline answers.</summary>
    public bool? AboutExamContent { get; init; }

    public AdmissibilityVerdict Evaluate(CaseDeadlines deadlines)
    {
        var v = new VerdictBuilder();
        v.Require(AboutExamContent, nameof(AboutExamContent), "comment.not-about-exam",
            "A comment concerns the exam, its questions or answer models.", "Examenreglement 8.8, 12");
        var deadline = deadlines.CommentDeadline(ExamDate);
        if (ReceivedOn > deadline)
        {
            v.IsLate = true;
            v.Fail("comment.late",
                $"Received on {ReceivedOn:yyyy-MM-dd}, after the last day {deadline:yyyy-MM-dd} (ten working days after the exam).",
                "Examenreglement 12", ReceivedOn, deadline);
        }

        return v.Build();
    }
}
