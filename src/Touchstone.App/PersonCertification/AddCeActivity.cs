using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Adds an activity to the consultant's CE log; refused with every input error (the page keeps what was typed).</summary>
public sealed record AddCeActivity(
    string Title, DateOnly Start, DateOnly End, decimal Amount, CeUnit Unit, int? EqfLevel, CeCategory Category,
    EvidenceKind? EvidenceKind, DateOnly? EvidenceDate, decimal? EvidenceHours, string? PeopleInvolved, string? SelfDeclarationReason);

public sealed class AddCeActivityHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(AddCeActivity c, CmcActor actor, CancellationToken ct)
    {
        if (!actor.Has(CmcRole.Candidate))
        {
            return CmcActor.NotAllowed("keep a CE log");
        }

        var scheme = CmcSchemeFile.Current;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var record = new CeActivityRecord
        {
            UserId = actor.UserId,
            Title = c.Title?.Trim() ?? "",
            Start = c.Start,
            End = c.End,
            Amount = c.Amount,
            Unit = c.Unit,
            EqfLevel = c.EqfLevel,
            Category = c.Category,
            EvidenceKind = c.EvidenceKind,
            EvidenceDate = c.EvidenceDate,
            EvidenceHours = c.EvidenceHours,
            PeopleInvolved = string.IsNullOrWhiteSpace(c.PeopleInvolved) ? null : c.PeopleInvolved.Trim(),
            SelfDeclarationReason = string.IsNullOrWhiteSpace(c.SelfDeclarationReason) ? null : c.SelfDeclarationReason.Trim(),
            AddedAt = time.GetUtcNow(),
        };
        var errors = new List<DomainError>();
        if (c.Start > today)
        {
            errors.Add(new DomainError("cmc.ce.invalid.future", "Only activities actually done count; the start date lies in the future.", "Bijlage Permanente Educatie"));
        }

        // An activity wholly or partly outside the period is refused; one below EQF 6 may be logged and the dashboard says why it does not count.
        var period = await GetCeDashboardHandler.PeriodForAsync(db, actor.UserId, today, scheme, ct);
        errors.AddRange(new ContinuingEducationRules(scheme).Validate(record.ToDomain(), period));
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        db.Add(record);
        await db.Because("CE activity logged").SaveChangesAsync(ct);
        return record.Id;
    }
}
