using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Cases;

/// <summary>
/// Case references (Z-2019-0001) are allocated as "highest + 1" under a unique index; submissions that arrive at the
/// same moment must all be stored, with distinct, consecutive references (none lost, none refused, none duplicated).
/// </summary>
public abstract class CaseNumberingTests(AppFixture app)
{
    private const int Simultaneous = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SimultaneousRegistrationsAllGetStoredWithDistinctConsecutiveReferences()
    {
        // A year no other test registers comments in, so the expected references are exactly 0001..N.
        var year = CaseClock.Today(app.Factory.Time).Year - 7;
        var received = new DateOnly(year, 3, 2);
        var marker = "gelijktijdig-" + Guid.NewGuid().ToString("N")[..8];
        var office = new CaseActor("test-office", "Test Office", [Role.BackOffice]);
        var start = new TaskCompletionSource();

        var registrations = Enumerable.Range(1, Simultaneous).Select(n => Task.Run(async () =>
        {
            await start.Task;
            return await app.Factory.InScopeAsync(sp => sp.GetRequiredService<RegisterCaseHandler>().HandleAsync(new RegisterCase
            {
                Type = CaseType.Comment,
                SchemeCode = "LMP",
                SubmitterName = $"Indiener {n}",
                SubmitterEmail = $"{marker}-{n}@example.nl",
                Channel = SubmissionChannel.OrdinaryLetter,
                ReferenceDate = received.AddDays(-1),
                ReceivedOn = received,
                Subject = marker,
            }, office, Ct));
        }, Ct)).ToList();
        start.SetResult();
        var results = await Task.WhenAll(registrations);

        results.ShouldAllBe(r => r.IsSuccess);
        var stored = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CaseDossier>().AsNoTracking()
            .Where(d => d.SubmitterEmail!.StartsWith(marker)).Select(d => d.Reference).ToListAsync(Ct));
        stored.Count.ShouldBe(Simultaneous);
        stored.Order().ShouldBe(Enumerable.Range(1, Simultaneous).Select(n => $"Z-{year}-{n:0000}"));
        results.Select(r => r.Value.Reference).Order().ShouldBe(stored.Order());
    }

    [Fact]
    public async Task DiplomasIssuedAtTheSameMomentAllGetIssuedWithDistinctNumbers()
    {
        // 9.3: every passed candidate receives the diploma; simultaneous issues must not collide on the number.
        var exams = new List<SeededExam>();
        for (var i = 0; i < Simultaneous / 2; i++)
        {
            exams.Add(await CaseExamData.SeedAsync(app.Factory, (ResultBand.Goed, ResultBand.Voldoende, ResultBand.Voldoende)));
        }

        var start = new TaskCompletionSource();
        var issues = exams.Select(e => Task.Run(async () =>
        {
            await start.Task;
            return await app.Factory.InScopeAsync(sp => sp.GetRequiredService<IssueDiplomaHandler>().HandleAsync(new IssueDiploma(e.RegistrationId), Ct));
        }, Ct)).ToList();
        start.SetResult();
        var results = await Task.WhenAll(issues);

        results.ShouldAllBe(r => r.IsSuccess);
        var registrations = exams.Select(e => e.RegistrationId).ToList();
        var numbers = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<Diploma>().AsNoTracking()
            .Where(d => registrations.Contains(d.RegistrationId)).Select(d => d.Number).ToListAsync(Ct));
        numbers.Count.ShouldBe(exams.Count);
        numbers.Distinct().Count().ShouldBe(exams.Count);
    }

    [Fact]
    public async Task ASaveThatLosesItsNumberToAnotherWriterAllocatesAgainButOtherUniqueViolationsAreNotRetried()
    {
        // Deterministic version of the race: the first allocation hands out a number that is already taken.
        var first = await CaseExamData.SeedAsync(app.Factory, (ResultBand.Goed, ResultBand.Goed, ResultBand.Goed));
        var second = await CaseExamData.SeedAsync(app.Factory, (ResultBand.Goed, ResultBand.Goed, ResultBand.Goed));
        var taken = (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<IssueDiplomaHandler>().HandleAsync(new IssueDiploma(first.RegistrationId), Ct))).Value;
        var free = "LMP-1999-" + Random.Shared.Next(10000, 99999);

        Diploma New(Guid registrationId) => new() { Number = "", RegistrationId = registrationId, HolderName = "Botsing", IssuedOn = taken.IssuedOn, ExamDate = taken.ExamDate };
        var attempts = 0;
        await app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var diploma = New(second.RegistrationId);
            db.Add(diploma);
            await db.SaveNumberedAsync<Diploma>(nameof(Diploma.Number), "test: collision", _ =>
            {
                diploma.Number = ++attempts == 1 ? taken.Number : free;
                return Task.CompletedTask;
            }, Ct);
        });
        attempts.ShouldBe(2);
        (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<Diploma>().AsNoTracking()
            .SingleAsync(d => d.RegistrationId == second.RegistrationId, Ct))).Number.ShouldBe(free);

        // A second diploma for the same exam breaks another unique index: that is an error, not a number to allocate again.
        attempts = 0;
        await Should.ThrowAsync<DbUpdateException>(app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var duplicate = New(first.RegistrationId);
            db.Add(duplicate);
            await db.SaveNumberedAsync<Diploma>(nameof(Diploma.Number), "test: not a number collision", _ =>
            {
                attempts++;
                duplicate.Number = free + "-B";
                return Task.CompletedTask;
            }, Ct);
        }));
        attempts.ShouldBe(1);
    }
}

public sealed class CaseNumberingTestsOnSqlite(SqliteApp app) : CaseNumberingTests(app);

public sealed class CaseNumberingTestsOnPostgres(PostgresApp app) : CaseNumberingTests(app);
