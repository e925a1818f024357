using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;
using Touchstone.Web.Infrastructure.Auth;

namespace Touchstone.Web.Features.Exams.Committee;

/// <summary>
/// The exam's governance: the exam committee (Examenreglement 4) with roles, independence, breaches and the vacancy warning,
/// and the construction team (3.1 k, l; 5.1, 5.2). The director appoints a user account; the member's own latest independence
/// declaration decides (4.9, 5.2). A sitting member whose later declaration names a relation is shown with a warning: the
/// regulation makes the director replace him (3.1 j, l) rather than end the seat by itself.
/// </summary>
public sealed class MembersModel(TouchstoneDbContext db, CommitteeOverviewHandler overview, ConstructionTeamOverviewHandler team, TimeProvider time) : ExamsPage
{
    public IReadOnlyList<CommitteeMembership> Members { get; private set; } = [];

    public IReadOnlyList<ConstructionTeamMembership> ConstructionTeam { get; private set; } = [];

    /// <summary>The declarations the members were appointed on, by id (4.9, 5.2).</summary>
    public IReadOnlyDictionary<Guid, IndependenceStatement> Declarations { get; private set; } = new Dictionary<Guid, IndependenceStatement>();

    /// <summary>Sitting members of the committee and the construction team whose latest declaration names a relation.</summary>
    public IReadOnlyList<DomainError> Lapses { get; private set; } = [];

    public CommitteeCheck? Check { get; private set; }

    /// <summary>Accounts that may sit on the committee: committee members, and the director and back office for the staff seats (4.3, 4.6).</summary>
    public IReadOnlyList<(string Id, string Name)> CommitteeAccounts { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> ConstructionAccounts { get; private set; } = [];

    public bool MayAppoint => Policies.HoldsLmp(User, Role.Director);

    /// <summary>What was entered in a refused appointment, shown again in the form.</summary>
    public (string? UserId, CommitteeRole Role, bool IsStaff)? Entered { get; private set; }

    /// <summary>The account chosen in a refused construction-team appointment, selected again in the form.</summary>
    public string? EnteredConstruction { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAppointAsync(string? userId, CommitteeRole role, bool isStaff, [FromServices] AppointCommitteeMemberHandler handler, CancellationToken ct)
    {
        if (!MayAppoint)
        {
            return Forbid();
        }

        Entered = (userId, role, isStaff);
        var result = await handler.HandleAsync(new AppointCommitteeMember(userId, role, isStaff, time.Today()), ct);
        return await Done(Plain(result), Text("Exams.Done.MemberAppointed"), () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid membershipId, [FromServices] EndCommitteeMembershipHandler handler, CancellationToken ct) =>
        !MayAppoint ? Forbid() : await Done(await handler.HandleAsync(new EndCommitteeMembership(membershipId, time.Today()), ct), Text("Exams.Done.MembershipEnded"), () => LoadAsync(ct));

    public async Task<IActionResult> OnPostAppointConstructionAsync(string? userId, [FromServices] AppointConstructionTeamMemberHandler handler, CancellationToken ct)
    {
        if (!MayAppoint)
        {
            return Forbid();
        }

        EnteredConstruction = userId;
        var result = await handler.HandleAsync(new AppointConstructionTeamMember(userId, time.Today()), ct);
        return await Done(Plain(result), Text("Exams.Done.ConstructionMemberAppointed"), () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostLeaveConstructionAsync(Guid membershipId, [FromServices] EndConstructionTeamMembershipHandler handler, CancellationToken ct) =>
        !MayAppoint ? Forbid() : await Done(await handler.HandleAsync(new EndConstructionTeamMembership(membershipId, time.Today()), ct), Text("Exams.Done.MembershipEnded"), () => LoadAsync(ct));

    /// <summary>The declaration a member was appointed on: its date and what it declared (none: appointed before declarations were linked).</summary>
    public IndependenceStatement? Declaration(Guid? id) => id is { } key ? Declarations.GetValueOrDefault(key) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        var committee = await overview.HandleAsync(ct);
        var construction = await team.HandleAsync(ct);
        (Members, Check, ConstructionTeam) = (committee.Members, committee.Check, construction.Members);
        Declarations = committee.Declarations.Concat(construction.Declarations).DistinctBy(d => d.Key).ToDictionary();
        Lapses = [.. committee.Lapses, .. construction.Lapses];
        if (MayAppoint)
        {
            CommitteeAccounts = [.. (await SessionView.UsersWithRoleAsync(db, Role.ExamCommitteeMember, ct))
                .Concat(await SessionView.UsersWithRoleAsync(db, Role.Director, ct)).Concat(await SessionView.UsersWithRoleAsync(db, Role.BackOffice, ct))
                .DistinctBy(u => u.Id)];
            ConstructionAccounts = await SessionView.UsersWithRoleAsync(db, Role.ConstructionTeamMember, ct);
        }
    }
}
