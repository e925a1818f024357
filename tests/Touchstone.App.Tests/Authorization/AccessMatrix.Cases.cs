using Touchstone.Domain.Accounts;
using static Touchstone.App.Tests.Authorization.RouteAccess;

namespace Touchstone.App.Tests.Authorization;

public static partial class AccessMatrix
{
    private static readonly Role[] CaseWork = [Role.BackOffice, Role.Director, Role.ExamCommitteeMember];
    private static readonly Role[] CaseStaff = [Role.BackOffice, Role.Director];

    public static readonly RouteAccess[] Cases =
    [
        Page("/Public/Cases/Submit", Audience.Public),
        Page("/Public/Cases/Submitted", Audience.Public),
        Page("/Cases", Audience.Roles, CaseWork),
        Page("/Cases/Index", Audience.Roles, CaseWork),
        Page("/Cases/New", Audience.Roles, CaseStaff),
        Page("/Cases/Detail/{id:guid}", Audience.Roles, CaseWork),
        Page("/Cases/Checklist/{id:guid}", Audience.Roles, CaseWork),
        Page("/Cases/Deadlines", Audience.Roles, CaseStaff),
        Page("/Cases/Comments", Audience.Roles, CaseWork),
        Page("/Cases/Report", Audience.Roles, CaseWork),
        Api("GET", "/api/cases/", "/api/cases", Audience.Roles, CaseWork),
        Api("GET", "/api/cases/deadlines", Audience.Roles, CaseStaff),
        Api("GET", "/api/cases/report/{year:int}", Audience.Roles, CaseWork),
    ];
}
