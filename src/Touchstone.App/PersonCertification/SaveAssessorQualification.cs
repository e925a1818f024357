using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Back office keeps an assessor's qualification record: training, scheme knowledge, valid until, employers, declared relations.</summary>
public sealed record SaveAssessorQualification(
    string UserId, DateOnly? AssessmentTrainingCompletedOn, bool KnowsCmcScheme, DateOnly ValidUntil,
    IReadOnlyList<Guid> EmployerIds, IReadOnlyList<string> DeclaredRelationEmails);

public sealed class SaveAssessorQualificationHandler(TouchstoneDbContext db)
{
    public async Task<Result> HandleAsync(SaveAssessorQualification c, CmcActor actor, CancellationToken ct)
    {
        if (!actor.Has(CmcRole.BackOffice) && !actor.Has(CmcRole.Administrator))
        {
            return CmcActor.NotAllowed("maintain assessor qualifications");
        }

        var user = await db.Set<User>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == c.UserId, ct);
        if (user is null || !await db.RoleGrants.AnyAsync(g => g.UserId == c.UserId && g.Role == Role.Assessor && (g.Scheme == null || g.Scheme == Schemes.Cmc), ct))
        {
            return new DomainError("cmc.assessor.not-an-assessor", "This account holds no CMC assessor role.");
        }

        var emails = c.DeclaredRelationEmails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().ToUpperInvariant()).ToArray();
        var related = await db.Set<User>().AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(ct);
        var unknown = emails.Where(e => related.All(r => r.NormalizedEmail != e)).ToArray();
        if (unknown.Length > 0)
        {
            return new DomainError("cmc.assessor.unknown-relation", $"No account with e-mail {string.Join(", ", unknown).ToLowerInvariant()}.") { Args = [string.Join(", ", unknown).ToLowerInvariant()] };
        }

        var profile = await db.Set<AssessorProfile>().FirstOrDefaultAsync(p => p.UserId == c.UserId, ct);
        if (profile is null)
        {
            profile = new AssessorProfile { UserId = c.UserId, Name = user.DisplayName };
            db.Add(profile);
        }

        profile.Name = user.DisplayName;
        profile.AssessmentTrainingCompletedOn = c.AssessmentTrainingCompletedOn;
        profile.KnowsCmcScheme = c.KnowsCmcScheme;
        profile.ValidUntil = c.ValidUntil;
        profile.EmployerIds = c.EmployerIds.Distinct().ToList();
        profile.DeclaredRelationUserIds = related.Select(r => r.Id).ToList();
        await db.Because($"Assessor qualification record of {user.DisplayName}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
