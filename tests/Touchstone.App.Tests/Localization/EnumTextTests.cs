using System.Globalization;
using System.Text.RegularExpressions;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Exams;
using Touchstone.Web.Infrastructure.Localization;

namespace Touchstone.App.Tests.Localization;

/// <summary>The enum texts shown on pages (<see cref="EnumText"/>): Dutch from the resources, English in words.</summary>
public sealed partial class EnumTextTests
{
    private static readonly CultureInfo Dutch = new("nl");
    private static readonly CultureInfo English = new("en");

    [Fact]
    public void EveryMemberOfAnEnumWithDutchTextsHasOneAndReadableEnglish()
    {
        var types = EnumTextOnPagesTests.EnumTypes()
            .Where(t => Enum.GetValues(t).Cast<Enum>().Any(v => EnumText.DutchText(v) is not null)).ToList();
        types.Count.ShouldBeGreaterThan(20, "the scan found too few enums with Dutch texts");

        var missing = types.SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Where(v => EnumText.DutchText(v) is null).Select(v => $"Enum.{v.GetType().Name}.{v}").ToList();
        missing.ShouldBeEmpty("members without a Dutch text in DomainErrors.resx: " + string.Join(", ", missing));

        var unreadable = types.SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Select(v => v.Text(English)).Where(text => LowerUpper().IsMatch(text)).ToList();
        unreadable.ShouldBeEmpty("English texts still in PascalCase: " + string.Join(", ", unreadable));
    }

    /// <summary>The enums the pages show with the helper (scan of Features/**/*.cshtml for "Type.Text()" sites is not typed, so listed).</summary>
    [Theory]
    [InlineData(typeof(RegistrationState))]
    [InlineData(typeof(IdentityDocumentType))]
    [InlineData(typeof(ResultBand))]
    [InlineData(typeof(AssignmentsMarkingStatus))]
    [InlineData(typeof(CaseRole))]
    public void TheEnumsShownOnPagesHaveDutchAndEnglishTexts(Type type)
    {
        foreach (var value in Enum.GetValues(type).Cast<Enum>())
        {
            EnumText.DutchText(value).ShouldNotBeNullOrWhiteSpace($"{type.Name}.{value}");
            value.Text(Dutch).ShouldNotBeNullOrWhiteSpace();
            value.Text(English).ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void DutchComesFromTheLabelOrTheRuleTextWithACapital()
    {
        RegistrationState.Completed.Text(Dutch).ShouldBe("Afgerond");
        IdentityDocumentType.Passport.Text(Dutch).ShouldBe("Paspoort");
        CaseRole.BackOffice.Text(Dutch).ShouldBe("Backoffice"); // the rule text "de backoffice" without its article
        CaseState.InHandling.Text(English).ShouldBe("In handling");
        CaseRole.BackOffice.Text(English).ShouldBe("Back office");
    }

    [Theory]
    [InlineData("InHandling", "In handling")]
    [InlineData("Passport", "Passport")]
    [InlineData("AwaitingCommitteeDecision", "Awaiting committee decision")]
    [InlineData("CMCRegister", "CMC register")]
    [InlineData("IdCard", "Id card")]
    public void WordsSplitsPascalCase(string name, string words) => EnumText.Words(name).ShouldBe(words);

    [GeneratedRegex("[a-z][A-Z]")]
    private static partial Regex LowerUpper();
}
