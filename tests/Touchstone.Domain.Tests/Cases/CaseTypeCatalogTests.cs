using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

public class CaseTypeCatalogTests
{
    private static CaseTypeCatalog Load()
    {
        var (name, text) = ReadCaseTypesYaml();
        var result = CaseTypeCatalog.Parse(name, text);
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    // Examenreglement 12, 13.1, 14, 16.3: the data file holds the seed's numbers for LMP.
    [Fact]
    public void LmpInTheDataFileMatchesTheSeed()
    {
        var lmp = Load().Find("lmp").ShouldNotBeNull();
        var seed = SchemeCaseConfig.LmpFromSeed;
        lmp.ReminderWorkingDaysBefore.ShouldBe(seed.ReminderWorkingDaysBefore);
        lmp.CaseTypes.Select(t => t.Type).ShouldBe(seed.CaseTypes.Select(t => t.Type));
        foreach (var expected in seed.CaseTypes)
        {
            var actual = lmp.For(expected.Type);
            actual.FilingTerm.ShouldBe(expected.FilingTerm);
            actual.ReceiptTerm.ShouldBe(expected.ReceiptTerm);
            actual.HandlingTerm.ShouldBe(expected.HandlingTerm);
            actual.HandlingFrom.ShouldBe(expected.HandlingFrom);
            actual.Rule.ShouldBe(expected.Rule);
        }
    }

    [Fact]
    public void CertificationSchemesOfferObjectionsButNoExamComments()
    {
        var cmc = Load().Find("CMC").ShouldNotBeNull();
        cmc.Offers(CaseType.Objection).ShouldBeTrue();
        cmc.Offers(CaseType.Comment).ShouldBeFalse();
        cmc.For(CaseType.Objection).Interpretation.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void ErrorsNameTheFileTheSchemeAndTheProblem()
    {
        const string yaml = """
            schemes:
              - code: X
                caseTypes:
                  - type: Grievance
                    rule: r
                  - type: Objection
                    filingTerm: { amount: 0, unit: Days }
                    handlingFrom: FilingPeriodEnd
            """;
        var result = CaseTypeCatalog.Parse("bad.yaml", yaml);
        result.IsSuccess.ShouldBeFalse();
        var messages = result.Errors.Select(e => e.Message).ToArray();
        messages.ShouldContain(m => m.Contains("bad.yaml") && m.Contains("unknown case type 'Grievance'"));
        messages.ShouldContain(m => m.Contains("Objection: every case type must cite its rule"));
        messages.ShouldContain(m => m.Contains("unknown unit 'Days'"));
        messages.ShouldContain(m => m.Contains("FilingPeriodEnd needs a filingTerm"));
    }

    [Fact]
    public void MalformedYamlIsAnErrorNotAnException()
    {
        CaseTypeCatalog.Parse("x.yaml", "schemes: [ {").Errors.Single().Code.ShouldBe("cases.config.invalid");
        CaseTypeCatalog.Parse("x.yaml", "schemes:\n  - code: A\n    typo: 1\n").IsSuccess.ShouldBeFalse();
    }
}
