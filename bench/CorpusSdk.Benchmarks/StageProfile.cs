using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `profile`: where <see cref="ArticleExtractor.Extract"/> spends its time, stage by stage, as Extract itself reports each
/// stage's end (read, front matter and segment, dates, quotes, mentions, facts, paragraph checks, the model) over the
/// synthetic corpus; the sum is set beside a plain run of Extract. The first pass warms the JIT and is not counted.
/// </summary>
public static class StageProfile
{
    public static void Run(int count)
    {
        var articles = BenchCorpus.Articles(count);
        var bytes = BenchCorpus.Bytes(articles);
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var pass = 0; pass < 2; pass++)
        {
            times.Clear();
            foreach (var article in articles) Profile(article.RelativePath, article.Text, times);
        }
        var watch = Stopwatch.StartNew();
        foreach (var article in articles) ArticleExtractor.Extract(article.RelativePath, article.Text);
        var whole = watch.Elapsed;

        var total = times.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Extraction of {count} articles ({bytes / 1e6:F1} MB): ArticleExtractor.Extract {whole.TotalSeconds:F2} s ({bytes / 1e6 / whole.TotalSeconds:F2} MB/s); the same with each stage timed {total.TotalSeconds:F2} s"));
        Console.WriteLine("| stage | seconds | share | ms per article |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (stage, time) in times.OrderByDescending(t => t.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {time.TotalSeconds:F2} | {100 * time.TotalSeconds / total.TotalSeconds:F1}% | {time.TotalMilliseconds / count:F2} |"));
        }
    }

    /// <summary>Extracts one article, adding each stage's time as <see cref="ArticleExtractor.Extract"/> reports its end.</summary>
    private static void Profile(string file, string text, Dictionary<string, TimeSpan> times)
    {
        var watch = Stopwatch.StartNew();
        ArticleExtractor.Extract(file, text, stageDone: stage =>
        {
            times[stage] = (times.TryGetValue(stage, out var t) ? t : TimeSpan.Zero) + watch.Elapsed;
            watch.Restart();
        });
    }
}
