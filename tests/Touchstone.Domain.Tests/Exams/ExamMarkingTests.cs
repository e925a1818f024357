using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Whole-exam marking (art. 8.3-8.7, 9.2).</summary>
public class ExamMarkingTests
{
    [Fact]
    public void ACandidateFailsOnOneOnvoldoendeComponentDespiteGoedElsewhere_9_2()
    {
        var marking = new ExamMarking(LmpBlueprint.Blueprint);
        var key = AnswerKey.FromLetters(new string('A', 30));
        var input = new CandidateExamInput("c1", new AnswerSheet("c1", new string('A', 30)), [9, 9, 12, 9, 12], PracticalSheet.Of(4, 3, 3, 3, 0, 0, 3));
        var result = marking.Mark(key, input);
        result.ShouldBe(new CandidateExamResult("c1", 30, ResultBand.Goed, 51, ResultBand.Goed, 6, ResultBand.Onvoldoende, false));
        marking.Mark(key, input with { Practical = PracticalSheet.Of(4, 3, 3, 3, 3, 0, 3) }).Passed.ShouldBeTrue();
    }
}
