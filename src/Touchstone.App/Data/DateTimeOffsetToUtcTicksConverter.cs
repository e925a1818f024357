using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Touchstone.App.Data;

/// <summary>Stores a DateTimeOffset as UTC ticks (SQLite only); values come back in UTC.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
