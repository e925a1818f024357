using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;
using Touchstone.Web.Infrastructure.Auth;

namespace Touchstone.Web.Features.Exams.Committee;

/// <summary>
/// The exam's governance: the exam committee (Examenreglement 4) with roles, independence, breaches and the vacancy warning,
/// and the construction team (3.1 k, l; 5.1, 5.2). The director appoints; an appointment that breaks independence is refused.
/// </summary>
public sealed class MembersModel(CommitteeOverviewHandler overview, ConstructionTeamOverviewHandler team, TimeProvider time) : ExamsPage
{
    public IReadOnlyList<CommitteeMembership> Members { get; private set; } = [];

    public IReadOnlyList<ConstructionTeamMembership> ConstructionTeam { get; private set; } = [];

    public CommitteeCheck? Check { get; private set; }

    public bool MayAppoint => Policies.HoldsLmp(User, Role.Director);

    /// <summary>What was entered in a refused appointment, shown again in the form.</summary>
    public (string? Name, CommitteeRole Role, bool IsStaff, bool Independence)? Entered { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAppointAsync(string? name, CommitteeRole role, bool isStaff, bool independence, [FromServices] AppointCommitteeMemberHandler handler, CancellationToken ct)
    {
        if (!MayAppoint)
        {
            return Forbid();
        }

        Entered = (name, role, isStaff, independence);
        var result = await handler.HandleAsync(new AppointCommitteeMember(name ?? string.Empty, null, role, isStaff, time.Today(), independence), ct);
        return await Done(Plain(result), Text("Exams.Done.MemberAppointed"), () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid membershipId, [FromServices] EndCommitteeMembershipHandler handler, CancellationToken ct) =>
        !MayAppoint ? Forbid() : await Done(await handler.HandleAsync(new EndCommitteeMembership(membershipId, time.Today()), ct), Text("Exams.Done.MembershipEnded"), () => LoadAsync(ct));

    public async Task<IActionResult> OnPostAppointConstructionAsync(
        string? name, bool independence, string? institute, InstituteRelationKind? kind, [FromServices] AppointConstructionTeamMemberHandler handler, CancellationToken ct)
    {
        if (!MayAppoint)
        {
            return Forbid();
        }

        var result = await handler.HandleAsync(new AppointConstructionTeamMember(name ?? string.Empty, time.Today(), independence, institute, kind), ct);
        return await Done(Plain(result), Text("Exams.Done.ConstructionMemberAppointed"), () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostLeaveConstructionAsync(Guid membershipId, [FromServices] EndConstructionTeamMembershipHandler handler, CancellationToken ct) =>
        !MayAppoint ? Forbid() : await Done(await handler.HandleAsync(new EndConstructionTeamMembership(membershipId, time.Today()), ct), Text("Exams.Done.MembershipEnded"), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        (Members, Check) = await overview.HandleAsync(ct);
        ConstructionTeam = await team.HandleAsync(ct);
    }
}
