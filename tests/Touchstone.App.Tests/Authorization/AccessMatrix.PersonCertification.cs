using Touchstone.Domain.Accounts;
using static Touchstone.App.Tests.Authorization.RouteAccess;

namespace Touchstone.App.Tests.Authorization;

public static partial class AccessMatrix
{
    private static readonly Role[] CmcRoles = [Role.Candidate, Role.OrganisationContact, Role.BackOffice, Role.Assessor, Role.DecisionMaker, Role.Administrator];

    public static readonly RouteAccess[] PersonCertification =
    [
        Page("/PersonCertification", Audience.Roles, CmcRoles),
        Page("/PersonCertification/Index", Audience.Roles, CmcRoles),
        Page("/PersonCertification/Application/{id:guid}", Audience.Roles, CmcRoles),
        Page("/PersonCertification/Apply", Audience.Roles, Role.Candidate),
        Page("/PersonCertification/Ce", Audience.Roles, Role.Candidate),
        Page("/PersonCertification/Nominate", Audience.Roles, Role.OrganisationContact),
        Page("/PersonCertification/Assessors", Audience.Roles, Role.BackOffice, Role.Administrator),
        Page("/PersonCertification/Registers", Audience.Roles, Role.BackOffice, Role.Administrator),
        Page("/PersonCertification/Certificates", Audience.Roles, Role.BackOffice, Role.DecisionMaker, Role.Administrator),
        Page("/Public/Register", Audience.Public),
        Page("/Public/Certificate/{number}", Audience.Public),
        Api("GET", "/api/public/cmc-register", Audience.Public),
        Api("GET", "/api/public/certificates/{number}", Audience.Public),
    ];
}
