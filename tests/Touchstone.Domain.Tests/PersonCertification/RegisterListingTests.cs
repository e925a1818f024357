using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.PersonCertification;

/// <summary>Seed 001 "Certificeren? ATP/ACP" step 3 (the register holder lists) and step 4 (only listed institutes and practices count).</summary>
public sealed class RegisterListingTests
{
    private static readonly Guid Institute = Guid.NewGuid();

    [Fact]
    public void Seed001Step3_AListingWithoutAnEndAndOneEndingOnOrAfterItsStartAreValid()
    {
        RegisterListing.Validate(new DateOnly(2020, 1, 1), null).IsSuccess.ShouldBeTrue();
        RegisterListing.Validate(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1)).IsSuccess.ShouldBeTrue();
        RegisterListing.Validate(null, null).IsSuccess.ShouldBeTrue(); // not listed at all
    }

    [Fact]
    public void Seed001Step3_AListingCannotEndBeforeItStartsOrEndWithoutAStart()
    {
        var early = RegisterListing.Validate(new DateOnly(2024, 5, 1), new DateOnly(2024, 4, 30));
        early.Errors.Single().Code.ShouldBe("cmc.register.listing-ends-before-start");
        early.Errors.Single().Rule.ShouldNotBeNull().ShouldContain("stap 3");
        RegisterListing.Validate(null, new DateOnly(2024, 4, 30)).Errors.Single().Code.ShouldBe("cmc.register.listing-until-without-from");
    }

    [Fact]
    public void Seed001AtpStep4_TheDiplomaMustDateFromTheListingOfTheInstitute()
    {
        OrganisationRegisterEntry[] register = [new(Institute, "Horizon", new DateOnly(2012, 9, 1), new DateOnly(2023, 6, 30))];

        RegisterChecks.AtpInstituteListed(register, Institute, new DateOnly(2023, 6, 30)).IsSuccess.ShouldBeTrue();
        RegisterChecks.AtpInstituteListed(register, Institute, new DateOnly(2023, 7, 1)).Errors.Single().Code.ShouldBe("cmc.atp.institute-not-on-register");
        RegisterChecks.AtpInstituteListed(register, Institute, new DateOnly(2012, 8, 31)).IsSuccess.ShouldBeFalse();
    }
}
