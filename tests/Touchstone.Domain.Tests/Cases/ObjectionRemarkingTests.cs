using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

// Examenreglement 11.1: in the objection phase the whole component is re-marked.
public class ObjectionRemarkingTests
{
    private static readonly string[] Involved = ["marker-1", "marker-2", "examiner-7"];

    [Fact]
    public void RemarkerInvolvedBeforeIsRefused()
    {
        var result = ObjectionRemarking.CheckRemarker("MARKER-2", Involved);
        result.Errors.Single().Code.ShouldBe("objection.remarker-involved");
        result.Errors.Single().Rule.ShouldBe("Examenreglement 11.1");
        ObjectionRemarking.CheckRemarker("marker-9", Involved).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void NewResultReplacesTheOldAndBothAreKept()
    {
        var objection = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        var remark = ObjectionRemarking.Record(objection, "Opdrachten", true, "O", "V", "marker-9", Involved, D(2026, 4, 2)).Value;
        remark.OriginalResult.ShouldBe("O");
        remark.EffectiveResult.ShouldBe("V");
        remark.ResultChanged.ShouldBeTrue();
        remark.ObjectionId.ShouldBe(objection.Id);
    }

    [Fact]
    public void PartialRemarkingByAnInvolvedMarkerFailsOnBothCounts()
    {
        var objection = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        ObjectionRemarking.Record(objection, "Opdrachten", false, "O", "V", "marker-1", Involved, D(2026, 4, 2))
            .Errors.Select(e => e.Code).ShouldBe(["objection.remark.partial", "objection.remarker-involved"]);
    }

    [Fact]
    public void RemarkingNeedsAnObjectionInHandling()
    {
        var received = Register(CaseType.Objection, D(2026, 3, 20), D(2026, 3, 11));
        ObjectionRemarking.Record(received, "Theorie", true, "O", "V", "marker-9", Involved, D(2026, 4, 2))
            .Errors.Single().Code.ShouldBe("objection.remark.not-in-handling");
    }
}
