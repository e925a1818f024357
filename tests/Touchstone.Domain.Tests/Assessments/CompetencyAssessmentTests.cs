using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;
using Touchstone.Domain.Tests.Standards;

namespace Touchstone.Domain.Tests.Assessments;

/// <summary>Standaard Vakvolwassenheid: levels 0–3 per task × dimension and per competency; Gebruikersadvies uses.</summary>
public class CompetencyAssessmentTests
{
    private static readonly Framework Standard = FrameworkFiles.VakvolwassenheidFramework;

    private static Assessment Person(string person, RaterRole role, string rater, params (string Item, string Level)[] ratings)
    {
        var a = Assessment.Start(Standard, Guid.NewGuid(), SubjectKind.Person, person, Framework.LevelScaleCode, role, rater).Value;
        foreach (var (item, level) in ratings)
        {
            a.Rate(Standard, rater, item, level).IsSuccess.ShouldBeTrue();
        }

        return a;
    }

    [Fact]
    public void TaskDimensionsAndCompetenciesAreRatedOnLevelsZeroToThree()
    {
        var a = Person("km-1", RaterRole.Self, "km-1", ("T1.A", "vakbekwaam"), ("coachen", "nog-niet"));
        a.RatingOf("T1.A")!.Score.ShouldBe(2m);
        a.RatingOf("coachen")!.Score.ShouldBe(0m);
        a.Rate(Standard, "km-1", "T1.A", "expert").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.value-not-on-scale");
    }

    // Standaard Vakvolwassenheid, competenties: cumulatief — level 2 requires the Basis and Vakbekwaam indicators.
    [Fact]
    public void DerivedLevelNeedsAllIndicatorsOfThatLevelAndBelow()
    {
        var netwerken = Standard.Competencies.Single(c => c.Code == "netwerken");
        string[] basis = ["netwerken.1.1", "netwerken.1.2", "netwerken.1.3"];
        string[] vak = ["netwerken.2.1", "netwerken.2.2"];
        CompetencyLevels.Derive(netwerken, []).ShouldBe(0);
        CompetencyLevels.Derive(netwerken, basis).ShouldBe(1);
        CompetencyLevels.Derive(netwerken, [.. basis, .. vak]).ShouldBe(2);
        CompetencyLevels.Derive(netwerken, [.. basis, .. vak, "netwerken.3.1"]).ShouldBe(3);
    }

    // Standaard Vakvolwassenheid, competenties: cumulatief — the ticked indicators are the ground of the level, so the
    // rating keeps them (in the framework's order), and only indicators of the rated competency can be ticked.
    [Fact]
    public void ACompetencyRatingKeepsItsTickedIndicatorsAndRefusesForeignOnes()
    {
        var a = Person("km-2", RaterRole.Self, "km-2");
        a.Rate(Standard, "km-2", "netwerken", "basis", indicators: ["netwerken.1.3", "netwerken.1.1", "netwerken.1.2"]).IsSuccess.ShouldBeTrue();
        a.RatingOf("netwerken")!.Indicators.ShouldBe(["netwerken.1.1", "netwerken.1.2", "netwerken.1.3"]);
        a.CopyToNewCycle(Guid.NewGuid(), "next", "km-2").RatingOf("netwerken")!.Indicators.Count.ShouldBe(3);

        var foreign = a.Rate(Standard, "km-2", "netwerken", "basis", indicators: ["netwerken.1.1", "coachen.1.1"]);
        foreign.Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.unknown-indicator");
        foreign.Errors[0].Rule.ShouldBe(AssessmentRules.Cumulative);
        a.RatingOf("netwerken")!.Indicators.Count.ShouldBe(3); // unchanged
        a.Rate(Standard, "km-2", "T1.A", "basis", indicators: ["netwerken.1.1"]).Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.unknown-indicator");

        // Rated again without ticks: the rating no longer rests on indicators.
        a.Rate(Standard, "km-2", "netwerken", "basis").IsSuccess.ShouldBeTrue();
        a.RatingOf("netwerken")!.Indicators.ShouldBeEmpty();
    }

