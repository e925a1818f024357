using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// The CMC scheme read once from frameworks/cmc-scheme.yaml beside the binary. There is no fallback: a missing or invalid
/// file stops the app at start-up (<see cref="Read"/> says which file and why), so the numbers in force are always the file's.
/// </summary>
public static class CmcSchemeFile
{
    private static readonly Lazy<CmcScheme> Loaded = new(() => Read(DefaultPath));

    /// <summary>Where the deployed scheme lives.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "frameworks", "cmc-scheme.yaml");

    public static CmcScheme Current => Loaded.Value;

    /// <summary>The scheme in <paramref name="path"/>; throws with the path and the reason when the file is missing or invalid.</summary>
    public static CmcScheme Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The CMC scheme file is missing: {path}. Deploy frameworks/cmc-scheme.yaml beside the binary; the CMC rules are not applied without it.");
        }

        var result = CmcScheme.FromYaml(Path.GetFileName(path), File.ReadAllText(path));
        return result.IsSuccess
            ? result.Value
            : throw new InvalidOperationException($"The CMC scheme file {path} is invalid: " + string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}

/// <summary>Who acts in a CMC use case: the user and the CMC roles the web layer found in their grants.</summary>
public sealed record CmcActor(string UserId, string Name, IReadOnlySet<CmcRole> Roles, Guid? OrganisationId = null)
{
    public Guid UserGuid => Guid.Parse(UserId);

    public bool Has(CmcRole role) => Roles.Contains(role);

    public static DomainError NotAllowed(string what) =>
        new("cmc.access.denied", $"You may not {what} for this application.", "Certificeren? Adviseur") { Args = [what] };
}

/// <summary>Shared look-ups of the CMC handlers.</summary>
public static class CmcLookups
{
    /// <summary>
    /// The ATP or ACP register as the domain checks it: the organisations of that kind with a listing (from, and until
    /// when delisted) as staff keep it on /PersonCertification/Registers. Never listed = not on the register.
    /// </summary>
    public static async Task<IReadOnlyList<OrganisationRegisterEntry>> RegisterAsync(TouchstoneDbContext db, OrganisationKind kind, CancellationToken ct) =>
        (await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == kind && o.RegisterListedFrom != null)
            .Select(o => new { o.Id, o.Name, o.RegisterListedFrom, o.RegisterListedUntil }).ToListAsync(ct))
        .Select(o => new OrganisationRegisterEntry(o.Id, o.Name, o.RegisterListedFrom!.Value, o.RegisterListedUntil)).ToArray();

    public static Task<CmcApplicationRecord?> LoadAsync(TouchstoneDbContext db, Guid id, CancellationToken ct) =>
        db.Set<CmcApplicationRecord>().Include(a => a.Documents).Include(a => a.Steps).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>The CMC decision-makers who may decide this application: not one of its assessors (CMC-reglement: certificatiebeslisser).</summary>
    public static async Task<IReadOnlyList<string>> DecisionMakerEmailsAsync(TouchstoneDbContext db, CmcApplicationRecord app, CancellationToken ct)
    {
        var assessors = app.AssessorUserIds.ToArray();
        var ids = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == Role.DecisionMaker && (g.Scheme == null || g.Scheme == Schemes.Cmc) && !assessors.Contains(g.UserId))
            .Select(g => g.UserId).Distinct().ToListAsync(ct);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null).Select(u => u.Email!).ToListAsync(ct);
    }

    public static DomainError NotFound() => new("cmc.application.not-found", "The application does not exist.");

    /// <summary>
    /// Audits a refused attempt (the rules' messages as the reason, their codes and articles as details) and saves it;
    /// nothing else of the attempt is stored. Returns the errors, to hand back to the caller.
    /// </summary>
    public static async Task<IReadOnlyList<DomainError>> RecordRefusalAsync(
        TouchstoneDbContext db, string entityType, string entityId, string action, IReadOnlyList<DomainError> errors, CancellationToken ct)
    {
        db.RecordEvent(entityType, entityId, action, string.Join(" ", errors.Select(e => e.Message)),
            string.Join("; ", errors.Select(e => e.Rule is null ? e.Code : $"{e.Code} ({e.Rule})")));
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Whether the actor may see this application at all.</summary>
    public static bool MaySee(CmcActor actor, CmcApplicationRecord app) =>
        app.CandidateUserId == actor.UserId
        || actor.Has(CmcRole.BackOffice) || actor.Has(CmcRole.Administrator) || actor.Has(CmcRole.DecisionMaker)
        || (actor.Has(CmcRole.Assessor) && app.IsAssessor(actor.UserId))
        || (actor.Has(CmcRole.OrganisationContact) && app.OrganisationId is not null && app.OrganisationId == actor.OrganisationId);

    /// <summary>The role the actor takes <paramref name="step"/> in, on this application; null when none of theirs may.</summary>
    public static CmcRole? RoleFor(CmcActor actor, CmcApplicationRecord app, CmcStep step)
    {
        foreach (var role in actor.Roles)
        {
            var owns = role switch
            {
                CmcRole.Candidate => app.CandidateUserId == actor.UserId,
                CmcRole.OrganisationContact => app.OrganisationId is not null && app.OrganisationId == actor.OrganisationId,
                CmcRole.Assessor => app.IsAssessor(actor.UserId),
                _ => true,
            };
            if (owns && CmcProcess.AvailableSteps(app.Route, app.State, role).Contains(step))
            {
                return role;
            }
        }

        return null;
    }
}

/// <summary>Search words for the public register: lower case, accents removed.</summary>
public static class RegisterSearch
{
    public static string Normalise(string text) => TextFolding.Unaccented(text);

    public static IEnumerable<string> Words(string text) =>
        Normalise(text).Split([' ', ',', '.', '\'', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words of an entry as one string, each preceded by a space: a word starts one of them when " " + word occurs in it.</summary>
    public static string WordsText(IEnumerable<string> words) => string.Concat(words.Select(w => " " + w));

    /// <summary>The first string after every string starting with <paramref name="prefix"/> (exclusive upper bound of a prefix range).</summary>
    public static string UpperBound(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
