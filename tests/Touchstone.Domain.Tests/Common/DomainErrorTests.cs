using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;
using Touchstone.Domain.Tests.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Common;

/// <summary>A rule message keeps its English text and carries the values in it, so the interface can translate it.</summary>
public sealed class DomainErrorTests
{
    [Fact]
    public void AFixedMessageHasNoArgs() =>
        new DomainError("objection.unsigned", "The objection is not signed.", "Examenreglement 16.4").Args.ShouldBeEmpty();

    [Fact]
    public void ErrorsAreEqualWhenCodeMessageRuleAndArgsAre()
    {
        var date = new DateOnly(2026, 3, 11);
        DomainError Make(params object?[] args) => new("exams.identity.expired", "The identity document expired on 2026-03-11.", "Examenreglement 7.3") { Args = args };

        Make(date).ShouldBe(Make(date));
        Make(date).GetHashCode().ShouldBe(Make(date).GetHashCode());
        Make(date).ShouldNotBe(Make(date.AddDays(1)));
        Make(date).ShouldNotBe(Make());
    }

    [Fact]
    public void ALateObjectionCarriesItsDatesAndBasisInPlaceholderOrder_16_3()
    {
        // Examenreglement 14 and 16.3: the postmark counts; posted after the last day, the objection is inadmissible.
        var verdict = (CaseFixtures.CompleteObjection(D(2026, 3, 11), D(2026, 3, 30)) with { PostmarkDate = D(2026, 3, 27) }).Evaluate(CaseFixtures.LmpDeadlines);

        var error = verdict.Failures.ShouldHaveSingleItem();
        error.Message.ShouldBe("Sent on 2026-03-27 (postmark), after the last day 2026-03-26.");
        error.Args.ShouldBe([D(2026, 3, 27), "postmark", D(2026, 3, 26)]);
    }

    [Fact]
    public void ARegistrationTransitionNamesItsStatesAsValues_6_7()
    {
        // Examenreglement 6-7: a completed registration cannot become present again.
        var error = RegistrationTransitions.Find(RegistrationState.Completed, RegistrationState.Present, RegistrationActor.Examiner).Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe("A registration cannot go from Completed to Present.");
        error.Args.ShouldBe([RegistrationState.Completed, RegistrationState.Present]);
    }
}