    [Fact]
    public void HigherIndicatorsWithoutTheBasisOnesDoNotCount()
    {
        var netwerken = Standard.Competencies.Single(c => c.Code == "netwerken");
        CompetencyLevels.Derive(netwerken, ["netwerken.1.1", "netwerken.1.2", "netwerken.2.1", "netwerken.2.2", "netwerken.3.1"]).ShouldBe(0);
    }

    [Fact]
    public void ValidatingAClaimedLevelListsEveryMissingIndicatorFromLowerLevelsToo()
    {
        var netwerken = Standard.Competencies.Single(c => c.Code == "netwerken");
        var result = CompetencyLevels.Validate(netwerken, 2, ["netwerken.2.1", "netwerken.2.2", "netwerken.1.1"]);
        result.Errors.Select(e => e.Message[..(e.Message.IndexOf(':', StringComparison.Ordinal))]).ShouldBe(
            ["Level 2 of 'Netwerken' requires indicator netwerken.1.2 (level 1)", "Level 2 of 'Netwerken' requires indicator netwerken.1.3 (level 1)"]);
        result.Errors.ShouldAllBe(e => e.Rule == AssessmentRules.Cumulative);
        CompetencyLevels.Validate(netwerken, 1, ["netwerken.1.1", "netwerken.1.2", "netwerken.1.3"]).IsSuccess.ShouldBeTrue();
    }

    // Gebruikersadvies: leidinggevende en klantmanager vergelijken — self vs manager per item with the delta.
    [Fact]
    public void SelfVersusManagerHighlightsDifferencesWithDelta()
    {
        var self = Person("km-1", RaterRole.Self, "km-1", ("T1.A", "vakvolwassen"), ("T1.B", "vakbekwaam"), ("coachen", "basis"));
        var manager = Person("km-1", RaterRole.Manager, "mgr-1", ("T1.A", "vakbekwaam"), ("T1.B", "vakbekwaam"));
        var rows = AssessmentComparison.Compare(Standard, self, manager).Value;
        rows.Count.ShouldBe(48);
        var t1a = rows.Single(r => r.ItemCode == "T1.A");
        (t1a.Delta, t1a.Differs).ShouldBe((-1m, true));
        var t1b = rows.Single(r => r.ItemCode == "T1.B");
        (t1b.Delta, t1b.Differs).ShouldBe((0m, false));
        var coachen = rows.Single(r => r.ItemCode == "coachen");
        (coachen.Delta, coachen.Differs).ShouldBe(((decimal?)null, true));
    }

    [Fact]
    public void ComparingAssessmentsOfDifferentFrameworksIsRefused()
    {
        var self = Person("km-1", RaterRole.Self, "km-1");
        var maatstaf = Assessment.Start(FrameworkFiles.MaatstafFramework, Guid.NewGuid(), SubjectKind.Person, "km-1", "zelfevaluatie", RaterRole.Manager, "m").Value;
        AssessmentComparison.Compare(Standard, self, maatstaf).IsSuccess.ShouldBeFalse();
    }

    // Gebruikersadvies: "de stagiaire moet op het eind van de stage minimaal voldoen aan het basisniveau".
    [Fact]
    public void InternEndTermsAreBasisEverywhere()
    {
        var profile = TargetProfile.InternEndTerms(Standard).Value;
        profile.Targets.Count.ShouldBe(48);
        profile.Targets.ShouldAllBe(t => t.Level == 1);
        TargetProfile.Proficient(Standard).Value.Targets.ShouldAllBe(t => t.Level == 2);
    }

