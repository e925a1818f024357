using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record ImportTheoryAnswers(Guid SessionId, string Csv);

/// <summary>
/// One answer sheet: line (or position in an API batch), candidate number, answers; null answers when a CSV line has
/// another number of columns. <paramref name="Problem"/> is a parse failure of the file itself (its header).
/// </summary>
public sealed record TheoryAnswerRow(int Line, string CandidateNumber, string? Answers, DomainError? Problem = null);

/// <summary>The same import from rows (the JSON API): the same checks, the same all-or-nothing rule and row report.</summary>
public sealed record ImportTheoryAnswerRows(Guid SessionId, IReadOnlyList<TheoryAnswerRow> Rows);

/// <summary>
/// Imports the answer sheets (<c>candidateNumber;answers</c>, one letter per question, '-' blank) and scores
/// them against the key (Examenreglement 8.3). Any bad row: nothing is imported. The scores are provisional until the
/// committee fixes the final answer model (8.9); a sheet whose result was sent is not imported again (11.1, 14).
/// </summary>
public sealed class ImportTheoryAnswersHandler(TouchstoneDbContext db, TimeProvider time)
{
    public Task<Result<IReadOnlyList<RowReport>>> HandleAsync(ImportTheoryAnswers cmd, CancellationToken ct) =>
        HandleAsync(new ImportTheoryAnswerRows(cmd.SessionId, ParseCsv(cmd.Csv)), ct);

    /// <summary>The columns of the answer file, in order; its first line is exactly this header (';' or ',').</summary>
    public static readonly string[] CsvColumns = ["candidateNumber", "answers"];

    private static List<TheoryAnswerRow> ParseCsv(string csv)
    {
        var rows = new List<TheoryAnswerRow>();
        var line = 0;
        var header = true;
        foreach (var raw in csv.Split('\n'))
        {
            line++;
            var text = raw.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var fields = text.Split([';', ','], StringSplitOptions.TrimEntries);
            if (header)
            {
                // The header is checked exactly: a file without it, or with other columns, is refused on its first line.
                header = false;
                if (!fields.SequenceEqual(CsvColumns, StringComparer.OrdinalIgnoreCase))
                {
                    var expected = string.Join(';', CsvColumns);
                    rows.Add(new(line, string.Empty, null, new DomainError("exams.import.header", $"The first line must be the header '{expected}', not '{text}'.") { Args = [expected, text] }));
                }

                continue;
            }

            rows.Add(new(line, fields[0], fields.Length == CsvColumns.Length ? fields[1] : null));
        }

        return rows;
    }

    public async Task<Result<IReadOnlyList<RowReport>>> HandleAsync(ImportTheoryAnswerRows cmd, CancellationToken ct)
    {
        var session = await db.Set<ExamSession>().FindAsync([cmd.SessionId], ct);
        if (session is null)
        {
            return LmpExam.NotFound("The session");
        }

        if (LmpExam.ReadKey(session.AnswerKeyJson) is not { } key)
        {
            return new DomainError("exams.key.missing", "Set the answer key before importing answers.", "Examenreglement 8.3");
        }

        var registrations = await db.Set<SessionRegistration>().Include(r => r.Components).Where(r => r.SessionId == session.Id).ToListAsync(ct);
        var questions = LmpExam.TheoryScheme.Questions;
        var reports = new List<RowReport>();
        var parsed = new List<(SessionRegistration Registration, string Answers)>();
        var seen = new HashSet<string>();
        foreach (var row in cmd.Rows)
        {
            var line = row.Line;
            var errors = new List<DomainError>();
            var number = row.CandidateNumber.Trim();
            if (row.Problem is not null)
            {
                errors.Add(row.Problem);
            }
            else if (row.Answers is null)
            {
                errors.Add(new("exams.import.columns", $"Line {line} needs 2 columns: candidateNumber;answers.") { Args = [line] });
            }
            else
            {
                var registration = registrations.FirstOrDefault(r => r.CandidateNumber == number);
                var answers = row.Answers.Trim().ToUpperInvariant();
                if (registration is null)
                {
                    errors.Add(new("exams.theory.unknown-candidate", $"Candidate number {number} is not registered for {session.Code}.") { Args = [number, session.Code] });
                }
                else if (registration.State is not (RegistrationState.Completed or RegistrationState.Present))
                {
                    errors.Add(new("exams.theory.not-sat", $"Candidate {number} did not sit the exam ({registration.State}).") { Args = [number, registration.State] });
                }
                else
                {
                    errors.AddRange(ResultIntegrity.CheckNotSent(number, LmpExam.Blueprint.Component(LmpExam.Theory).Name, registration.Components.First(c => c.Code == LmpExam.Theory).ResultSentOn).Errors);
                }

                if (!seen.Add(number))
                {
                    errors.Add(new("exams.import.duplicate", $"Candidate {number} appears twice.") { Args = [number] });
                }

                if (answers.Length != questions)
                {
                    errors.Add(new("exams.theory.answers", $"{questions} answers are needed (letters, '-' for blank), got '{answers}'.") { Args = [questions, answers] });
                }
                else if (answers.Select((c, i) => (Answer: c, Question: i + 1)).FirstOrDefault(a => a.Answer != AnswerSheet.Blank && a.Answer is < 'A' or > 'Z') is { Question: > 0 } bad)
                {
                    errors.Add(new("exams.theory.answer-invalid", $"Question {bad.Question}: '{bad.Answer}' is not an answer (a letter A-Z, '-' for blank).") { Args = [bad.Question, bad.Answer] });
                }

                if (errors.Count == 0)
                {
                    parsed.Add((registration!, answers));
                }
            }

            reports.Add(new(line, number, errors));
        }

        if (reports.Count == 0 || reports.Any(r => !r.Ok))
        {
            db.RecordEvent(nameof(ExamSession), session.Id.ToString(), "TheoryImportRefused", "answer import refused: nothing imported");
            await db.SaveChangesAsync(ct);
            return reports.Count == 0 ? new DomainError("exams.import.empty", "The file holds no answers.") : Result<IReadOnlyList<RowReport>>.Success(reports);
        }

        var today = time.Today();
        foreach (var (registration, answers) in parsed)
        {
            registration.TheoryAnswers = answers;
            var component = registration.Components.First(c => c.Code == LmpExam.Theory);
            var sheet = new AnswerSheet(registration.CandidateNumber, answers);
            component.Points = key.Score(sheet, LmpExam.TheoryScheme.PointsPerQuestion);
            component.Band = TheoryMarking.Band(LmpExam.TheoryScheme, key, sheet);
            // Provisional until the committee fixes the final answer model after the comment period (8.8, 8.9).
            component.IsFinal = ResultIntegrity.TheoryIsFinal(session.AnswerKeyFixedOn);
            component.FinalOn = component.IsFinal ? component.FinalOn ?? today : null;
        }

        await db.Because($"theory answers imported and scored against key v{key.Version}").SaveChangesAsync(ct);
        return reports;
    }
}
