using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Exams;
using Touchstone.App.Files;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Cases;

/// <summary>A marked, sent LMP exam result for one candidate, to object against.</summary>
public sealed record SeededExam(string SessionCode, string CandidateNumber, string Email, Guid CandidateId, Guid RegistrationId, Guid SessionId, IReadOnlyDictionary<string, Guid> Components, Guid? WorkFileId);

/// <summary>Puts exam results straight into the database, as the exam capability would have left them.</summary>
public static class CaseExamData
{
    /// <param name="bands">Theory, assignments and practical bands, all final and sent <paramref name="sentDaysAgo"/> days ago.</param>
    public static Task<SeededExam> SeedAsync(
        TouchstoneFactory factory, (ResultBand Theory, ResultBand Assignments, ResultBand Practical) bands,
        string? examinerId = null, string? assignmentsMarkerId = null, int examDaysAgo = 21, int sentDaysAgo = 5, bool withWork = false) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
            var code = "BZ-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            var session = new ExamSession
            {
                Code = code, Place = "Ede", ExamDate = today.AddDays(-examDaysAgo), ExaminerUserId = examinerId, Capacity = 5, TheoryMinutes = 60, PracticalMinutes = 45,
                RegistrationDeadline = today.AddDays(-examDaysAgo - 20), PaymentDeadline = today.AddDays(-examDaysAgo - 10), Fee = 395m,
            };
            var email = $"kandidaat.{code}@example.nl".ToLowerInvariant();
            var candidate = new ExamCandidate { Name = "Kandidaat " + code, Email = email, DateOfBirth = new DateOnly(1990, 5, 6) };
            StoredFile? work = withWork
                ? new StoredFile { FileName = "opdrachten.pdf", ContentType = "application/pdf", Length = 9, Sha256 = new string('0', 64), Content = "%PDF-1.4\n"u8.ToArray(), UploadedBy = "test" }
                : null;
            var sent = today.AddDays(-sentDaysAgo);
            ExamComponentResult Component(string c, ResultBand band) => new()
            {
                Code = c, Band = band, IsFinal = true, FinalOn = session.ExamDate.AddDays(7), ResultSentOn = sent,
                FirstMarkerId = c == LmpExam.Assignments ? assignmentsMarkerId : null,
                AssignedMarkerId = c == LmpExam.Assignments ? assignmentsMarkerId : null,
                WorkFileId = c == LmpExam.Assignments ? work?.Id : null,
            };
            var registration = new SessionRegistration
            {
                SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = code + "-001", State = RegistrationState.Completed, Paid = true,
                Components = [Component(LmpExam.Theory, bands.Theory), Component(LmpExam.Assignments, bands.Assignments), Component(LmpExam.Practical, bands.Practical)],
            };
            db.AddRange(session, candidate, registration);
            if (work is not null)
            {
                db.Add(work);
            }

            await db.SaveChangesAsync();
            return new SeededExam(code, registration.CandidateNumber, email, candidate.Id, registration.Id, session.Id,
                registration.Components.ToDictionary(c => c.Code, c => c.Id), work?.Id);
        });

    public static Task<string> UserIdAsync(TouchstoneFactory factory, Role role)
    {
        var account = DemoSeeder.Accounts.First(a => a.PrimaryRole == role);
        return factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());
    }

    /// <summary>Gives the user a declaration of independence (5.2), naming the candidates in his circle (5.4).</summary>
    public static Task DeclareAsync(TouchstoneFactory factory, string userId, params Guid[] candidatesInCircle) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var statement = await db.Set<IndependenceStatement>().Where(s => s.UserId == userId).OrderByDescending(s => s.DeclaredOn).FirstOrDefaultAsync();
            if (statement is null)
            {
                statement = new IndependenceStatement { UserId = userId, DeclaredOn = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).AddYears(-1) };
                db.Add(statement);
            }

            statement.CandidatesInCircle = [.. statement.CandidatesInCircle, .. candidatesInCircle.Select(c => c.ToString())];
            await db.SaveChangesAsync();
        });
}