    // Gebruikersadvies: the presets are the framework's Basis and Vakbekwaam levels, not fixed numbers.
    [Fact]
    public void PresetsFollowTheLevelsOfTheFrameworkVersion()
    {
        var presets = TargetPresets.Of(Standard).Value;
        (presets.InternEndTerms.Number, presets.Proficient.Number, presets.Proficient.Name).ShouldBe((1, 2, "Vakbekwaam"));

        var renumbered = Standard with
        {
            Levels = new[]
            {
                new CompetencyLevel("start", 0, "Start", "Nog niet"),
                new CompetencyLevel("instap", 1, "Instap", "Eerste stappen"),
                new CompetencyLevel("b", 2, "Basis", "Basis"),
                new CompetencyLevel("vakbekwaam", 3, "Zelfstandig vakbekwaam", "Zelfstandig"),
                new CompetencyLevel("expert", 4, "Expert", "Vernieuwt"),
            }.ToEquatableList(),
        };
        TargetProfile.InternEndTerms(renumbered).Value.Targets.ShouldAllBe(t => t.Level == 2); // Basis found by name
        var proficient = TargetProfile.Proficient(renumbered).Value;
        proficient.Targets.ShouldAllBe(t => t.Level == 3); // vakbekwaam found by code
        proficient.Name.ShouldBe("Zelfstandig vakbekwaam");

        var without = Standard with { Levels = Standard.Levels.Where(l => l.Code != "vakbekwaam").ToEquatableList() };
        TargetProfile.Proficient(without).Errors.Single().Code.ShouldBe("profile.preset-level-missing");
    }

    [Fact]
    public void GapToTheProfileCountsUnratedItemsFromZero()
    {
        var a = Person("km-1", RaterRole.Manager, "mgr", ("T1.A", "basis"), ("T1.B", "vakvolwassen"));
        var gaps = GapAnalysis.Compute(Standard, a, TargetProfile.Proficient(Standard).Value);
        gaps.Single(g => g.ItemCode == "T1.A").Gap.ShouldBe(1);
        gaps.Single(g => g.ItemCode == "T1.B").IsGap.ShouldBeFalse();
        gaps.Single(g => g.ItemCode == "T1.C").Gap.ShouldBe(2);
    }

    [Fact]
    public void ACustomProfileIsCheckedAgainstTheFramework()
    {
        TargetProfile.Custom(Standard, "Senior", [new TargetLevel("T1.A", 3), new TargetLevel("coachen", 2)]).IsSuccess.ShouldBeTrue();
        var bad = TargetProfile.Custom(Standard, "Fout", [new TargetLevel("T11.A", 1), new TargetLevel("coachen", 4), new TargetLevel("coachen", 2)]);
        bad.Errors.Select(e => e.Code).ShouldBe(["profile.unknown-item", "profile.bad-level", "profile.duplicate-item"]);
    }
}

/// <summary>Gebruikersadvies: Persoonlijk Ontwikkel Plan (POP) following from the gaps.</summary>
public class DevelopmentPlanTests
{
    private static readonly Framework Standard = FrameworkFiles.VakvolwassenheidFramework;

    private static IReadOnlyList<GapItem> Gaps()
    {
        var a = Assessment.Start(Standard, Guid.NewGuid(), SubjectKind.Person, "km", Framework.LevelScaleCode, RaterRole.Manager, "mgr").Value;
        a.Rate(Standard, "mgr", "T1.A", "vakbekwaam");
        return GapAnalysis.Compute(Standard, a, TargetProfile.Proficient(Standard).Value);
    }

    [Fact]
    public void GoalsMustLinkToGapItems()
    {
        var plan = new DevelopmentPlan { PersonId = "km" };
        plan.AddGoal(Guid.NewGuid(), "Beter coachen", ["coachen"], Gaps()).IsSuccess.ShouldBeTrue();
        plan.AddGoal(Guid.NewGuid(), "Al op niveau", ["T1.A"], Gaps()).Errors.ShouldHaveSingleItem().Code.ShouldBe("pop.not-a-gap");
        plan.AddGoal(Guid.NewGuid(), "Niets", [], Gaps()).Errors.ShouldHaveSingleItem().Code.ShouldBe("pop.goal-unlinked");
        plan.Goals.Count.ShouldBe(1);
    }

