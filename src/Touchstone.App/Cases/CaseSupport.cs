using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Cases;

/// <summary>The case types per scheme, read once from frameworks/case-types.yaml next to the binary.</summary>
public static class CaseSchemes
{
    public const string FileName = "case-types.yaml";

    private static readonly Lazy<CaseTypeCatalog> Loaded = new(Load);

    public static CaseTypeCatalog Catalog => Loaded.Value;

    public static SchemeCaseConfig? Find(string code) => Catalog.Find(code);

    public static CaseDeadlines DeadlinesFor(string schemeCode, WorkingDayCalendar calendar) =>
        new(Find(schemeCode) ?? throw new InvalidOperationException($"Unknown case scheme {schemeCode}."), calendar);

    private static CaseTypeCatalog Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "frameworks", FileName);
        var parsed = CaseTypeCatalog.Parse(FileName, File.ReadAllText(path));
        return parsed.IsSuccess
            ? parsed.Value
            : throw new InvalidOperationException("The case type configuration is invalid: " + string.Join("; ", parsed.Errors));
    }
}

/// <summary>The Dutch calendar date of a moment (terms are counted in Dutch days).</summary>
public static class CaseClock
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).DateTime);
}

/// <summary>
/// Who acts on a case: account id, name and the roles held, translated into the domain's case roles.
/// The role used for a step is the one the transition table allows, so a person holding several roles
/// acts in the right capacity.
/// </summary>
public sealed record CaseActor(string Id, string Name, IReadOnlyList<Role> Roles)
{
    public static CaseActor Public(string name) => new("anonymous", name, []);

    public bool IsDirector => Roles.Contains(Role.Director);

    public IReadOnlyList<CaseRole> CaseRoles =>
        Roles.Select(Map).OfType<CaseRole>().DefaultIfEmpty(CaseRole.Public).Distinct().ToArray();

    /// <summary>The case role to act in when moving case <paramref name="c"/> from one state to another.</summary>
    public CaseRole RoleFor(Case c, CaseState from, CaseState to)
    {
        var allowed = CaseTransitions.Roles(c.Type, from, to, c.DecidingRole);
        return CaseRoles.FirstOrDefault(allowed.Contains, CaseRoles[0]);
    }

    /// <summary>The case role for a step not in the table (follow-up): the first staff role held.</summary>
    public CaseRole StaffRole =>
        CaseRoles.FirstOrDefault(r => r is CaseRole.BackOffice or CaseRole.Director, CaseRoles[0]);

    private static CaseRole? Map(Role role) => role switch
    {
        Role.Candidate => CaseRole.Candidate,
        Role.BackOffice => CaseRole.BackOffice,
        Role.Director => CaseRole.Director,
        Role.ExamCommitteeMember => CaseRole.ExamCommittee,
        _ => null,
    };
}

/// <summary>
/// Who may see which case. Complaints (and appeals about complaints) are confidential: only the director and
/// the staff he designated for that complaint see them (Examenreglement 13.1). Applied in every query.
/// </summary>
public static class CaseAccess
{
    public static IQueryable<CaseDossier> VisibleTo(this IQueryable<CaseDossier> dossiers, TouchstoneDbContext db, CaseActor viewer)
    {
        if (viewer.IsDirector)
        {
            return dossiers;
        }

        var id = viewer.Id;
        return dossiers.Where(d => !d.Confidential || db.Set<CaseDesignation>().Any(x => x.CaseId == d.Id && x.UserId == id));
    }

    /// <summary>Loads one visible dossier with its case (tracked), or null when it does not exist or is not for this viewer.</summary>
    public static Task<CaseDossier?> FindVisibleAsync(TouchstoneDbContext db, Guid id, CaseActor viewer, CancellationToken ct) =>
        db.Set<CaseDossier>().Include(d => d.Case).AsSplitQuery().VisibleTo(db, viewer).FirstOrDefaultAsync(d => d.Id == id, ct);
}
