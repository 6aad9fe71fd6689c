using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace CorpusSdk.Benchmarks;

/// <summary>One table of the figures issue 8 asks for, from BenchmarkDotNet's reports.</summary>
public static class SummaryTable
{
    private sealed record Row(string Class, string Method, int Articles, double MeanSeconds, double? AllocatedMb);

    public static List<string> From(IEnumerable<Summary> summaries)
    {
        var rows = summaries.SelectMany(s => s.Reports)
            .Where(r => r.ResultStatistics is not null)
            .Select(r => new Row(
                r.BenchmarkCase.Descriptor.Type.Name,
                r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                Convert.ToInt32(r.BenchmarkCase.Parameters["Articles"], CultureInfo.InvariantCulture),
                r.ResultStatistics!.Mean / 1e9,
                r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) is long bytes ? bytes / 1e6 : null))
            .ToList();

        var lines = new List<string>
        {
            "| figure | articles | MB of text | time | rate / share | allocated per run |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        };
        foreach (var extract in rows.Where(r => r.Method == "Extract").OrderBy(r => r.Articles))
        {
            var mb = BenchCorpus.Bytes(BenchCorpus.Articles(extract.Articles)) / 1e6;
            var floor = rows.FirstOrDefault(r => r.Method == "ReadAndSplit" && r.Articles == extract.Articles);
            lines.Add(Line("extraction (ArticleExtractor.Extract)", extract.Articles, mb, Time(extract.MeanSeconds), F(mb / extract.MeanSeconds) + " MB/s", extract.AllocatedMb));
            if (floor is not null)
            {
                lines.Add(Line("floor (split into lines and words)", floor.Articles, mb, Time(floor.MeanSeconds), F(mb / floor.MeanSeconds, 0) + " MB/s", floor.AllocatedMb));
                lines.Add(Line("extraction / floor", extract.Articles, mb, "", F(extract.MeanSeconds / floor.MeanSeconds, 0) + "x slower", null));
            }
        }
        var colds = rows.Where(r => r.Method == "Cold").OrderBy(r => r.Articles).ToList();
        foreach (var cold in colds)
        {
            var mb = BenchCorpus.Bytes(BenchCorpus.Articles(cold.Articles)) / 1e6;
            lines.Add(Line("generator cold run", cold.Articles, mb, Time(cold.MeanSeconds), F(mb / cold.MeanSeconds) + " MB/s", cold.AllocatedMb));
        }
        if (!colds.Any(c => c.Articles >= 10000))
        {
            lines.Add("| generator cold run | 10000 | 41 | not run | see `bench/run --scale` | |");
        }
        foreach (var edit in rows.Where(r => r.Method is "CSharpEdit" or "OneArticleEdit" or "TypingEdit").OrderBy(r => r.Method, StringComparer.Ordinal).ThenBy(r => r.Articles))
        {
            var mb = BenchCorpus.Bytes(BenchCorpus.Articles(edit.Articles)) / 1e6;
            var cold = colds.FirstOrDefault(c => c.Articles == edit.Articles);
            var share = cold is null ? "no cold run at this size" : F(100 * edit.MeanSeconds / cold.MeanSeconds, 3) + "% of cold";
            var figure = edit.Method switch { "CSharpEdit" => "C# edit", "TypingEdit" => "typing edit (a word mid-text)", _ => "one-article edit" };
            lines.Add(Line(figure, edit.Articles, mb, Time(edit.MeanSeconds), share, edit.AllocatedMb));
        }
        return lines;
    }

    private static string Line(string figure, int articles, double mb, string time, string rate, double? allocated) =>
        "| " + figure + " | " + articles.ToString(CultureInfo.InvariantCulture) + " | " + F(mb, 1) + " | " + time + " | " + rate + " | "
        + (allocated is double a ? F(a, a < 10 ? 2 : 0) + " MB" : "") + " |";

    private static string Time(double seconds) => seconds >= 1 ? F(seconds) + " s" : seconds >= 1e-3 ? F(seconds * 1e3) + " ms" : F(seconds * 1e6) + " µs";

    private static string F(double value, int digits = 2) => value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
