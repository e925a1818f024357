using Touchstone.Domain.Accounts;
using static Touchstone.App.Tests.Authorization.RouteAccess;

namespace Touchstone.App.Tests.Authorization;

public static partial class AccessMatrix
{
    /// <summary>
    /// Standards: browsing for every signed-in user. Assessments: pages for every signed-in user, with per-assessment
    /// checks inside (an assessment you may not see is "not found"); the team view only for managers.
    /// </summary>
    public static readonly RouteAccess[] Standards =
    [
        Page("/Standards", Audience.SignedIn),
        Page("/Standards/Index", Audience.SignedIn),
        Page("/Standards/Framework/{code}/{version}", Audience.SignedIn),
        Page("/Assessments", Audience.SignedIn),
        Page("/Assessments/Index", Audience.SignedIn),
        Page("/Assessments/Rate/{id:guid}", Audience.SignedIn),
        Page("/Assessments/Results/{id:guid}", Audience.SignedIn),
        Page("/Assessments/Competency/{id:guid}", Audience.SignedIn),
        Page("/Assessments/Selection/{id:guid}", Audience.SignedIn),
        Page("/Assessments/Team", Audience.Roles, Role.BackOffice, Role.Director),
    ];
}
