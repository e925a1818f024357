using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;
using Case = Touchstone.Domain.Cases.Case;

namespace Touchstone.Domain.Tests.Cases;

/// <summary>
/// DOMAIN.md §6: "the same case handling serves objections to certification decisions"; the case types, and
/// so the deciding body and the checklist wording, are configured per scheme in frameworks/case-types.yaml.
/// LMP objections are decided by the exam committee (Examenreglement 14); CMC objections against a
/// certification decision by the director (interpretation in the yaml: seed 000 names only the
/// certificatiebeslisser, whose decision is contested).
/// </summary>
public class SchemeDecidingBodyTests
{
    private static readonly CaseTypeCatalog FromYaml = CaseTypeCatalog.Parse(ReadCaseTypesYaml().FileName, ReadCaseTypesYaml().Text).Value;

    private static SchemeCaseConfig Cmc => FromYaml.Find("CMC")!;

    private static CaseDeadlines CmcDeadlines => new(Cmc, WorkingDayCalendar.Default);

    private static Case CmcObjectionInAdmissibility()
    {
        var c = Case.Register(Cmc, CaseType.Objection, D(2026, 3, 20), D(2026, 3, 11), "J. Jansen", CaseRole.Candidate, "Certificatiebesluit").Value;
        c.StartAdmissibilityCheck(CaseRole.BackOffice, "office", D(2026, 3, 20)).IsSuccess.ShouldBeTrue();
        return c;
    }

    [Fact]
    public void TheYamlConfiguresTheExamCommitteeForLmpAndTheDirectorForCmcObjections()
    {
        FromYaml.Find("LMP")!.For(CaseType.Objection).DecidedBy.ShouldBe(CaseRole.ExamCommittee);
        Cmc.For(CaseType.Objection).DecidedBy.ShouldBe(CaseRole.Director);
        Cmc.For(CaseType.Objection).Interpretation!.ShouldContain("certificatiebeslisser");
    }

    // Examenreglement 14 (by analogy, case-types.yaml CMC): the director decides; the exam committee may not.
    [Fact]
    public void ACmcObjectionIsDecidedByTheDirectorNotTheExamCommittee()
    {
        var c = CmcObjectionInAdmissibility();
        c.DecidingRole.ShouldBe(CaseRole.Director);
        var verdict = (CompleteObjection(D(2026, 3, 11), D(2026, 3, 20)) with { PostmarkDate = D(2026, 3, 19) }).Evaluate(CmcDeadlines);
        verdict.IsAdmissible.ShouldBeTrue();
        c.CompleteAdmissibility(verdict, CaseRole.BackOffice, "office", D(2026, 3, 20)).IsSuccess.ShouldBeTrue();

        var byCommittee = c.Decide(CaseOutcome.Rejected, "Decision stands.", CaseRole.ExamCommittee, "chair", D(2026, 4, 1));
        byCommittee.Errors.Single().Code.ShouldBe("cases.transition.role");
        byCommittee.Errors.Single().Message.ShouldContain("allowed: Director");
        c.Decide(CaseOutcome.Rejected, "Decision stands.", CaseRole.Director, "director", D(2026, 4, 1)).IsSuccess.ShouldBeTrue();
    }

    // Examenreglement 16.3, 14: declaring an objection inadmissible is the deciding body's ruling.
    [Fact]
    public void OnlyTheDirectorDeclaresACmcObjectionInadmissible()
    {
        var c = CmcObjectionInAdmissibility();
        var verdict = (CompleteObjection(D(2026, 3, 11), D(2026, 3, 20)) with { IsSigned = false }).Evaluate(CmcDeadlines);
        c.CompleteAdmissibility(verdict, CaseRole.ExamCommittee, "chair", D(2026, 3, 20)).Errors.Single().Code.ShouldBe("cases.transition.role");
        c.CompleteAdmissibility(verdict, CaseRole.Director, "director", D(2026, 3, 20)).IsSuccess.ShouldBeTrue();
        c.State.ShouldBe(CaseState.Inadmissible);
    }

    [Fact]
    public void AnLmpObjectionIsStillDecidedByTheExamCommitteeNotTheDirector()
    {
        var c = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        c.DecidingRole.ShouldBe(CaseRole.ExamCommittee);
        c.Decide(CaseOutcome.Rejected, "Marking correct.", CaseRole.Director, "director", D(2026, 4, 1)).Errors.Single().Code.ShouldBe("cases.transition.role");
    }

    // Examenreglement 14 and 16.1 read for CMC: the checklist asks about a certification decision and its addressee.
    [Fact]
    public void TheCmcChecklistNamesTheCertificationDecisionAndTheDirector()
    {
        var failures = (CompleteObjection(D(2026, 3, 11), D(2026, 3, 20)) with { AgainstResult = false, AddressedToExamCommittee = false })
            .Evaluate(CmcDeadlines).Failures;
        failures.Select(f => f.Code).ShouldBe(["objection.not-against-result", "objection.not-addressed"]);
        failures[0].Message.ShouldBe("An objection can only concern a certification decision on a CMC application.");
        failures[0].Args.ShouldBe(["een certificatiebesluit op een CMC-aanvraag"]);
        failures[1].Message.ShouldContain("addressed to the director of the certification body");
        failures[1].Message.ShouldNotContain("exam");

        var lmp = (CompleteObjection(D(2026, 3, 11), D(2026, 3, 20)) with { AgainstResult = false }).Evaluate(LmpDeadlines).Failures.Single();
        lmp.Message.ShouldBe("An objection can only concern the result of an exam component.");
    }

    [Fact]
    public void AnUnknownDecidingBodyIsRefusedWhenTheYamlIsRead()
    {
        var yaml = """
            schemes:
              - code: X
                caseTypes:
                  - type: Objection
                    decidedBy: Candidate
                    rule: Examenreglement 14
            """;
        CaseTypeCatalog.Parse("case-types.yaml", yaml).Errors.Single().Message.ShouldContain("decidedBy must be ExamCommittee or Director");
    }
}
