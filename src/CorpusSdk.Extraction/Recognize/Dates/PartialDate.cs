using System;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>How much of a date the text gives.</summary>
public enum DatePrecision
{
    /// <summary>A time of day with no date (<c>T20:40</c>).</summary>
    Time,
    Year,
    Month,
    Day,
    /// <summary>A day and a time of day (<c>2026-02-09T14:24</c>).</summary>
    Minute,
}

/// <summary>
/// A Gregorian date at the precision the text gives: a year, a month, a day, a day and a time, or only a time.
/// Written as ISO 8601 at that precision (<c>2026</c>, <c>2026-02</c>, <c>2026-02-09</c>, <c>2026-02-09T14:24</c>, <c>T14:24</c>).
/// </summary>
public sealed record PartialDate(int? Year, int? Month, int? Day, int? Hour, int? Minute)
{
    public static PartialDate FromDay(int year, int month, int day) => new(year, month, day, null, null);

    public static PartialDate FromDateTime(DateTime value) => new(value.Year, value.Month, value.Day, value.Hour, value.Minute);

    public DatePrecision Precision =>
        Year is null && Month is null && Day is null ? DatePrecision.Time
        : Hour is not null ? DatePrecision.Minute
        : Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>The calendar day, when year, month and day are all known and form a real date.</summary>
    public DateTime? ToDay()
    {
        if (Year is not int y || Month is not int m || Day is not int d) return null;
        if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
    }

    public string ToIso()
    {
        var builder = new StringBuilder();
        if (Year is int y) builder.Append(y.ToString("D4", CultureInfo.InvariantCulture));
        if (Month is int m) builder.Append(builder.Length > 0 ? "-" : "--").Append(m.ToString("D2", CultureInfo.InvariantCulture));
        if (Day is int d) builder.Append('-').Append(d.ToString("D2", CultureInfo.InvariantCulture));
        if (Hour is int h)
        {
            builder.Append('T').Append(h.ToString("D2", CultureInfo.InvariantCulture))
                .Append(':').Append((Minute ?? 0).ToString("D2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    public override string ToString() => ToIso();
}
