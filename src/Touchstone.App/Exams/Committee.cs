using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="UserId">The member's user account: his own independence declaration (made on the independence page) is consulted.</param>
public sealed record AppointCommitteeMember(string? UserId, CommitteeRole Role, bool IsStaff, DateOnly AppointedOn);

/// <summary>
/// The director appoints committee members (Examenreglement 3.1 i, j; 4.1-4.5); the composition check runs at once. A member
/// who is not staff is appointed only on his own latest independence declaration, without a relation with a training
/// institute (4.9); the membership keeps a reference to that declaration.
/// </summary>
public sealed class AppointCommitteeMemberHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<Result<CommitteeCheck>> HandleAsync(AppointCommitteeMember cmd, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(cmd.UserId) ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == cmd.UserId, ct);
        if (user is null)
        {
            return new DomainError("exams.committee.account", "Choose the member's user account: his own independence declaration is consulted.", "Examenreglement 3.1 j, 4.9");
        }

        var name = user.DisplayName;
        if (await db.Set<CommitteeMembership>().AnyAsync(m => m.UserId == user.Id && m.LeftOn == null, ct))
        {
            return new DomainError("exams.committee.already-member", $"{name} is already a member of the exam committee.", "Examenreglement 3.1 j") { Args = [name] };
        }

        var today = time.Today();
        IndependenceStatement? statement = null;
        if (!cmd.IsStaff)
        {
            // Examenreglement 4.9: a member is independent of training institutes, on his own current declaration.
            statement = await IndependenceStatement.LatestAsync(db, user.Id, ct);
            var independent = IndependenceRules.CheckAssignment(ExamFunction.CommitteeMember, name, statement?.ToDomain(name));
            if (!independent.IsSuccess)
            {
                db.RecordEvent(nameof(CommitteeMembership), name, "CommitteeAppointmentRefused", string.Join("; ", independent.Errors.Select(e => $"{e.Rule}: {e.Message}")));
                await db.SaveChangesAsync(ct);
                return Result<CommitteeCheck>.Failure(independent.Errors);
            }
        }

        var members = await db.Set<CommitteeMembership>().ToListAsync(ct);
        var member = new CommitteeMembership
        {
            Name = name, UserId = user.Id, Role = cmd.Role, IsStaff = cmd.IsStaff, AppointedOn = cmd.AppointedOn,
            IndependenceDeclaredOn = statement?.DeclaredOn, IndependenceStatementId = statement?.Id,
        };
        var before = ExamCommitteeRules.Check([.. members.Select(m => m.ToDomain())], today, calendar, LmpExam.Regulation);
        var check = ExamCommitteeRules.Check([.. members.Select(m => m.ToDomain()), member.ToDomain()], today, calendar, LmpExam.Regulation);

        // An appointment may leave the committee incomplete, but may not add a breach (staff member, second chair, double seat).
        var introduced = check.Breaches
            .Where(b => b.Code is not ("exams.committee.too-small" or "exams.committee.vacancy-overdue") && before.Breaches.All(x => x.Message != b.Message))
            .ToList();
        if (introduced.Count > 0)
        {
            return Result<CommitteeCheck>.Failure(introduced);
        }

        db.Add(member);
        await db.Because(statement is null
            ? $"committee member appointed as {cmd.Role} (staff)"
            : $"committee member appointed as {cmd.Role} on his independence declaration of {statement.DeclaredOn:yyyy-MM-dd} (Examenreglement 4.9)").SaveChangesAsync(ct);
        return check;
    }
}

public sealed record EndCommitteeMembership(Guid MembershipId, DateOnly LeftOn);

/// <summary>A member leaves; below three members the vacancy warning shows the date it must be filled by (4.2).</summary>
public sealed class EndCommitteeMembershipHandler(TouchstoneDbContext db)
{
    public async Task<Result> HandleAsync(EndCommitteeMembership cmd, CancellationToken ct)
    {
        var member = await db.Set<CommitteeMembership>().FindAsync([cmd.MembershipId], ct);
        if (member is null)
        {
            return LmpExam.NotFound("The member");
        }

        member.LeftOn = cmd.LeftOn;
        await db.Because("committee membership ended").SaveChangesAsync(ct);
        return Result.Ok;
    }
}

/// <summary>
/// The committee as it stands today with the rule check (breaches and the vacancy warning), the declaration each member was
/// appointed on, and a warning for every sitting member whose latest declaration names a relation with a training institute.
/// </summary>
public sealed class CommitteeOverviewHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<CommitteeOverview> HandleAsync(CancellationToken ct)
    {
        var members = await db.Set<CommitteeMembership>().AsNoTracking().OrderBy(m => m.LeftOn != null).ThenBy(m => m.Role).ThenBy(m => m.Name).ToListAsync(ct);
        var (declarations, lapses) = await IndependenceStatement.ForMembersAsync(
            db, ExamFunction.CommitteeMember, members.Where(m => !m.IsStaff).Select(m => (m.Name, m.UserId, m.IndependenceStatementId, m.LeftOn is null)), ct);
        return new(members, ExamCommitteeRules.Check([.. members.Select(m => m.ToDomain())], time.Today(), calendar, LmpExam.Regulation), declarations, lapses);
    }
}

/// <param name="Declarations">The declarations the members were appointed on, by id.</param>
/// <param name="Lapses">Sitting members whose latest declaration names a relation with a training institute (4.9): the director replaces them.</param>
public sealed record CommitteeOverview(
    IReadOnlyList<CommitteeMembership> Members, CommitteeCheck Check, IReadOnlyDictionary<Guid, IndependenceStatement> Declarations, IReadOnlyList<DomainError> Lapses);