    [Fact]
    public void ProgressIsTheShareOfActionsDone()
    {
        var plan = new DevelopmentPlan { PersonId = "km" };
        var goal = Guid.NewGuid();
        plan.AddGoal(goal, "Beter coachen", ["coachen"], Gaps());
        var a1 = Guid.NewGuid();
        var a2 = Guid.NewGuid();
        var a3 = Guid.NewGuid();
        plan.AddAction(a1, goal, "Training", new DateOnly(2026, 3, 1));
        plan.AddAction(a2, goal, "Intervisie", new DateOnly(2026, 6, 1));
        plan.AddAction(a3, goal, "Feedback vragen", new DateOnly(2026, 9, 1));
        plan.Progress.ShouldBe(0);
        plan.SetStatus(a1, ActionStatus.InProgress).IsSuccess.ShouldBeTrue();
        plan.SetStatus(a1, ActionStatus.Done).IsSuccess.ShouldBeTrue();
        plan.Progress.ShouldBe(33);
        plan.GoalProgress(goal).ShouldBe(33);
        plan.Overdue(new DateOnly(2026, 7, 1)).Select(a => a.Id).ShouldBe([a2]);
    }

    [Fact]
    public void StatusChangesFollowTheTable()
    {
        var plan = new DevelopmentPlan { PersonId = "km" };
        var goal = Guid.NewGuid();
        var action = Guid.NewGuid();
        plan.AddGoal(goal, "Doel", ["coachen"], Gaps());
        plan.AddAction(action, goal, "Actie", new DateOnly(2026, 1, 1));
        plan.SetStatus(action, ActionStatus.Open).Errors.ShouldHaveSingleItem().Code.ShouldBe("pop.status-forbidden");
        plan.AddAction(Guid.NewGuid(), Guid.NewGuid(), "Zonder doel", new DateOnly(2026, 1, 1)).Errors.ShouldHaveSingleItem().Code.ShouldBe("pop.unknown-goal");
    }
}

/// <summary>Gebruikersadvies: ontwikkelingsassessment of a department, and selectieassessment (EVC).</summary>
public class TeamAndSelectionTests
{
    private static readonly Framework Standard = FrameworkFiles.VakvolwassenheidFramework;

    private static Assessment Person(string person, params (string Item, string Level)[] ratings)
    {
        var a = Assessment.Start(Standard, Guid.NewGuid(), SubjectKind.Person, person, Framework.LevelScaleCode, RaterRole.Assessor, "ass").Value;
        foreach (var (item, level) in ratings)
        {
            a.Rate(Standard, "ass", item, level).IsSuccess.ShouldBeTrue();
        }

        return a;
    }

    [Fact]
    public void TeamHeatMapAndDistributionPerItem()
    {
        var view = TeamView.Build(Standard,
        [
            Person("ann", ("coachen", "basis"), ("T1.A", "vakbekwaam")),
            Person("bob", ("coachen", "vakbekwaam")),
            Person("cor", ("coachen", "basis")),
        ]);
        view.HeatMap().Count.ShouldBe(48 * 3);
        var coachen = view.Distribution().Single(d => d.ItemCode == "coachen");
        coachen.CountPerLevel[1].ShouldBe(2);
        coachen.CountPerLevel[2].ShouldBe(1);
        coachen.Unrated.ShouldBe(0);
        view.Distribution().Single(d => d.ItemCode == "T1.A").Unrated.ShouldBe(2);
        view.AtLevel(1, "coachen").Select(c => c.PersonId).ShouldBe(["ann", "cor"]);
        view.WithGap(TargetProfile.Proficient(Standard).Value).Where(c => c.ItemCode == "coachen").Select(c => c.PersonId).ShouldBe(["ann", "cor"]);
    }

    [Fact]
    public void ATeamViewTakesOneAssessmentPerPerson() =>
        Should.Throw<ArgumentException>(() => TeamView.Build(Standard, [Person("ann"), Person("ann")]));

