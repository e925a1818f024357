using Touchstone.Domain.Accounts;
using static Touchstone.App.Tests.Authorization.RouteAccess;

namespace Touchstone.App.Tests.Authorization;

public static partial class AccessMatrix
{
    private static readonly Role[] ExamsStaff = [Role.Director, Role.BackOffice];
    private static readonly Role[] ExamsRegistrar = [Role.TrainingProvider, Role.Director, Role.BackOffice];
    private static readonly Role[] ExamsExaminer = [Role.Examiner, Role.Director, Role.BackOffice];
    private static readonly Role[] ExamsCommittee = [Role.ExamCommitteeMember, Role.Director];

    public static readonly RouteAccess[] Exams =
    [
        Page("/Exams/Sessions", Audience.Roles, ExamsStaff),
        Page("/Exams/Sessions/Index", Audience.Roles, ExamsStaff),
        Page("/Exams/Sessions/Session/{id:guid}", Audience.Roles, ExamsStaff),
        Page("/Exams/Results", Audience.Roles, ExamsStaff),
        Page("/Exams/Results/Index", Audience.Roles, ExamsStaff),
        Page("/Exams/Diplomas", Audience.Roles, ExamsStaff),
        Page("/Exams/Diplomas/Index", Audience.Roles, ExamsStaff),
        Page("/Exams/Inspections", Audience.Roles, ExamsStaff),
        Page("/Exams/Inspections/Index", Audience.Roles, ExamsStaff),
        Page("/Exams/Registrations", Audience.Roles, ExamsRegistrar),
        Page("/Exams/Registrations/Index", Audience.Roles, ExamsRegistrar),
        Page("/Exams/ExamDay", Audience.Roles, ExamsExaminer),
        Page("/Exams/ExamDay/Index", Audience.Roles, ExamsExaminer),
        Page("/Exams/ExamDay/Session/{id:guid}", Audience.Roles, ExamsExaminer),
        Page("/Exams/Marking", Audience.Roles, Role.Marker),
        Page("/Exams/Marking/Index", Audience.Roles, Role.Marker),
        Page("/Exams/Committee", Audience.Roles, ExamsCommittee),
        Page("/Exams/Committee/Index", Audience.Roles, ExamsCommittee),
        Page("/Exams/Committee/Theory/{id:guid}", Audience.Roles, ExamsCommittee),
        Page("/Exams/Committee/Members", Audience.Roles, ExamsCommittee),
        Page("/Exams/MyResults", Audience.Roles, Role.Candidate),
        Page("/Exams/MyResults/Index", Audience.Roles, Role.Candidate),
        Page("/Exams/Independence", Audience.Roles, Role.ExamCommitteeMember, Role.ConstructionTeamMember, Role.Examiner, Role.Marker),
        Page("/Exams/Independence/Index", Audience.Roles, Role.ExamCommitteeMember, Role.ConstructionTeamMember, Role.Examiner, Role.Marker),
        Page("/Public/Verify", Audience.Public),
        Page("/verify", Audience.Public),
        Api("POST", "/api/exams/sessions/{id:guid}/registrations", Audience.Roles, ExamsRegistrar),
        Api("POST", "/api/exams/sessions/{id:guid}/theory-answers", Audience.Roles, ExamsCommittee),
        Api("GET", "/api/public/diplomas/verify", Audience.Public),
    ];
}
