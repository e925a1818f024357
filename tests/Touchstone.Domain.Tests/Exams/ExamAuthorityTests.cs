using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 6.2, 4.8, 7.8, 7.9 and 9.1: decisions the director (or the committee) takes, not the back office.</summary>
public class ExamAuthorityTests
{
    [Theory]
    [InlineData(AccommodationKind.Dyslexia, AccommodationDecider.Director)]
    [InlineData(AccommodationKind.OtherMotherTongue, AccommodationDecider.Director)]
    [InlineData(AccommodationKind.Medical, AccommodationDecider.ExamCommittee)]
    public void ASpecialArrangementIsDecidedByTheDirectorOrOnAMedicalRequestByTheCommittee_6_2_4_8(AccommodationKind kind, AccommodationDecider decider)
    {
        ExamAuthority.CheckAccommodationDecider(kind, decider).IsSuccess.ShouldBeTrue();
        var other = decider == AccommodationDecider.Director ? AccommodationDecider.ExamCommittee : AccommodationDecider.Director;
        ExamAuthority.CheckAccommodationDecider(kind, other).Errors.ShouldHaveSingleItem().Rule.ShouldBe("Examenreglement 6.2");

        // Neither director nor committee member (the back office): refused, naming who decides.
        var refused = ExamAuthority.CheckAccommodationDecider(kind, null).Errors.ShouldHaveSingleItem();
        refused.Code.ShouldBe("exams.accommodation.wrong-decider");
        refused.Args.ShouldBe([kind, decider]);
    }

    [Theory]
    [InlineData(RegistrationActor.Director, true)]
    [InlineData(RegistrationActor.Examiner, true)]
    [InlineData(RegistrationActor.BackOffice, false)]
    [InlineData(RegistrationActor.TrainingProvider, false)]
    public void FraudIsEstablishedByTheExaminerOnTheDayOrTheDirectorAfterwards_7_8_7_9(RegistrationActor actor, bool allowed)
    {
        var check = ExamAuthority.CheckFraudFinding(actor);
        check.IsSuccess.ShouldBe(allowed);
        if (!allowed)
        {
            check.Errors.ShouldHaveSingleItem().Rule.ShouldBe("Examenreglement 7.9");
        }
    }

    [Theory]
    [InlineData(RegistrationActor.Director, true)]
    [InlineData(RegistrationActor.BackOffice, false)]
    [InlineData(RegistrationActor.Examiner, false)]
    public void OnlyTheDirectorSetsANewTermForTheResults_9_1(RegistrationActor actor, bool allowed)
    {
        var check = ExamAuthority.CheckResultsTerm(actor);
        check.IsSuccess.ShouldBe(allowed);
        if (!allowed)
        {
            check.Errors.ShouldHaveSingleItem().Rule.ShouldBe("Examenreglement 9.1");
        }
    }
}
