using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Diagnostics;

/// <summary>
/// Findings of one kind in one file are reported up to a cap; the rest become one finding of the same ID, at the first
/// one left out, that says how many more there are. A scraped dump of 4 MB gave 73,868 findings of one kind: a build
/// log, an editor's error list and a report drown in them, and the compiler holds every one. The summary keeps the
/// ID, so a severity set in .editorconfig, or a front matter's <c>suppress</c>, applies to it as to what it stands for.
/// </summary>
public static class FindingCap
{
    /// <summary>
    /// Findings of one ID reported per file. The seeds and the real pages of the repository have at most nine of one
    /// kind in a file; past twenty, the next one tells a reader nothing the first twenty did not.
    /// </summary>
    public const int PerKindPerFile = 20;

    /// <summary>The summary's message: how many more, of which ID, in which file, and the cap.</summary>
    public const string SummaryFormat = "{0} more {1} findings in '{2}' are not listed: at most {3} of one kind are reported per file";

    /// <summary>
    /// The findings in their order, with those of one (file, ID) past <see cref="PerKindPerFile"/> replaced by one
    /// summary at the place of the first left out. Findings that are already summaries count as what they stand for.
    /// </summary>
    public static List<DiagnosticInfo> Apply(IReadOnlyList<DiagnosticInfo> findings)
    {
        var seen = new Dictionary<(string File, string Id), int>();
        var summaryAt = new Dictionary<(string File, string Id), int>();
        var kept = new List<DiagnosticInfo>(Math.Min(findings.Count, 1024));
        foreach (var finding in findings)
        {
            var key = (finding.File, finding.Id);
            seen.TryGetValue(key, out var before);
            var standsFor = Math.Max(1, finding.NotListed);
            seen[key] = before + standsFor;
            if (before + standsFor <= PerKindPerFile && finding.NotListed == 0)
            {
                kept.Add(finding);
                continue;
            }
            if (!summaryAt.ContainsKey(key))
            {
                summaryAt[key] = kept.Count;
                kept.Add(finding);
            }
        }
        foreach (var pair in summaryAt)
        {
            var first = kept[pair.Value];
            var notListed = seen[pair.Key] - Math.Min(seen[pair.Key], PerKindPerFile);
            kept[pair.Value] = Summary(first, notListed);
        }
        return kept;
    }

    public static string FormatSummary(IEnumerable<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, SummaryFormat, arguments.Cast<object>().ToArray());

    private static DiagnosticInfo Summary(DiagnosticInfo first, int notListed) =>
        DiagnosticInfo.Create(first.Id, first.File, first.Span,
            notListed.ToString(CultureInfo.InvariantCulture), first.Id, first.File, PerKindPerFile.ToString(CultureInfo.InvariantCulture))
        with { NotListed = notListed };
}
