using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Documents;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// The attendance list for the exam day (Examenreglement 7.7): candidate number, name, date of birth, extra time, signature;
/// once recorded it also shows the arrival (late or refused, 7.1, 7.6), the confirmation of the data and the corrections given.
/// </summary>
public sealed class AttendanceListHandler(TouchstoneDbContext db)
{
    public async Task<(string FileName, byte[] Pdf)?> HandleAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Set<ExamSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
        {
            return null;
        }

        var rows = await (from r in db.Set<SessionRegistration>().AsNoTracking()
                          join c in db.Set<ExamCandidate>().AsNoTracking() on r.CandidateId equals c.Id
                          where r.SessionId == sessionId && r.State != RegistrationState.Cancelled && r.State != RegistrationState.Excluded
                          orderby r.CandidateNumber
                          select new { r.CandidateNumber, c.Name, c.DateOfBirth, r.AccommodationStatus, r.AccommodationExtraMinutes, r.ArrivedAt, r.Entry, r.DataConfirmedAt, r.DataCorrections }).ToListAsync(ct);
        using var sheet = new PdfDocumentWriter($"Presentielijst {session.Code}");
        sheet.Text($"Presentielijst LMP-examen {session.Code}", 16, bold: true)
            .Text($"{session.ExamDate:dd-MM-yyyy}{(session.StartsAt is { } start ? $" aanvang {start:HH:mm}" : string.Empty)}, {session.Place} - theorie {session.TheoryMinutes} min, praktijk {session.PracticalMinutes} min")
            .Text("De kandidaat controleert zijn gegevens en tekent voor akkoord (Examenreglement 7.7). Te laat: de eindtijd schuift niet op (7.1, 7.6).", 8)
            .Space(8)
            .Row([(0, "Kandidaatnr."), (90, "Naam"), (230, "Geboortedatum"), (305, "Extra tijd"), (355, "Aankomst"), (420, "Handtekening")], bold: true)
            .Rule();
        foreach (var row in rows)
        {
            var extra = row.AccommodationStatus == AccommodationStatus.Approved && row.AccommodationExtraMinutes > 0 ? $"+{row.AccommodationExtraMinutes} min" : string.Empty;
            var arrival = row.ArrivedAt is { } at ? $"{at:HH:mm}{Entry(row.Entry)}" : string.Empty;
            var signed = row.DataConfirmedAt is null ? string.Empty : "akkoord";
            sheet.Row([(0, row.CandidateNumber), (90, row.Name), (230, row.DateOfBirth.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)), (305, extra), (355, arrival), (420, signed)]);
            if (row.DataCorrections is not null)
            {
                sheet.Text($"Correctie door kandidaat: {row.DataCorrections}", 8);
            }

            sheet.Rule(420);
        }

        return ($"presentielijst-{session.Code}.pdf", sheet.Build());
    }

    private static string Entry(EntryDecision? entry) => entry switch
    {
        EntryDecision.AdmittedLate => " te laat",
        EntryDecision.RefusedLate => " geweigerd",
        _ => string.Empty,
    };
}
