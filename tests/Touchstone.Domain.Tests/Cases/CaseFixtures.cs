using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using Case = Touchstone.Domain.Cases.Case;

namespace Touchstone.Domain.Tests.Cases;

internal static class CaseFixtures
{
    public static SchemeCaseConfig Lmp => SchemeCaseConfig.LmpFromSeed;

    public static CaseDeadlines LmpDeadlines { get; } = new(SchemeCaseConfig.LmpFromSeed, WorkingDayCalendar.Default);

    public static CaseTypeCatalog Catalog { get; } = new([SchemeCaseConfig.LmpFromSeed]);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>The case-types.yaml text, found by walking up from the test assembly to frameworks/.</summary>
    public static (string FileName, string Text) ReadCaseTypesYaml()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "frameworks", "case-types.yaml");
            if (File.Exists(path))
            {
                return ("case-types.yaml", File.ReadAllText(path));
            }
        }

        throw new FileNotFoundException("frameworks/case-types.yaml not found above " + AppContext.BaseDirectory);
    }

    public static Case Register(CaseType type, DateOnly receivedOn, DateOnly referenceDate) =>
        Case.Register(Lmp, type, receivedOn, referenceDate, "J. Jansen", CaseRole.Candidate, "Theorie").Value;

    /// <summary>An objection taken through an admissible check into handling.</summary>
    public static Case ObjectionInHandling(DateOnly resultSentOn, DateOnly receivedOn)
    {
        var c = Register(CaseType.Objection, receivedOn, resultSentOn);
        c.StartAdmissibilityCheck(CaseRole.BackOffice, "office", receivedOn).IsSuccess.ShouldBeTrue();
        var verdict = CompleteObjection(resultSentOn, receivedOn) with { PostmarkDate = receivedOn };
        c.CompleteAdmissibility(verdict.Evaluate(LmpDeadlines), CaseRole.BackOffice, "office", receivedOn).IsSuccess.ShouldBeTrue();
        return c;
    }

    public static Case ComplaintInHandling(DateOnly eventDate, DateOnly receivedOn)
    {
        var c = Register(CaseType.Complaint, receivedOn, eventDate);
        c.StartAdmissibilityCheck(CaseRole.BackOffice, "office", receivedOn).IsSuccess.ShouldBeTrue();
        var verdict = new ComplaintChecklist
        {
            EventDate = eventDate,
            ReceivedOn = receivedOn,
            Channel = SubmissionChannel.EmailWithAcknowledgement,
            AboutResult = false,
        }.Evaluate(LmpDeadlines);
        c.CompleteAdmissibility(verdict, CaseRole.Director, "director", receivedOn).IsSuccess.ShouldBeTrue();
        return c;
    }

    /// <summary>An objection checklist with every requirement met, sent by its receipt date's postmark.</summary>
    public static ObjectionChecklist CompleteObjection(DateOnly resultSentOn, DateOnly receivedOn) => new()
    {
        ResultSentOn = resultSentOn,
        ReceivedOn = receivedOn,
        PostmarkDate = receivedOn.AddDays(-1),
        DirectlyHarmedCandidate = true,
        SubmittedByRepresentative = false,
        AgainstResult = true,
        AddressedToExamCommittee = true,
        IsSigned = true,
        HasName = true,
        HasHomeAddress = true,
        HasPostcode = true,
        HasTown = true,
        HasDaytimePhone = true,
        HasClearDescription = true,
        HasGrounds = true,
        HasPetitum = true,
        MarkedBezwaarschrift = true,
        SentByRegisteredPost = true,
    };
}
