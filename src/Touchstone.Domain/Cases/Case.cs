using Touchstone.Domain.Common;

namespace Touchstone.Domain.Cases;

/// <summary>One step in a case's history: who moved it, when, and why.</summary>
public sealed record CaseHistoryEntry(DateOnly On, string Actor, CaseRole Role, CaseState From, CaseState To, string? Note)
{
    /// <summary>
    /// The place of the step in the history (1, 2, ...), given by the case when it records the step: several steps share a
    /// date, and a store need not hand the steps back in the order they were written.
    /// </summary>
    public int Sequence { get; init; }
}

/// <summary>
/// A comment, objection, complaint or appeal in the register of complaints and objections
/// (Examenreglement 11.3). Every submission is registered, however late or defective; state changes go
/// through <see cref="CaseTransitions"/> and are recorded in <see cref="History"/>.
/// </summary>
public sealed class Case
{
    private readonly List<CaseHistoryEntry> _history = [];
    private readonly List<DomainError> _inadmissibilityReasons = [];

    private Case()
    {
    }

    public Guid Id { get; private set; }

    public CaseType Type { get; private set; }

    public string SchemeCode { get; private set; } = string.Empty;

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>
    /// The date the terms count from: the exam date (comment), the date the result or decision was sent
    /// (objection), the date of the event (complaint), or the decision date / missed deadline of the
    /// appealed case (appeal).
    /// </summary>
    public DateOnly ReferenceDate { get; private set; }

    /// <summary>Who submitted (name or account id).</summary>
    public string SubmittedBy { get; private set; } = string.Empty;

    /// <summary>What the case is about, e.g. the exam component objected to.</summary>
    public string? Subject { get; private set; }

    /// <summary>For an appeal: the objection or complaint appealed against.</summary>
    public Guid? AppealedCaseId { get; private set; }

    public CaseState State { get; private set; }

    /// <summary>
    /// The body that rules on admissibility and decides this case, fixed from the scheme's configuration when
    /// the case is registered (<see cref="CaseTypeConfig.DecidedBy"/>).
    /// </summary>
    public CaseRole DecidingRole { get; private set; } = CaseRole.ExamCommittee;

    /// <summary>Submitted or received after its term; a late comment stays visible, marked late.</summary>
    public bool IsLate { get; private set; }

    public IReadOnlyList<DomainError> InadmissibilityReasons => _inadmissibilityReasons;

    public CaseOutcome? Outcome { get; private set; }

