using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="ComponentId">The <see cref="ExamComponentResult"/> the objection is about.</param>
/// <param name="CaseId">The objection that led to the re-marking.</param>
/// <param name="CaseReference">Its register number, for the audit trail and the history.</param>
/// <param name="NewPoints">Points of the re-marking, when the component is scored in points.</param>
public sealed record ApplyObjectionRemarking(
    Guid ComponentId,
    Guid CaseId,
    string CaseReference,
    ResultBand NewBand,
    int? NewPoints,
    string RemarkerId,
    DateOnly RemarkedOn);

/// <summary>What the re-marking did to the candidate's exam.</summary>
/// <param name="PassedNow">The candidate passed after the re-marking and had not before.</param>
/// <param name="DiplomaIssuable">Passed, result sent and no diploma yet: the diploma can be issued as usual (9.3).</param>
public sealed record RemarkingApplied(
    Guid RegistrationId,
    Guid SessionId,
    ResultBand? PreviousBand,
    ResultBand NewBand,
    OverallStatus OverallBefore,
    OverallStatus OverallAfter,
    bool PassedNow,
    bool DiplomaIssuable);

/// <summary>
/// Writes the result of the re-marking after an objection into the exam (Examenreglement 11.1): the whole
/// component was re-marked by someone not involved in it before and without a declared conflict; the new
/// result replaces the old one, which is kept in <see cref="ExamComponentRemarking"/>. The overall result
/// follows from the blueprint's pass rule; a candidate who now passed can be given the diploma as usual.
/// Saves together with whatever the caller changed (the case), under one audited reason.
/// <para>
/// A re-marking that LOWERS the result of a candidate who already holds a diploma: the Examenreglement does not say
/// what happens to that diploma. It only revokes a diploma for fraud (7.9), issues it once (10.4) and has the objection
/// re-mark the whole component (11.1). So the diploma is NOT revoked automatically: the event is audited
/// ("DiplomaToReview") and the diploma is shown as "to review" on the case page and in the director's diploma list
/// (<see cref="DiplomaNeedsReview"/>, <see cref="DiplomasToReviewAsync"/>) until the director revokes it there with a
/// reason (<see cref="RevokeDiplomaHandler"/>) or the result passes again.
/// </para>
/// </summary>
public sealed class ApplyObjectionRemarkingHandler(TouchstoneDbContext db)
{
    public async Task<Result<RemarkingApplied>> HandleAsync(ApplyObjectionRemarking cmd, CancellationToken ct)
    {
        var component = await db.Set<ExamComponentResult>().FirstOrDefaultAsync(c => c.Id == cmd.ComponentId, ct);
        if (component is null)
        {
            return LmpExam.NotFound("The exam component");
        }

        var (registration, session) = await LmpExam.LoadAsync(db, component.RegistrationId, ct);
        if (registration is null || session is null)
        {
            return LmpExam.NotFound("The registration");
        }

        var errors = new List<DomainError>();
        if (component.Invalid)
        {
            errors.Add(new DomainError("exams.remark.invalid-component",
                "The component was declared invalid; there is no result to re-mark.", "Examenreglement 7.8, 7.9"));
        }

        if (component.ResultSentOn is null)
        {
            errors.Add(new DomainError("exams.remark.result-not-sent",
                "An objection is against a result that was sent; this component's result was not sent yet.", "Examenreglement 11.1, 14"));
        }

        errors.AddRange(ObjectionRemarking.CheckRemarker(cmd.RemarkerId, await InvolvedAsync(db, component, session, ct)).Errors);
        var statement = await IndependenceStatement.LatestAsync(db, cmd.RemarkerId, ct);
        errors.AddRange(IndependenceRules.CheckMarkerForCandidate(cmd.RemarkerId, statement?.ToDomain(), registration.CandidateId.ToString()).Errors);
        if (errors.Count > 0)
        {
            return Result<RemarkingApplied>.Failure(errors);
        }

        var before = ReleaseResultsHandler.Overall(registration);
        db.Add(new ExamComponentRemarking
        {
            ComponentId = component.Id,
            RegistrationId = registration.Id,
            CaseId = cmd.CaseId,
            CaseReference = cmd.CaseReference,
            PreviousBand = component.Band,
            PreviousPoints = component.Points,
            PreviousIsFinal = component.IsFinal,
            PreviousFinalOn = component.FinalOn,
            NewBand = cmd.NewBand,
            NewPoints = cmd.NewPoints,
            RemarkerId = cmd.RemarkerId,
            RemarkedOn = cmd.RemarkedOn,
        });
        var previous = component.Band;
        component.Band = cmd.NewBand;
        component.Points = cmd.NewPoints ?? component.Points;
        component.IsFinal = true;
        // The re-marked result is final on the day of the re-marking: a diploma it gives rise to dates from then (9.3).
        component.FinalOn = cmd.RemarkedOn;

        var after = ReleaseResultsHandler.Overall(registration);
        var diplomas = await db.Set<Diploma>().AsNoTracking().Where(d => d.RegistrationId == registration.Id).ToListAsync(ct);
        var hasDiploma = diplomas.Count > 0;
        var passedNow = after.Status == OverallStatus.Passed && before.Status != OverallStatus.Passed;
        var issuable = DiplomaIssuable(registration, hasDiploma);
        if (DiplomaNeedsReview(registration, diplomas))
        {
            db.RecordEvent(nameof(SessionRegistration), registration.Id.ToString(), "DiplomaToReview",
                $"{cmd.CaseReference}: after the re-marking the candidate no longer passes; the director reviews the diploma");
        }

        await db.Because($"{cmd.CaseReference}: whole component {component.Code} of {registration.CandidateNumber} re-marked after the objection: " +
                         $"{previous?.ToString() ?? "-"} → {cmd.NewBand}; the previous result is kept (Examenreglement 11.1)").SaveChangesAsync(ct);
        return new RemarkingApplied(registration.Id, session.Id, previous, cmd.NewBand, before.Status, after.Status, passedNow, issuable);
    }

