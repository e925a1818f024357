using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Documents;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// The attendance list for the exam day (Examenreglement 7.7): candidate number, name, date of birth, extra time, signature;
/// once recorded it also shows the arrival (late or refused, 7.1, 7.6), the confirmation of the data and the corrections given,
/// and for every candidate who did not sit the exam to the end the state with its ground: entry refused for being late or at
/// the identity check with the document shown (7.3, 7.6), absent, participation ended or the exam declared invalid with the
/// examiner's reason (7.8), excluded after fraud (7.9).
/// </summary>
public sealed class AttendanceListHandler(TouchstoneDbContext db, IDutchRuleMessages dutch)
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
                          where r.SessionId == sessionId && r.State != RegistrationState.Cancelled
                          orderby r.CandidateNumber
                          select new { Registration = r, c.Name, c.DateOfBirth }).ToListAsync(ct);
        using var sheet = new PdfDocumentWriter($"Presentielijst {session.Code}");
        sheet.Text($"Presentielijst LMP-examen {session.Code}", 16, bold: true)
            .Text($"{session.ExamDate:dd-MM-yyyy}{(session.StartsAt is { } start ? $" aanvang {start:HH:mm}" : string.Empty)}, {session.Place} - theorie {session.TheoryMinutes} min, praktijk {session.PracticalMinutes} min")
            .Text("De kandidaat controleert zijn gegevens en tekent voor akkoord (Examenreglement 7.7). Te laat: de eindtijd schuift niet op (7.1, 7.6).", 8)
            .Space(8)
            .Row([(0, "Kandidaatnr."), (82, "Naam"), (200, "Geboortedatum"), (268, "Extra tijd"), (312, "Aankomst"), (372, "Status"), (440, "Handtekening")], bold: true)
            .Rule();
        foreach (var row in rows)
        {
            var r = row.Registration;
            var extra = r.AccommodationStatus == AccommodationStatus.Approved && r.AccommodationExtraMinutes > 0 ? $"+{r.AccommodationExtraMinutes} min" : string.Empty;
            var arrival = r.ArrivedAt is { } at ? $"{at:HH:mm}{Entry(r.Entry)}" : string.Empty;
            var signed = r.DataConfirmedAt is null ? string.Empty : "akkoord";
            var state = r.State is RegistrationState.Registered ? string.Empty : dutch.Term(r.State);
            sheet.Row([(0, r.CandidateNumber), (82, row.Name), (200, row.DateOfBirth.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)), (268, extra), (312, arrival), (372, state), (440, signed)]);
            if (Ground(r) is { } ground)
            {
                sheet.Text($"Reden: {ground}", 8, indent: 82);
            }

            if (r.DataCorrections is not null)
            {
                sheet.Text($"Correctie door kandidaat: {r.DataCorrections}", 8, indent: 82);
            }

            sheet.Rule(440);
        }

        return ($"presentielijst-{session.Code}.pdf", sheet.Build());
    }

    /// <summary>
    /// Why the candidate did not sit the exam to the end, in Dutch: the reason logged with the move to his state (7.6, 7.3, 7.8, 7.9),
    /// with the identity document shown when entry was refused at the identity check. Null while he is registered, present or done.
    /// </summary>
    private string? Ground(SessionRegistration r)
    {
        if (r.State is RegistrationState.Registered or RegistrationState.Present or RegistrationState.Completed)
        {
            return null;
        }

        var logged = r.Incidents.LastOrDefault(i => i.State == r.State)?.Text;
        var ground = r.State switch
        {
            RegistrationState.Refused when r.Entry == EntryDecision.RefusedLate => logged ?? "toegang geweigerd: te laat (Examenreglement 7.6)",
            RegistrationState.Refused when r.IdentityDocument is { } document => $"{logged ?? "toegang geweigerd bij de legitimatiecontrole (Examenreglement 7.3)"}; getoond: {dutch.Term(document)}",
            RegistrationState.Refused => $"toegang geweigerd{Note(logged)}",
            RegistrationState.Absent => $"niet verschenen{Note(logged)}",
            RegistrationState.Removed => $"deelname beëindigd door de examinator (Examenreglement 7.8){Note(logged)}",
            RegistrationState.Invalidated => $"examen ongeldig verklaard (Examenreglement 7.8, 7.9){Note(logged)}",
            RegistrationState.Excluded => "uitgesloten van deelname aan examens na fraude (Examenreglement 7.9)",
            _ => logged,
        };
        return ground;
    }

    private static string Note(string? logged) => logged is null ? string.Empty : $": {logged}";

    private static string Entry(EntryDecision? entry) => entry switch
    {
        EntryDecision.AdmittedLate => " te laat",
        EntryDecision.RefusedLate => " geweigerd",
        _ => string.Empty,
    };
}
