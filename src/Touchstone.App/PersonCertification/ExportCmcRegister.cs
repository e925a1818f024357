using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;

namespace Touchstone.App.PersonCertification;

/// <summary>Writes the whole public CMC register as CSV (number, name, town, status today, valid from, valid until).</summary>
public sealed record ExportCmcRegister(TextWriter Output);

public sealed class ExportCmcRegisterHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<int> HandleAsync(ExportCmcRegister command, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rows = (await db.Set<CmcCertificateRecord>().AsNoTracking().Where(c => c.RegisteredAt != null)
                .OrderBy(c => c.NameKey).ThenBy(c => c.Number).ToListAsync(ct))
            .Select(c => new RegisterCsvRow(c.Number, c.HolderName, c.Town, c.StatusOn(today).ToString().ToLowerInvariant(),
                c.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
        using (var csv = CsvWriter.Create(command.Output, new CsvWriterOptions(), true))
        {
            foreach (var header in new[] { "number", "name", "town", "status", "valid_from", "valid_until" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var r in rows)
            {
                csv.WriteField(r.Number);
                csv.WriteField(r.Name);
                csv.WriteField(r.Town);
                csv.WriteField(r.Status);
                csv.WriteField(r.ValidFrom);
                csv.WriteField(r.ValidUntil);
                csv.EndRecord();
            }

            csv.Flush();
        }

        var count = rows.Count;

        db.RecordEvent("CmcRegister", "export", "Exported", "CMC register exported as CSV", $"{count} entries");
        await db.SaveChangesAsync(ct);
        return count;
    }
}

/// <summary>One line of the register export.</summary>
public sealed record RegisterCsvRow(string Number, string Name, string Town, string Status, string ValidFrom, string ValidUntil);
