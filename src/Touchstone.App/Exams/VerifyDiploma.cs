using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;

namespace Touchstone.App.Exams;

public enum DiplomaCheck
{
    NotFound,
    Valid,
    Revoked,
}

public sealed record VerifyDiploma(string? Number, string? Surname, DateOnly? DateOfBirth);

/// <summary>What the public check tells: the status and, when found, the holder's name and dates. Never a list.</summary>
public sealed record DiplomaVerification(DiplomaCheck Status, string? Number = null, string? Holder = null, DateOnly? ExamDate = null, DateOnly? IssuedOn = null, DateOnly? RevokedOn = null);

/// <summary>
/// The public check (Examenreglement 10.6): a diploma number plus the holder's surname or date of birth. A
/// number without a matching second fact answers "not found", so numbers cannot be harvested.
/// </summary>
public sealed class VerifyDiplomaHandler(TouchstoneDbContext db)
{
    public async Task<DiplomaVerification> HandleAsync(VerifyDiploma query, CancellationToken ct)
    {
        var number = query.Number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number) || (string.IsNullOrWhiteSpace(query.Surname) && query.DateOfBirth is null))
        {
            return new(DiplomaCheck.NotFound);
        }

        var diploma = await db.Set<Diploma>().AsNoTracking().FirstOrDefaultAsync(d => d.Number == number, ct);
        if (diploma is null)
        {
            return new(DiplomaCheck.NotFound);
        }

        var matches = query.DateOfBirth is { } birth
            ? diploma.DateOfBirth == birth
            : SurnameMatches(diploma.HolderName, query.Surname!);
        if (!matches)
        {
            return new(DiplomaCheck.NotFound);
        }

        return new(diploma.RevokedOn is null ? DiplomaCheck.Valid : DiplomaCheck.Revoked, diploma.Number, diploma.HolderName, diploma.ExamDate, diploma.IssuedOn, diploma.RevokedOn);
    }

    // "Sanne de Vries" matches "de Vries", "Vries" and "DE VRIES"; accents are ignored.
    private static bool SurnameMatches(string holder, string surname)
    {
        var h = Words(holder);
        var s = Words(surname);
        return s.Length >= 2 && (h == s || h.EndsWith(" " + s, StringComparison.Ordinal));
    }

    // Accents and case ignored, runs of white space one space; a hyphen stays part of the name ("Smit-de Wit" is not "Wit").
    private static string Words(string text) =>
        string.Join(' ', Touchstone.Domain.Common.TextFolding.Unaccented(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
