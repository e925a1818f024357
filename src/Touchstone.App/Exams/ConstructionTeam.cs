using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="UserId">The member's user account: his own independence declaration (made on the independence page) is consulted.</param>
public sealed record AppointConstructionTeamMember(string? UserId, DateOnly AppointedOn);

/// <summary>
/// The director appoints a member of the construction team (Examenreglement 3.1 l, 5.1) on the member's own latest independence
/// declaration: a declared relation with a training institute, or no declaration at all, refuses the appointment (5.2), and the
/// refusal is audited. The membership keeps a reference to the declaration it was made on.
/// </summary>
public sealed class AppointConstructionTeamMemberHandler(TouchstoneDbContext db)
{
    public async Task<Result<ConstructionTeamMembership>> HandleAsync(AppointConstructionTeamMember cmd, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(cmd.UserId) ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == cmd.UserId, ct);
        if (user is null)
        {
            return new DomainError("exams.committee.account", "Choose the member's user account: his own independence declaration is consulted.", "Examenreglement 3.1 l, 5.2");
        }

        var name = user.DisplayName;
        var statement = await IndependenceStatement.LatestAsync(db, user.Id, ct);
        var independent = IndependenceRules.CheckAssignment(ExamFunction.ConstructionTeamMember, name, statement?.ToDomain(name));
        if (!independent.IsSuccess)
        {
            db.RecordEvent(nameof(ConstructionTeamMembership), name, "ConstructionTeamAppointmentRefused", string.Join("; ", independent.Errors.Select(e => $"{e.Rule}: {e.Message}")));
            await db.SaveChangesAsync(ct);
            return Result<ConstructionTeamMembership>.Failure(independent.Errors);
        }

        if (await db.Set<ConstructionTeamMembership>().AnyAsync(m => m.UserId == user.Id && m.LeftOn == null, ct))
        {
            return new DomainError("exams.construction-team.already-member", $"{name} is already a member of the construction team.", "Examenreglement 5.1") { Args = [name] };
        }

        var member = new ConstructionTeamMembership
        {
            Name = name, UserId = user.Id, AppointedOn = cmd.AppointedOn, IndependenceDeclaredOn = statement!.DeclaredOn, IndependenceStatementId = statement.Id,
        };
        db.Add(member);
        await db.Because($"construction team member appointed on his independence declaration of {statement.DeclaredOn:yyyy-MM-dd} (Examenreglement 3.1 l, 5.1, 5.2)").SaveChangesAsync(ct);
        return member;
    }
}

public sealed record EndConstructionTeamMembership(Guid MembershipId, DateOnly LeftOn);

/// <summary>The director replaces a member of the construction team (Examenreglement 3.1 l): the membership ends.</summary>
public sealed class EndConstructionTeamMembershipHandler(TouchstoneDbContext db)
{
    public async Task<Result> HandleAsync(EndConstructionTeamMembership cmd, CancellationToken ct)
    {
        var member = await db.Set<ConstructionTeamMembership>().FindAsync([cmd.MembershipId], ct);
        if (member is null || member.LeftOn is not null)
        {
            return LmpExam.NotFound("The construction team member");
        }

        member.LeftOn = cmd.LeftOn;
        await db.Because("construction team membership ended (Examenreglement 3.1 l)").SaveChangesAsync(ct);
        return Result.Ok;
    }
}

/// <summary>
/// The construction team: current members first, then former ones, with the declaration each was appointed on and a warning for
/// every sitting member whose latest declaration names a relation with a training institute (5.2): the director replaces him (3.1 l).
/// </summary>
public sealed class ConstructionTeamOverviewHandler(TouchstoneDbContext db)
{
    public async Task<ConstructionTeamOverview> HandleAsync(CancellationToken ct)
    {
        var members = await db.Set<ConstructionTeamMembership>().AsNoTracking().OrderBy(m => m.LeftOn != null).ThenBy(m => m.Name).ToListAsync(ct);
        var (declarations, lapses) = await IndependenceStatement.ForMembersAsync(
            db, ExamFunction.ConstructionTeamMember, members.Select(m => (m.Name, m.UserId, m.IndependenceStatementId, m.LeftOn is null)), ct);
        return new(members, declarations, lapses);
    }
}

public sealed record ConstructionTeamOverview(
    IReadOnlyList<ConstructionTeamMembership> Members, IReadOnlyDictionary<Guid, IndependenceStatement> Declarations, IReadOnlyList<DomainError> Lapses);
