using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 4.1-4.6: composition of the exam committee.</summary>
public class ExamCommitteeRulesTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    private static List<CommitteeMember> Full() =>
    [
        new("chair", CommitteeRole.Chair, false, Start),
        new("vice", CommitteeRole.ViceChair, false, Start),
        new("member", CommitteeRole.Member, false, Start),
        new("director", CommitteeRole.Secretary, true, Start),
        new("deputy", CommitteeRole.DeputySecretary, true, Start),
    ];

    private static CommitteeCheck Check(IReadOnlyList<CommitteeMember> members, DateOnly today) =>
        ExamCommitteeRules.Check(members, today, WorkingDayCalendar.Default, ExamRegulation.FromSeed);

    [Fact]
    public void AFullCommitteeIsCompliant_4_1_4_6()
    {
        var check = Check(Full(), new DateOnly(2026, 1, 1));
        check.IsCompliant.ShouldBeTrue();
        check.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void DroppingBelowThreeGivesAWarningDueSixMonthsAfterTheMemberLeft_4_2()
    {
        // Chair, vice-chair and secretary count as members; the vice-chair leaves on 15 January 2026.
        List<CommitteeMember> members =
        [
            new("chair", CommitteeRole.Chair, false, Start),
            new("vice", CommitteeRole.ViceChair, false, Start, LeftOn: new DateOnly(2026, 1, 15)),
            new("director", CommitteeRole.Secretary, true, Start),
            new("deputy", CommitteeRole.DeputySecretary, true, Start),
        ];
        Check(members, new DateOnly(2026, 1, 14)).Warnings.ShouldBeEmpty();
        var check = Check(members, new DateOnly(2026, 3, 1));
        var warning = check.Warnings.ShouldHaveSingleItem();
        warning.Rule.ShouldBe("Examenreglement 4.2");
        warning.DueDate.ShouldBe(new DateOnly(2026, 7, 15));
        check.Breaches.Select(b => b.Code).ShouldBe(["exams.committee.vice-chair"]);
        Check(members, new DateOnly(2026, 7, 16)).Breaches.Select(b => b.Code).ShouldContain("exams.committee.vacancy-overdue");
    }

    [Fact]
    public void ThreeMembersIncludingTheSecretaryAreEnough_4_1_4_3()
    {
        var members = Full();
        members.RemoveAt(2);
        Check(members, new DateOnly(2026, 1, 1)).IsCompliant.ShouldBeTrue();
    }

    [Fact]
    public void MembersOtherThanTheSecretaryMayNotBeStaff_4_4()
    {
        var members = Full();
        members[2] = members[2] with { IsStaff = true };
        Check(members, new DateOnly(2026, 1, 1)).Breaches.ShouldHaveSingleItem().Rule.ShouldBe("Examenreglement 4.4");
    }

    [Fact]
    public void ChairViceChairSecretaryAndDeputyAreRequired_4_3_4_5_4_6()
    {
        var check = Check([new("a", CommitteeRole.Member, false, Start), new("b", CommitteeRole.Member, false, Start), new("c", CommitteeRole.Member, false, Start)], new DateOnly(2026, 1, 1));
        check.Breaches.Select(b => b.Code).ShouldBe(["exams.committee.chair", "exams.committee.vice-chair", "exams.committee.secretary", "exams.committee.deputy-secretary"]);
    }
}
