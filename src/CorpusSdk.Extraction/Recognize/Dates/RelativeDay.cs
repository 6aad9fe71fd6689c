using System;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>
/// What a relative date says of its day when nothing dates the article: a fixed number of days from the publication
/// date (أمس −1, اليوم 0, غداً +1, منذ ثلاثة أيام −3), or a weekday (يوم الأحد: the latest Sunday on or before it). Kept
/// so that the corpus can resolve the date once it infers the publication date from other sources. A weekday said to
/// come (يوم الإثنين المقبل, next Monday) is the first such day after it.
/// </summary>
/// <param name="Offset">Days from the publication date, or null.</param>
/// <param name="Weekday">The weekday of a weekday-only date, or null.</param>
/// <param name="Ahead">The weekday is one to come, not the latest past one.</param>
public sealed record RelativeDay(int? Offset, DayOfWeek? Weekday, bool Ahead = false)
{
    /// <summary>Two references three days apart: a fixed offset resolves the same against both, a weekday does not.</summary>
    private static readonly DateTime FirstReference = new(2001, 1, 3, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly DateTime SecondReference = new(2001, 1, 6, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// The relative day of an expression whose relative part <paramref name="resolve"/> places against a reference, or
    /// null when that part names no day (last week, next month). The resolver asks this of the expression it has just
    /// read, so the text is recognized once, whatever the reference.
    /// </summary>
    /// <param name="resolve">The day the expression's relative part names against a reference, or null.</param>
    /// <param name="weekday">The weekday the expression names, or null.</param>
    internal static RelativeDay? Of(Func<DateTime, DateTime?> resolve, DayOfWeek? weekday)
    {
        if (resolve(FirstReference) is not DateTime first) return null;
        var offset = (int)(first - FirstReference).TotalDays;
        if (resolve(SecondReference) is DateTime second && (int)(second - SecondReference).TotalDays == offset) return new RelativeDay(offset, null);
        return weekday is DayOfWeek day ? new RelativeDay(null, day, Ahead: first > FirstReference) : null;
    }

    /// <summary>The day this relative date names for an article published on <paramref name="published"/>.</summary>
    public DateTime? Resolve(DateTime published)
    {
        if (Offset is int days) return published.AddDays(days);
        if (Weekday is not DayOfWeek weekday) return null;
        if (Ahead)
        {
            var forward = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
            return published.AddDays(forward == 0 ? 7 : forward);
        }
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return published.AddDays(-back);
    }
}
