using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record AppointCommitteeMember(string Name, string? UserId, CommitteeRole Role, bool IsStaff, DateOnly AppointedOn, bool IndependenceDeclared);

/// <summary>The director appoints committee members (Examenreglement 3.1 i, j; 4.1-4.5); the check runs at once.</summary>
public sealed class AppointCommitteeMemberHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<Result<CommitteeCheck>> HandleAsync(AppointCommitteeMember cmd, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(cmd.Name))
        {
            return new DomainError("exams.committee.name", "The member's name is required.");
        }

        var today = time.Today();
        if (!cmd.IsStaff)
        {
            // Examenreglement 4.9: a member is independent of training institutes. His own declaration counts; without
            // one, the director records the declaration he made (the independence box) for him.
            var statement = cmd.UserId is { Length: > 0 } user ? await IndependenceStatement.LatestAsync(db, user, ct) : null;
            var person = cmd.UserId ?? cmd.Name.Trim();
            var declaration = statement?.ToDomain() ?? (cmd.IndependenceDeclared ? new IndependenceDeclaration(person, today, [], []) : null);
            var independent = IndependenceRules.CheckAssignment(ExamFunction.CommitteeMember, person, declaration);
            if (!independent.IsSuccess)
            {
                db.RecordEvent(nameof(CommitteeMembership), person, "CommitteeAppointmentRefused", string.Join("; ", independent.Errors.Select(e => $"{e.Rule}: {e.Message}")));
                await db.SaveChangesAsync(ct);
                return Result<CommitteeCheck>.Failure(independent.Errors);
            }
        }

        var members = await db.Set<CommitteeMembership>().ToListAsync(ct);
        var member = new CommitteeMembership
        {
            Name = cmd.Name.Trim(), UserId = cmd.UserId, Role = cmd.Role, IsStaff = cmd.IsStaff, AppointedOn = cmd.AppointedOn,
            IndependenceDeclaredOn = cmd.IsStaff ? null : today,
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
        await db.Because($"committee member appointed as {cmd.Role}").SaveChangesAsync(ct);
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

/// <summary>The committee as it stands today with the rule check (breaches and the vacancy warning).</summary>
public sealed class CommitteeOverviewHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<(IReadOnlyList<CommitteeMembership> Members, CommitteeCheck Check)> HandleAsync(CancellationToken ct)
    {
        var members = await db.Set<CommitteeMembership>().AsNoTracking().OrderBy(m => m.LeftOn != null).ThenBy(m => m.Role).ThenBy(m => m.Name).ToListAsync(ct);
        return (members, ExamCommitteeRules.Check([.. members.Select(m => m.ToDomain())], time.Today(), calendar, LmpExam.Regulation));
    }
}