    /// <summary>The written motivation of the decision (an objection decision is always motivated, 14).</summary>
    public string? Motivation { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>For an appeal: how the board's binding ruling was carried out (15).</summary>
    public string? FollowUp { get; private set; }

    /// <summary>The steps in the order they were taken (<see cref="CaseHistoryEntry.Sequence"/>).</summary>
    public IReadOnlyList<CaseHistoryEntry> History => [.. _history.OrderBy(h => h.Sequence)];

    /// <summary>Whether the case is still awaiting a decision.</summary>
    public bool IsOpen => State is CaseState.Received or CaseState.Admissibility or CaseState.InHandling;

    /// <summary>
    /// Registers a new comment, objection or complaint. Never refuses a late or defective submission:
    /// those are judged in the admissibility step. Fails only when the scheme has no such case type or
    /// the role may not submit it.
    /// </summary>
    public static Result<Case> Register(
        SchemeCaseConfig scheme,
        CaseType type,
        DateOnly receivedOn,
        DateOnly referenceDate,
        string submittedBy,
        CaseRole role,
        string? subject = null)
    {
        if (type == CaseType.Appeal)
        {
            return new DomainError("cases.appeal.use-open-appeal", "An appeal is opened from the case appealed against.", "Examenreglement 15");
        }

        return Create(scheme, type, receivedOn, referenceDate, submittedBy, role, subject, appealedCaseId: null);
    }

    /// <summary>
    /// Opens an appeal against <paramref name="appealed"/>: allowed once the objection or complaint has been
    /// decided (or declared inadmissible), or when its handling deadline has passed without a decision
    /// (13.2, 15).
    /// </summary>
    public static Result<Case> OpenAppeal(
        Case appealed,
        CaseDeadlines deadlines,
        DateOnly lodgedOn,
        string submittedBy,
        CaseRole role)
    {
        if (appealed.Type is not (CaseType.Objection or CaseType.Complaint))
        {
            return new DomainError("cases.appeal.not-appealable",
                $"Only a decision on an objection or complaint can be appealed, not a {appealed.Type}.", "Examenreglement 15") { Args = [appealed.Type] };
        }

        DateOnly reference;
        if (appealed.DecidedOn is { } decided)
        {
            reference = decided;
        }
        else if (deadlines.For(appealed).HandlingDeadline is { } due && lodgedOn > due)
        {
            reference = due;
        }
        else
        {
            return new DomainError("cases.appeal.premature",
                "An appeal is open only after the decision, or once the decision is overdue.", "Examenreglement 13.2, 15");
        }

        return Create(deadlines.Scheme, CaseType.Appeal, lodgedOn, reference, submittedBy, role, appealed.Subject, appealed.Id);
    }

    private static Result<Case> Create(
        SchemeCaseConfig scheme, CaseType type, DateOnly receivedOn, DateOnly referenceDate,
        string submittedBy, CaseRole role, string? subject, Guid? appealedCaseId)
    {
        if (!scheme.Offers(type))
        {
            return new DomainError("cases.type.not-offered", $"Scheme {scheme.Code} has no {type} cases.") { Args = [scheme.Code, type] };
        }

        var allowed = CaseTransitions.CheckSubmission(type, role);
        if (!allowed.IsSuccess)
        {
            return Result<Case>.Failure(allowed.Errors);
        }

        var c = new Case
        {
            Id = Guid.NewGuid(),
            Type = type,
            SchemeCode = scheme.Code,
            DecidingRole = scheme.For(type).DecidedBy,
            ReceivedOn = receivedOn,
            ReferenceDate = referenceDate,
            SubmittedBy = submittedBy,
            Subject = subject,
            AppealedCaseId = appealedCaseId,
            State = CaseState.Received,
        };
        c.Record(new CaseHistoryEntry(receivedOn, submittedBy, role, CaseState.Received, CaseState.Received, "Registered"));
        return c;
    }

    /// <summary>Received → Admissibility: staff start the checklist.</summary>
    public Result StartAdmissibilityCheck(CaseRole role, string actor, DateOnly on) =>
        Move(CaseState.Admissibility, role, actor, on, null);

    /// <summary>
    /// Admissibility → InHandling when the verdict is admissible, → Inadmissible (with every failed
    /// requirement recorded) when it is not. An incomplete checklist cannot complete the check.
    /// </summary>
    public Result CompleteAdmissibility(AdmissibilityVerdict verdict, CaseRole role, string actor, DateOnly on)
    {
        if (!verdict.IsComplete)
        {
            return new DomainError("cases.admissibility.incomplete",
                "The checklist has unanswered items: " + string.Join(", ", verdict.Unanswered) + ".") { Args = [string.Join(", ", verdict.Unanswered)] };
        }

        var target = verdict.IsAdmissible ? CaseState.InHandling : CaseState.Inadmissible;
        var note = verdict.IsAdmissible ? "Admissible" : string.Join("; ", verdict.Failures.Select(f => f.ToString()));
        var moved = Move(target, role, actor, on, note);
        if (moved.IsSuccess)
        {
            IsLate = verdict.IsLate;
            _inadmissibilityReasons.Clear();
            _inadmissibilityReasons.AddRange(verdict.Failures);
            if (target == CaseState.Inadmissible)
            {
                DecidedOn = on;
            }
        }

        return moved;
    }

    /// <summary>
    /// InHandling → Decided with an outcome that fits the type. Objection decisions need a written
    /// motivation (14); for an appeal this records the external board's ruling.
    /// </summary>
    public Result Decide(CaseOutcome outcome, string? motivation, CaseRole role, string actor, DateOnly on)
    {
        if (!CaseOutcomes.AllowedFor(Type).Contains(outcome))
        {
            return new DomainError("cases.outcome.invalid", $"{outcome} is not an outcome of a {Type}.") { Args = [outcome, Type] };
        }

        if (Type is CaseType.Objection or CaseType.Appeal && outcome != CaseOutcome.Withdrawn && string.IsNullOrWhiteSpace(motivation))
        {
            return new DomainError("cases.decision.no-motivation", "The decision must carry a written motivation.",
                Type == CaseType.Objection ? "Examenreglement 14" : "Examenreglement 15");
        }

        var moved = Move(CaseState.Decided, role, actor, on, $"{outcome}: {motivation}");
        if (moved.IsSuccess)
        {
            Outcome = outcome;
            Motivation = motivation;
            DecidedOn = on;
        }

        return moved;
    }

    /// <summary>
    /// Sets the date the terms count from to the date the contested result or decision was actually sent, once the case
    /// is linked to it (Examenreglement 14, 16.3). Only while admissibility is not yet judged: after that the terms
    /// that judged it stand.
    /// </summary>
    public Result CorrectReferenceDate(DateOnly sentOn)
    {
        if (State is not (CaseState.Received or CaseState.Admissibility))
        {
            return new DomainError("cases.reference.fixed",
                "The date the terms count from can only change before admissibility is judged.", "Examenreglement 16.3");
        }

        ReferenceDate = sentOn;
        return Result.Ok;
    }

    /// <summary>Records how the appeals board's binding ruling was carried out (15). Appeals only, after the ruling.</summary>
    public Result RecordFollowUp(string followUp, CaseRole role, string actor, DateOnly on)
    {
        if (Type != CaseType.Appeal || State != CaseState.Decided)
        {
            return new DomainError("cases.follow-up.invalid", "Follow-up is recorded on an appeal after the board's ruling.", "Examenreglement 15");
        }

        if (role is not (CaseRole.BackOffice or CaseRole.Director))
        {
            return new DomainError("cases.follow-up.role", $"{role} may not record the follow-up of an appeal.", "Examenreglement 15") { Args = [role] };
        }

        FollowUp = followUp;
        Record(new CaseHistoryEntry(on, actor, role, State, State, "Follow-up: " + followUp));
        return Result.Ok;
    }

    /// <summary>Decided → Closed. An upheld appeal closes only after its follow-up is recorded (15).</summary>
    public Result Close(CaseRole role, string actor, DateOnly on)
    {
        if (Type == CaseType.Appeal && Outcome is CaseOutcome.Upheld or CaseOutcome.PartlyUpheld && FollowUp is null)
        {
            return new DomainError("cases.appeal.follow-up-missing",
                "The board's ruling must be carried out and recorded before the appeal is closed.", "Examenreglement 15");
        }

        var moved = Move(CaseState.Closed, role, actor, on, null);
        if (moved.IsSuccess)
        {
            ClosedOn = on;
        }

        return moved;
    }

    /// <summary>The roles that may move this case from its state to <paramref name="to"/>.</summary>
    public IReadOnlyList<CaseRole> RolesFor(CaseState to) => CaseTransitions.Roles(Type, State, to, DecidingRole);

    private Result Move(CaseState to, CaseRole role, string actor, DateOnly on, string? note)
    {
        var check = CaseTransitions.Check(Type, State, to, role, DecidingRole);
        if (!check.IsSuccess)
        {
            return check;
        }

        if (on < ReceivedOn)
        {
            return new DomainError("cases.date.before-receipt", "A step cannot be dated before the case was received.");
        }

        Record(new CaseHistoryEntry(on, actor, role, State, to, note));
        State = to;
        return Result.Ok;
    }

    private void Record(CaseHistoryEntry step) =>
        _history.Add(step with { Sequence = _history.Count == 0 ? 1 : _history.Max(h => h.Sequence) + 1 });
}
