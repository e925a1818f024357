namespace Touchstone.Domain.Calendar;

/// <summary>
/// The general holidays of the Algemene termijnenwet (art. 3): New Year's Day, Easter Monday,
/// King's Day, Liberation Day (5 May), Ascension Day, Whit Monday, Christmas Day and Boxing Day.
/// Good Friday and Easter/Whit Sunday are not listed (Sundays are non-working anyway).
/// </summary>
public static class DutchPublicHolidays
{
    public static DateOnly EasterSunday(int year)
    {
        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>King's Day: 27 April, or 26 April when the 27th falls on a Sunday.</summary>
    public static DateOnly KingsDay(int year)
    {
        var day = new DateOnly(year, 4, 27);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }

    public static IReadOnlyList<(DateOnly Date, string Name)> For(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            (new DateOnly(year, 1, 1), "Nieuwjaarsdag"),
            (easter.AddDays(1), "Tweede Paasdag"),
            (KingsDay(year), "Koningsdag"),
            (new DateOnly(year, 5, 5), "Bevrijdingsdag"),
            (easter.AddDays(39), "Hemelvaartsdag"),
            (easter.AddDays(50), "Tweede Pinksterdag"),
            (new DateOnly(year, 12, 25), "Eerste Kerstdag"),
            (new DateOnly(year, 12, 26), "Tweede Kerstdag"),
        ];
    }

    public static bool IsHoliday(DateOnly date) => For(date.Year).Any(h => h.Date == date);
}
