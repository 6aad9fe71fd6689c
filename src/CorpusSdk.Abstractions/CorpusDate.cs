using System;
using System.Globalization;
using System.Text;

namespace CorpusSdk;

/// <summary>How much of a date the corpus text gives.</summary>
public enum DatePrecision
{
    /// <summary>A year: "2026".</summary>
    Year,

    /// <summary>A month: "February 2026".</summary>
    Month,

    /// <summary>A day: "9 February 2026".</summary>
    Day,

    /// <summary>A day and a time of day: "9 February 2026, 14:24".</summary>
    Minute,
}

/// <summary>
/// A date at the precision the corpus gives it: a year, a month, a day, or a day and a time. Unlike
/// <see cref="DateTime"/> it does not invent what the text does not say: "February 2026" has no day.
/// </summary>
public readonly struct CorpusDate : IEquatable<CorpusDate>, IComparable<CorpusDate>
{
    /// <summary>Creates a date; pass null for the parts the text does not give (from the right: minute, hour, day, month).</summary>
    public CorpusDate(int year, int? month = null, int? day = null, int? hour = null, int? minute = null)
    {
        if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))) throw new ArgumentOutOfRangeException(nameof(day));
        if (hour is not null && (day is null || hour < 0 || hour > 23)) throw new ArgumentOutOfRangeException(nameof(hour));
        if (minute is < 0 or > 59) throw new ArgumentOutOfRangeException(nameof(minute));
        Year = year;
        Month = month;
        Day = day;
        Hour = hour;
        Minute = hour is null ? null : minute ?? 0;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or null when the text gives only a year.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when the text gives no day.</summary>
    public int? Day { get; }

    /// <summary>The hour (0–23), or null when the text gives no time.</summary>
    public int? Hour { get; }

    /// <summary>The minute, or null when the text gives no time.</summary>
    public int? Minute { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Hour is not null ? DatePrecision.Minute : Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first moment the date covers (its first day, at midnight unless a time is given).</summary>
    public DateTime Start => new(Year, Month ?? 1, Day ?? 1, Hour ?? 0, Minute ?? 0, 0, DateTimeKind.Unspecified);

    /// <summary>The calendar day, when the date gives one.</summary>
    public DateTime? Date => Day is null ? null : new DateTime(Year, Month!.Value, Day.Value, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Reads ISO 8601 at any of the four precisions: 2026, 2026-02, 2026-02-09, 2026-02-09T14:24.</summary>
    public static CorpusDate Parse(string iso)
    {
        if (iso is null) throw new ArgumentNullException(nameof(iso));
        var parts = iso.Split('T');
        var ymd = parts[0].Split('-');
        int? Part(string[] values, int index) => values.Length > index ? int.Parse(values[index], NumberStyles.None, CultureInfo.InvariantCulture) : null;
        var hm = parts.Length > 1 ? parts[1].Split(':') : Array.Empty<string>();
        return new CorpusDate(Part(ymd, 0)!.Value, Part(ymd, 1), Part(ymd, 2), Part(hm, 0), Part(hm, 1));
    }

    /// <summary>ISO 8601 at the date's precision: 2026, 2026-02, 2026-02-09 or 2026-02-09T14:24.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Year.ToString("D4", CultureInfo.InvariantCulture));
        if (Month is int m) builder.Append('-').Append(m.ToString("D2", CultureInfo.InvariantCulture));
        if (Day is int d) builder.Append('-').Append(d.ToString("D2", CultureInfo.InvariantCulture));
        if (Hour is int h) builder.Append('T').Append(h.ToString("D2", CultureInfo.InvariantCulture)).Append(':').Append((Minute ?? 0).ToString("D2", CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(CorpusDate other) => Year == other.Year && Month == other.Month && Day == other.Day && Hour == other.Hour && Minute == other.Minute;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CorpusDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((((Year * 13 + (Month ?? 0)) * 32 + (Day ?? 0)) * 25 + (Hour ?? 24)) * 61) + (Minute ?? 60);

    /// <summary>Orders by the first moment covered, then the coarser date first.</summary>
    public int CompareTo(CorpusDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Equal dates at equal precision.</summary>
    public static bool operator ==(CorpusDate left, CorpusDate right) => left.Equals(right);

    /// <summary>Different dates or precisions.</summary>
    public static bool operator !=(CorpusDate left, CorpusDate right) => !left.Equals(right);
}