    // Gebruikersadvies (ontwikkelingsassessment): the same department read as a level grid (as the team page reads
    // it from storage) gives the same heat map, distribution and gaps as the view built from the assessments.
    [Fact]
    public void ATeamViewFromALevelGridEqualsTheViewFromTheAssessments()
    {
        var assessments = new[]
        {
            Person("ann", ("coachen", "basis"), ("T1.A", "vakbekwaam")),
            Person("bob", ("coachen", "vakbekwaam"), ("T1.A", "vakvolwassen")),
            Person("cor", ("T1.B", "basis")),
        };
        var built = TeamView.Build(Standard, assessments);
        var items = Standard.RatableItems();
        var levels = new int?[3 * items.Count];
        for (var p = 0; p < 3; p++)
        {
            for (var i = 0; i < items.Count; i++)
            {
                levels[(p * items.Count) + i] = GapAnalysis.LevelOf(assessments[p], items[i].Code);
            }
        }

        var grid = TeamView.FromLevels(Standard, ["ann", "bob", "cor"], levels);
        grid.HeatMap().ShouldBe(built.HeatMap());
        grid.Distribution().Select(d => (d.ItemCode, string.Join(",", d.CountPerLevel.OrderBy(c => c.Key)), d.Unrated))
            .ShouldBe(built.Distribution().Select(d => (d.ItemCode, string.Join(",", d.CountPerLevel.OrderBy(c => c.Key)), d.Unrated)));
        var t1a = grid.Distribution().Single(d => d.ItemCode == "T1.A");
        (t1a.CountPerLevel[2], t1a.CountPerLevel[3], t1a.Unrated).ShouldBe((1, 1, 1));
        grid.LevelAt(1, items.ToList().FindIndex(i => i.Code == "coachen")).ShouldBe(2);

        // Vakbekwaam everywhere: a gap where the level is below 2 or unrated, exactly the cells WithGap lists.
        var proficient = TargetProfile.Proficient(Standard).Value;
        var gaps = grid.GapGrid(proficient);
        gaps.Count(g => g).ShouldBe(built.WithGap(proficient).Count);
        gaps[items.ToList().FindIndex(i => i.Code == "T1.A")].ShouldBeFalse(); // ann, vakbekwaam
        gaps[items.ToList().FindIndex(i => i.Code == "coachen")].ShouldBeTrue(); // ann, basis
        gaps[(2 * items.Count) + items.ToList().FindIndex(i => i.Code == "T1.A")].ShouldBeTrue(); // cor, unrated
    }

    [Fact]
    public void ALevelGridMustHoldOneRowPerPersonAndOnePersonOnce()
    {
        var items = Standard.RatableItems().Count;
        Should.Throw<ArgumentException>(() => TeamView.FromLevels(Standard, ["ann", "bob"], new int?[items]));
        Should.Throw<ArgumentException>(() => TeamView.FromLevels(Standard, ["ann", "ann"], new int?[2 * items]));
    }

    // Task level in the EVC report = the lowest of its four dimensions (interpretation in SelectionReport).
    [Fact]
    public void SelectionReportComparesAssessedWithRequiredPerTaskAndCompetency()
    {
        var a = Person("kandidaat",
            ("T1.A", "vakvolwassen"), ("T1.B", "vakbekwaam"), ("T1.C", "basis"), ("T1.D", "vakbekwaam"),
            ("T2.A", "vakbekwaam"), ("T2.B", "vakbekwaam"), ("T2.C", "vakbekwaam"), ("T2.D", "vakbekwaam"),
            ("coachen", "vakvolwassen"));
        var report = SelectionReport.Build(Standard, a, TargetProfile.Proficient(Standard).Value);
        report.Rows.Count.ShouldBe(18);
        report.Rows.Single(r => r.Code == "T1").ShouldBe(new SelectionRow("T1", "Het voeren van een intakegesprek", true, 1, 2, SelectionConclusion.BelowRequired));
        report.Rows.Single(r => r.Code == "T2").Conclusion.ShouldBe(SelectionConclusion.Meets);
        report.Rows.Single(r => r.Code == "T3").Conclusion.ShouldBe(SelectionConclusion.NotAssessed);
        report.Rows.Single(r => r.Code == "coachen").Conclusion.ShouldBe(SelectionConclusion.Meets);
        report.AllMet.ShouldBeFalse();
    }
}
