using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Documents;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>The attendance list for the exam day (Examenreglement 7.7): candidate number, name, date of birth, extra time, signature.</summary>
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
                          select new { r.CandidateNumber, c.Name, c.DateOfBirth, r.AccommodationStatus, r.AccommodationExtraMinutes }).ToListAsync(ct);
        using var sheet = new PdfDocumentWriter($"Presentielijst {session.Code}");
        sheet.Text($"Presentielijst LMP-examen {session.Code}", 16, bold: true)
            .Text($"{session.ExamDate:dd-MM-yyyy}, {session.Place} - theorie {session.TheoryMinutes} min, praktijk {session.PracticalMinutes} min")
            .Space(8)
            .Row([(0, "Kandidaatnr."), (90, "Naam"), (250, "Geboortedatum"), (340, "Extra tijd"), (400, "Handtekening")], bold: true)
            .Rule();
        foreach (var row in rows)
        {
            var extra = row.AccommodationStatus == AccommodationStatus.Approved && row.AccommodationExtraMinutes > 0 ? $"+{row.AccommodationExtraMinutes} min" : string.Empty;
            sheet.Row([(0, row.CandidateNumber), (90, row.Name), (250, row.DateOfBirth.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)), (340, extra), (400, string.Empty)]).Rule(400);
        }

        return ($"presentielijst-{session.Code}.pdf", sheet.Build());
    }
}
