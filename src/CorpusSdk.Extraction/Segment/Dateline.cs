using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Extraction.Segment;

/// <summary>A dateline: a header line that is mostly a date, and the words around it.</summary>
/// <param name="Date">The date it gives (a day at least).</param>
/// <param name="Before">The words before the date (a section or a place), or empty.</param>
/// <param name="Dates">The date expressions found on the line, for the checks on them (a weekday that does not match).</param>
public sealed record Dateline(PartialDate Date, string Before, IReadOnlyList<RecognizedDate> Dates);

/// <summary>
/// Finds datelines: a line (or the start of one) whose explicit date gives at least a day, with at most three other
/// words beside it ("العالم 12:00 AM - 2026-02-10", "الإثنين 09 فبراير 2026 - 02:24 م", "Monday 9 February 2026").
/// </summary>
public static class DatelineReader
{
    /// <summary>Words allowed beside the date: a section, a place, a label ("نشر في", "Published").</summary>
    private const int MaxOtherWords = 3;

    public static Dateline? Read(ContentLine line)
    {
        if (line.WordCount > 14) return null;
        var text = Unglued(line.Text);
        var dates = DateRecognizer.Recognize(text, null)
            .Where(d => d.ExplicitValue?.Day is not null && d.ExplicitValue.Year is not null)
            .ToList();
        if (dates.Count == 0) return null;

        // The date may come as two expressions (a date and a time): take the span from the first to the last.
        var first = dates.Min(d => d.Start);
        var last = dates.Max(d => d.Start + d.Length);
        var before = Clean(text.Substring(0, first));
        var after = Clean(text.Substring(last));
        var others = Words(before) + Words(after);
        if (others > MaxOtherWords) return null;

        var day = dates.First(d => d.ExplicitValue?.Day is not null).ExplicitValue!;
        var time = dates.Select(d => d.ExplicitValue).FirstOrDefault(v => v?.Hour is not null);
        var value = day.Hour is null && time is not null ? day with { Hour = time.Hour, Minute = time.Minute } : day;
        return new Dateline(value, before, dates);
    }

    /// <summary>
    /// The line with a space where a scraper glued a label to the date ("updatedApril 3, 2025" → "updated April 3,
    /// 2025"): a lower-case Latin letter followed by an upper-case one inside a word. Only the dateline is read from
    /// this text; names such as "McDonald" are never split anywhere else.
    /// </summary>
    private static string Unglued(string text)
    {
        var unglued = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && IsLatinLower(text[i - 1]) && IsLatinUpper(text[i])) unglued.Append(' ');
            unglued.Append(text[i]);
        }
        return unglued.ToString();
    }

    private static bool IsLatinLower(char c) => c >= 'a' && c <= 'z';

    private static bool IsLatinUpper(char c) => c >= 'A' && c <= 'Z';

    private static string Clean(string text) => TextTrim.Trim(text.Trim(' ', '-', '–', '—', '|', ',', '،', ':', '/', '(', ')'));

    private static int Words(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
}
