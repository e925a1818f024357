using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;

namespace Touchstone.App.Assessments;

/// <summary>
/// Who may see, start and coordinate which assessments. There is no "manager" role: a client manager's
/// manager is a Back office or Director user, and the manager of a person is whoever rates that person
/// in the Manager capacity (see README, Assessments). Organisations: their own contacts, auditors and back office.
/// </summary>
public sealed record AssessmentViewer(string UserId, string DisplayName, IReadOnlySet<Role> Roles, Guid? OrganisationId)
{
    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>Staff who act as managers of client managers (and see every person assessment).</summary>
    public bool IsManager => Has(Role.BackOffice) || Has(Role.Director);

    /// <summary>
    /// Sees every team in the team view: a Director, who heads the departments of the certification body. A Back
    /// office user acts as the manager of particular people and sees only the teams they manage (see
    /// <see cref="GetTeamViewHandler"/>). Administrators run the system, not teams: they have no team view at all.
    /// </summary>
    public bool SeesAllTeams => Has(Role.Director);

    public bool CanView(AssessmentRecord a) =>
        a.RaterId == UserId || a.SubjectKind switch
        {
            SubjectKind.Organisation => Has(Role.Auditor) || Has(Role.BackOffice) || IsOwnOrganisation(a.SubjectId),
            _ => a.SubjectId == UserId || IsManager || Has(Role.Assessor),
        };

    /// <summary>May return a submitted assessment to draft or finalise it.</summary>
    public bool CanCoordinate(AssessmentRecord a) => a.SubjectKind switch
    {
        SubjectKind.Organisation => Has(Role.Auditor) || Has(Role.BackOffice),
        _ => IsManager || (a.RaterRole == RaterRole.Assessor && Has(Role.Assessor)),
    };

    /// <summary>May start an assessment of this subject in this capacity.</summary>
    public bool CanStart(SubjectKind kind, string subjectId, RaterRole role) => (kind, role) switch
    {
        (SubjectKind.Organisation, RaterRole.Self) => IsOwnOrganisation(subjectId) || Has(Role.BackOffice),
        (SubjectKind.Organisation, RaterRole.Auditor) => Has(Role.Auditor),
        (SubjectKind.Person, RaterRole.Self) => subjectId == UserId,
        (SubjectKind.Person, RaterRole.Manager) => IsManager && subjectId != UserId,
        (SubjectKind.Person, RaterRole.Assessor) => Has(Role.Assessor) && subjectId != UserId,
        _ => false,
    };

    public bool IsOwnOrganisation(string subjectId) =>
        Has(Role.OrganisationContact) && OrganisationId is { } org && org.ToString() == subjectId;

    public static async Task<AssessmentViewer> LoadAsync(TouchstoneDbContext db, string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.OrganisationId }).FirstOrDefaultAsync(ct);
        var roles = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).Select(g => g.Role).ToListAsync(ct);
        return new AssessmentViewer(userId, user?.DisplayName ?? userId, roles.ToHashSet(), user?.OrganisationId);
    }
}
