using Touchstone.Domain.Accounts;

namespace Touchstone.Domain.Tests;

/// <summary>DOMAIN.md "Roles": one account may hold several roles, each possibly scoped to a scheme.</summary>
public class RoleScopeTests
{
    [Fact]
    public void AnExaminerForLmpIsNotAnExaminerForCmc()
    {
        var grant = new RoleScope(Role.Examiner, Schemes.Lmp);
        grant.Covers(Role.Examiner, Schemes.Lmp).ShouldBeTrue();
        grant.Covers(Role.Examiner, Schemes.Cmc).ShouldBeFalse();
        grant.Covers(Role.Assessor, Schemes.Lmp).ShouldBeFalse();
    }

    [Fact]
    public void AnUnscopedGrantCoversEveryScheme() =>
        new RoleScope(Role.BackOffice, null).Covers(Role.BackOffice, Schemes.Cmc).ShouldBeTrue();

    [Theory]
    [InlineData("Examiner@LMP", true)]
    [InlineData("Director", true)]
    [InlineData("Examiner@XYZ", false)]
    [InlineData("Wizard", false)]
    public void ParsesRoleAndScheme(string text, bool ok) => RoleScope.TryParse(text, out _).ShouldBe(ok);
}
