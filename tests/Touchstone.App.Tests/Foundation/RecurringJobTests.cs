using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Cases;
using Touchstone.App.Common;
using Touchstone.App.Exams;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;

namespace Touchstone.App.Tests.Foundation;

/// <summary>Scheduled work runs through one runner; every job is safe to run again (several nodes, restarts).</summary>
public sealed class RecurringJobTests(SqliteApp app)
{
    [Fact]
    public void MigrationsAndDemoDataComeBeforeEveryOtherHostedService() =>
        app.Factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().First()
            .ShouldBeOfType<Touchstone.Web.Infrastructure.Hosting.StartupTasks>();

    [Fact]
    public void EveryScheduledUseCaseIsRegistered()
    {
        var names = app.Factory.Services.GetServices<IRecurringJob>().Select(j => j.GetType()).ToList();
        names.ShouldBe([typeof(ExamWorkPurgeJob), typeof(CaseDeadlineJob), typeof(RecertificationJob)], ignoreOrder: true);
    }

    [Fact]
    public async Task RunningTheRecertificationJobTwiceQueuesEachReminderOnce()
    {
        var runner = app.Factory.Services.GetRequiredService<RecurringJobRunner>();
        var job = app.Factory.Services.GetServices<IRecurringJob>().OfType<RecertificationJob>().Single();
        var first = await runner.RunOnceAsync(job, TestContext.Current.CancellationToken);
        var second = await runner.RunOnceAsync(job, TestContext.Current.CancellationToken);
        first.ShouldNotBeNull();
        second.ShouldBe("0 certificate(s) expired, 0 reminder(s) queued, 0 report reminder(s) queued");
    }

    [Fact]
    public async Task RunningTheCaseDeadlineJobAgainRemindsAndTellsNobodyTwice()
    {
        var runner = app.Factory.Services.GetRequiredService<RecurringJobRunner>();
        var job = app.Factory.Services.GetServices<IRecurringJob>().OfType<CaseDeadlineJob>().Single();
        await runner.RunOnceAsync(job, TestContext.Current.CancellationToken);
        (await runner.RunOnceAsync(job, TestContext.Current.CancellationToken)).ShouldBe("0 case(s) reminded to staff, 0 person(s) told that an appeal is open");
    }
}
