using System;
using System.Linq;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>
/// What a relative date says of its day when nothing dates the article: a fixed number of days from the publication
/// date (أمس −1, اليوم 0, غداً +1, منذ ثلاثة أيام −3), or a weekday (يوم الأحد: the latest Sunday on or before it). Kept
/// so that the corpus can resolve the date once it infers the publication date from other sources.
/// </summary>
/// <param name="Offset">Days from the publication date, or null.</param>
/// <param name="Weekday">The weekday of a weekday-only date, or null.</param>
public sealed record RelativeDay(int? Offset, DayOfWeek? Weekday)
{
    /// <summary>Two references three days apart: a fixed offset resolves the same against both, a weekday does not.</summary>
    private static readonly DateTime FirstReference = new(2001, 1, 3, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly DateTime SecondReference = new(2001, 1, 6, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The relative day of the date expression at <paramref name="start"/> in <paramref name="text"/>, or null when it has none.</summary>
    public static RelativeDay? Of(string text, int start)
    {
        var first = Resolved(text, start, FirstReference);
        if (first is null) return null;
        var offset = (int)(first.Value.Day - FirstReference).TotalDays;
        var second = Resolved(text, start, SecondReference);
        if (second is not null && (int)(second.Value.Day - SecondReference).TotalDays == offset) return new RelativeDay(offset, null);
        return first.Value.Weekday is DayOfWeek weekday ? new RelativeDay(null, weekday) : null;
    }

    /// <summary>The day this relative date names for an article published on <paramref name="published"/>.</summary>
    public DateTime? Resolve(DateTime published)
    {
        if (Offset is int days) return published.AddDays(days);
        if (Weekday is not DayOfWeek weekday) return null;
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return published.AddDays(-back);
    }

    private static (DateTime Day, DayOfWeek? Weekday)? Resolved(string text, int start, DateTime reference)
    {
        var date = DateRecognizer.Recognize(text, reference).FirstOrDefault(d => d.Start == start);
        return date?.RelativeValue?.ToDay() is DateTime day ? (day, date.Weekday) : null;
    }
}
