using System.Reflection;
using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;
using Case = Touchstone.Domain.Cases.Case;

namespace Touchstone.Domain.Tests.Cases;

/// <summary>
/// Examenreglement 11.3: the register keeps every case with its course; the history must read in the order the steps
/// were taken, also when a database hands the stored steps back in another order (PostgreSQL may).
/// </summary>
public sealed class CaseHistoryOrderTests
{
    [Fact]
    public void EveryStepGetsTheNextPlaceAndTheHistoryReadsInThatOrderWhateverOrderTheStepsAreLoadedIn()
    {
        var c = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        c.History.Select(h => h.Sequence).ShouldBe([1, 2, 3]);
        var taken = c.History.Select(h => h.To).ToArray();

        // What a store may do: hand the same steps back in another order.
        var field = typeof(Case).GetField("_history", BindingFlags.NonPublic | BindingFlags.Instance)!;
        ((List<CaseHistoryEntry>)field.GetValue(c)!).Reverse();
        c.History.Select(h => h.To).ShouldBe(taken);

        // A step recorded after such a load comes last.
        c.Decide(CaseOutcome.Rejected, "Marking correct.", CaseRole.ExamCommittee, "chair", D(2026, 4, 1)).IsSuccess.ShouldBeTrue();
        c.History.Select(h => h.Sequence).ShouldBe([1, 2, 3, 4]);
        c.History[^1].To.ShouldBe(CaseState.Decided);
    }
}
