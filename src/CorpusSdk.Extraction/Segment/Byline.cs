using System;
using System.Linq;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Segment;

/// <summary>A byline: the author's name, and the outlet when the line joins them ("الفداء_ أحمد العلي").</summary>
public sealed record Byline(string Author, string? Outlet);

/// <summary>
/// Reads bylines. Three shapes: a marker and a name ("بقلم أحمد العلي", "By Jane Doe"); an outlet and a name joined by
/// an underscore, dash, bar or slash ("الفداء_ أحمد العلي", "Jane Doe | Reuters"); or a bare name of two to four words
/// in the header (a common given name first, or capitalized English words).
/// </summary>
public static class BylineReader
{
    /// <summary>A byline without a marker has at most this many words; longer lines are headlines or sentences.</summary>
    private const int MaxWords = 10;

    /// <summary>A byline with a marker may list several reporters and the agency ("By A, B and C, The Associated Press").</summary>
    private const int MaxMarkedWords = 16;

    private static readonly char[] Joiners = { '_', '|', '/', '–', '—', '-' };

    public static Byline? Read(ContentLine line, bool bareNameAllowed)
    {
        if (line.WordCount > MaxMarkedWords || line.Text.Any(char.IsDigit)) return null;

        if (SegmentLexicon.StartsWithAny(line.Folded, SegmentLexicon.BylineMarkers))
        {
            var marker = SegmentLexicon.BylineMarkers.First(m => line.Folded.StartsWith(m, StringComparison.Ordinal));
            var rest = Clean(line.Text.Substring(ArabicFolding.OriginalLength(line.Text, marker.Length)));
            // A marker word also opens kickers ("تقرير خاص", "special report"): a byline names someone, in two words or more.
            if (WordCount(rest) < 2) return null;
            // "By Jane Doe, Reuters" / "بقلم أحمد العلي - الفداء": the name comes first.
            var split = SplitJoined(rest);
            if (split is not null && LooksLikeName(split.Value.Left)) return new Byline(split.Value.Left, split.Value.Right);
            // "By A, B and C, The Associated Press": after the last comma stands the outlet, unless it is one more
            // reporter ("By Jane Doe, Tom Okafor").
            var comma = rest.LastIndexOfAny(new[] { ',', '،' });
            if (comma <= 0) return new Byline(rest, null);
            var last = Clean(rest.Substring(comma + 1));
            var before = Clean(rest.Substring(0, comma));
            // "By Jane Doe, Staff Writer": the writer's post, neither a reporter nor an outlet.
            if (SegmentLexicon.BylineRoles.Contains(ArabicFolding.Fold(last))) return new Byline(before, null);
            return AreReporters(last) ? new Byline(rest, null) : new Byline(before, last);
        }
        if (line.WordCount > MaxWords) return null;

        var joined = SplitJoined(line.Text);
        if (joined is not null)
        {
            var (left, right) = joined.Value;
            var leftName = LooksLikeName(left) && !NamesAnOutlet(left);
            var rightName = LooksLikeName(right) && !NamesAnOutlet(right);
            if (rightName && (!leftName || WordCount(left) < WordCount(right))) return new Byline(right, left);
            if (leftName) return new Byline(left, right);
            return null;
        }

        return bareNameAllowed && LooksLikeName(line.Text) ? new Byline(line.Text, null) : null;
    }

    /// <summary>
    /// A person's name: two to four words, no sentence punctuation, and either a common Arabic given name first or
    /// (in Latin script) every word capitalized.
    /// </summary>
    public static bool LooksLikeName(string text)
    {
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > 4) return false;
        if (text.IndexOfAny(new[] { '.', ':', '؟', '?', '!', '«', '"', '“', '#' }) >= 0) return false;
        if (Recognize.Entities.EntityLexicon.GivenNames.Contains(ArabicFolding.Fold(words[0]))) return true;
        return words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c == '\'' || c == '-'));
    }

    /// <summary>
    /// One more reporter or several: names joined by "and", "&amp;" or و ("Tom Okafor and Ali Musa", "and Ali Musa"),
    /// each a name and none an outlet's.
    /// </summary>
    private static bool AreReporters(string text)
    {
        var names = text.Split(new[] { " and ", " & ", " و " }, StringSplitOptions.RemoveEmptyEntries)
            .Select(n => Clean(n.StartsWith("and ", StringComparison.Ordinal) ? n.Substring(4) : n))
            .Where(n => n.Length > 0)
            .ToList();
        return names.Count > 0 && names.All(n => LooksLikeName(n) && !NamesAnOutlet(n));
    }

    private static bool NamesAnOutlet(string text) =>
        text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Any(w => SegmentLexicon.OutletWords.Contains(ArabicFolding.Fold(w)));

    private static (string Left, string Right)? SplitJoined(string text)
    {
        foreach (var joiner in Joiners)
        {
            var at = text.IndexOf(joiner);
            // A hyphen only joins when spaced ("Doe - Reuters"), not inside a name ("Jean-Noel").
            if (joiner == '-' && at > 0 && at < text.Length - 1 && text[at - 1] != ' ' && text[at + 1] != ' ') continue;
            if (at <= 0 || at >= text.Length - 1) continue;
            var left = Clean(text.Substring(0, at));
            var right = Clean(text.Substring(at + 1));
            if (left.Length > 0 && right.Length > 0 && WordCount(left) <= 4 && WordCount(right) <= 4) return (left, right);
        }
        return null;
    }

    private static int WordCount(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Clean(string text) => TextTrim.Trim(text.Trim(' ', ':', '-', '–', '—', '_', '|', '/', ',', '،'));
}
