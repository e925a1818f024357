using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>A committee member's, marker's or examiner's declaration of independence (5.2, 5.4): institute relations and candidates in the circle.</summary>
public sealed class IndependenceStatement : Entity
{
    public required string UserId { get; set; }

    public DateOnly DeclaredOn { get; set; }

    /// <summary>An institute that trains for the exam that the person works or teaches for (empty: none).</summary>
    public string? InstituteRelation { get; set; }

    public InstituteRelationKind? InstituteRelationKind { get; set; }

    /// <summary>Candidate ids in the person's personal or business circle.</summary>
    public List<string> CandidatesInCircle { get; set; } = [];

    /// <summary>The person's current (latest) declaration, or null when he has none.</summary>
    public static Task<IndependenceStatement?> LatestAsync(TouchstoneDbContext db, string userId, CancellationToken ct) =>
        NewestFirst(db.Set<IndependenceStatement>().AsNoTracking().Where(s => s.UserId == userId)).FirstOrDefaultAsync(ct);

    /// <summary>The same declaration, tracked, for a use case that adds to it.</summary>
    public static Task<IndependenceStatement?> LatestTrackedAsync(TouchstoneDbContext db, string userId, CancellationToken ct) =>
        NewestFirst(db.Set<IndependenceStatement>().Where(s => s.UserId == userId)).FirstOrDefaultAsync(ct);

    /// <summary>The latest declaration of <paramref name="userId"/> among statements already loaded, in the same order.</summary>
    public static IndependenceStatement? LatestOf(IEnumerable<IndependenceStatement> statements, string userId) =>
        statements.Where(s => s.UserId == userId).OrderByDescending(s => s.DeclaredOn).ThenByDescending(s => s.Id).FirstOrDefault();

    // Ids are version-7 Guids: the later of one day's declarations wins.
    private static IOrderedQueryable<IndependenceStatement> NewestFirst(IQueryable<IndependenceStatement> statements) =>
        statements.OrderByDescending(s => s.DeclaredOn).ThenByDescending(s => s.Id);

    /// <summary>
    /// For the members of a body (committee, construction team): the declarations they were appointed on, by id, and a warning
    /// for each sitting member whose latest declaration names a relation with a training institute (4.9, 5.2).
    /// </summary>
    public static async Task<(IReadOnlyDictionary<Guid, IndependenceStatement> Declarations, IReadOnlyList<DomainError> Lapses)> ForMembersAsync(
        TouchstoneDbContext db, ExamFunction function, IEnumerable<(string Name, string? UserId, Guid? AppointedOn, bool Sitting)> members, CancellationToken ct)
    {
        var list = members.ToList();
        var userIds = list.Where(m => m.Sitting).Select(m => m.UserId).OfType<string>().Distinct().ToList();
        var appointedOn = list.Select(m => m.AppointedOn).OfType<Guid>().ToList();
        var statements = await db.Set<IndependenceStatement>().AsNoTracking().Where(s => userIds.Contains(s.UserId) || appointedOn.Contains(s.Id)).ToListAsync(ct);
        var latest = statements.GroupBy(s => s.UserId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.DeclaredOn).ThenByDescending(s => s.Id).First());
        var lapses = list.Where(m => m.Sitting && m.UserId is not null && latest.ContainsKey(m.UserId))
            .SelectMany(m => IndependenceRules.CheckSitting(function, m.Name, latest[m.UserId!].ToDomain(m.Name))).ToList();
        return (statements.ToDictionary(s => s.Id), lapses);
    }

    /// <param name="personId">The name the person is known by in messages (default: the user id).</param>
    public IndependenceDeclaration ToDomain(string? personId = null) => new(
        personId ?? UserId,
        DeclaredOn,
        InstituteRelation is { Length: > 0 } i && InstituteRelationKind is { } k ? [new InstituteRelation(i, k)] : [],
        CandidatesInCircle);
}
