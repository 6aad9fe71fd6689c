using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

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
    /// <summary>
    /// Each paragraph's relative days by the offset of their expression, recognized once per paragraph text: several
    /// stages ask for the same dates, and recognizing the paragraph again for each would make long paragraphs quadratic.
    /// </summary>
    private static readonly ConditionalWeakTable<string, Dictionary<int, RelativeDay?>> Cache = new();

    /// <summary>Two references three days apart: a fixed offset resolves the same against both, a weekday does not.</summary>
    private static readonly DateTime FirstReference = new(2001, 1, 3, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly DateTime SecondReference = new(2001, 1, 6, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The relative day of the date expression at <paramref name="start"/> in <paramref name="text"/>, or null when it has none.</summary>
    public static RelativeDay? Of(string text, int start) =>
        Cache.GetValue(text, All).TryGetValue(start, out var day) ? day : null;

    private static Dictionary<int, RelativeDay?> All(string text)
    {
        var days = new Dictionary<int, RelativeDay?>();
        var second = DateRecognizer.Recognize(text, SecondReference).Where(d => d.RelativeValue?.ToDay() is not null).ToDictionary(d => d.Start, d => d.RelativeValue!.ToDay()!.Value);
        foreach (var date in DateRecognizer.Recognize(text, FirstReference))
        {
            if (date.RelativeValue?.ToDay() is not DateTime first) continue;
            var offset = (int)(first - FirstReference).TotalDays;
            if (second.TryGetValue(date.Start, out var other) && (int)(other - SecondReference).TotalDays == offset) days[date.Start] = new RelativeDay(offset, null);
            else if (date.Weekday is DayOfWeek weekday) days[date.Start] = new RelativeDay(null, weekday, Ahead: first > FirstReference);
        }
        return days;
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