    /// <summary>
    /// Whether <see cref="IssueDiplomaHandler"/> would now issue the diploma: passed (pass rule), completed,
    /// every result sent, and no diploma for this exam yet (9.3, 10.4).
    /// </summary>
    public static bool DiplomaIssuable(SessionRegistration registration, bool hasDiploma) =>
        !hasDiploma && registration.State == RegistrationState.Completed
        && registration.Components.All(c => c.ResultSentOn is not null)
        && ReleaseResultsHandler.Overall(registration).Status == OverallStatus.Passed;

    /// <summary>
    /// Whether a diploma of this exam awaits the director's review: it is still valid, but after a re-marking the
    /// candidate no longer passes (9.2). Revoking it is the director's decision (see the class documentation).
    /// </summary>
    public static bool DiplomaNeedsReview(SessionRegistration registration, IEnumerable<Diploma> diplomas) =>
        diplomas.Any(d => d.RegistrationId == registration.Id && d.RevokedOn is null)
        && ReleaseResultsHandler.Overall(registration).Status != OverallStatus.Passed;

    /// <summary>The diplomas of <paramref name="diplomas"/> that await the director's review (<see cref="DiplomaNeedsReview"/>).</summary>
    public static async Task<IReadOnlySet<Guid>> DiplomasToReviewAsync(TouchstoneDbContext db, IReadOnlyCollection<Diploma> diplomas, CancellationToken ct)
    {
        var valid = diplomas.Where(d => d.RevokedOn is null).ToList();
        var ids = valid.Select(d => d.RegistrationId).Distinct().ToList();
        var registrations = await db.Set<SessionRegistration>().AsNoTracking().Include(r => r.Components).Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        return registrations.Where(r => DiplomaNeedsReview(r, valid)).SelectMany(r => valid.Where(d => d.RegistrationId == r.Id)).Select(d => d.Id).ToHashSet();
    }

    /// <summary>
    /// Who was involved in the component's result before: the session's examiner (who took the exam), the
    /// assigned and actual first and second markers, and earlier re-markers of the same component.
    /// </summary>
    public static async Task<IReadOnlyList<string>> InvolvedAsync(TouchstoneDbContext db, ExamComponentResult component, ExamSession session, CancellationToken ct)
    {
        var earlier = await db.Set<ExamComponentRemarking>().AsNoTracking().Where(r => r.ComponentId == component.Id).Select(r => r.RemarkerId).ToListAsync(ct);
        return new[] { session.ExaminerUserId, component.AssignedMarkerId, component.AssignedSecondMarkerId, component.FirstMarkerId, component.SecondMarkerId }
            .Concat(earlier)
            .OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }
}
