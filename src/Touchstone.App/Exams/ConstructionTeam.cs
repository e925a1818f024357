using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="IndependenceDeclared">The person declared that he has no relation with an institute that trains for the exam.</param>
/// <param name="Institute">An institute that trains for the exam that the person declared a relation with (empty: none).</param>
public sealed record AppointConstructionTeamMember(string Name, DateOnly AppointedOn, bool IndependenceDeclared, string? Institute, InstituteRelationKind? Kind);

/// <summary>
/// The director appoints a member of the construction team (Examenreglement 3.1 l, 5.1) with his independence declaration;
/// a declared relation with a training institute, or no declaration at all, refuses the appointment (5.2), and the refusal is audited.
/// </summary>
public sealed class AppointConstructionTeamMemberHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result<ConstructionTeamMembership>> HandleAsync(AppointConstructionTeamMember cmd, CancellationToken ct)
    {
        var name = cmd.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            return new DomainError("exams.construction-team.name", "The member's name is required (at most 200 characters).", "Examenreglement 5.1");
        }

        var institute = string.IsNullOrWhiteSpace(cmd.Institute) ? null : cmd.Institute.Trim();
        if (institute is not null && cmd.Kind is null)
        {
            return new DomainError("exams.independence.kind", $"Say what the relation with {institute} is.", "Examenreglement 5.2") { Args = [institute] };
        }

        var today = time.Today();
        var declaration = institute is not null
            ? new IndependenceDeclaration(name, today, [new InstituteRelation(institute, cmd.Kind!.Value)], [])
            : cmd.IndependenceDeclared ? new IndependenceDeclaration(name, today, [], []) : null;
        var independent = IndependenceRules.CheckAssignment(ExamFunction.ConstructionTeamMember, name, declaration);
        if (!independent.IsSuccess)
        {
            db.RecordEvent(nameof(ConstructionTeamMembership), name, "ConstructionTeamAppointmentRefused", string.Join("; ", independent.Errors.Select(e => $"{e.Rule}: {e.Message}")));
            await db.SaveChangesAsync(ct);
            return Result<ConstructionTeamMembership>.Failure(independent.Errors);
        }

        if (await db.Set<ConstructionTeamMembership>().AnyAsync(m => m.Name == name && m.LeftOn == null, ct))
        {
            return new DomainError("exams.construction-team.already-member", $"{name} is already a member of the construction team.", "Examenreglement 5.1") { Args = [name] };
        }

        var member = new ConstructionTeamMembership { Name = name, AppointedOn = cmd.AppointedOn, IndependenceDeclaredOn = today };
        db.Add(member);
        await db.Because("construction team member appointed after an independence declaration (Examenreglement 3.1 l, 5.1, 5.2)").SaveChangesAsync(ct);
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

/// <summary>The construction team: current members first, then former ones.</summary>
public sealed class ConstructionTeamOverviewHandler(TouchstoneDbContext db)
{
    public async Task<IReadOnlyList<ConstructionTeamMembership>> HandleAsync(CancellationToken ct) =>
        await db.Set<ConstructionTeamMembership>().AsNoTracking().OrderBy(m => m.LeftOn != null).ThenBy(m => m.Name).ToListAsync(ct);
}
