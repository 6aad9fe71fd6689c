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
/// synthetic corpus, with the bytes each stage allocates (allocation drives the collector, the third cost in the
/// profile); the sum is set beside a plain run of Extract. The first pass warms the JIT and is not counted.
/// </summary>
public static class StageProfile
{
    public static void Run(int count)
    {
        var articles = BenchCorpus.Articles(count);
        var bytes = BenchCorpus.Bytes(articles);
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var pass = 0; pass < 2; pass++)
        {
            times.Clear();
            allocated.Clear();
            foreach (var article in articles) Profile(article.RelativePath, article.Text, times, allocated);
        }
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        foreach (var article in articles) ArticleExtractor.Extract(article.RelativePath, article.Text);
        var whole = watch.Elapsed;
        paused = GC.GetTotalPauseDuration() - paused;
        for (var g = 0; g < collections.Length; g++) collections[g] = GC.CollectionCount(g) - collections[g];

        var total = times.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Extraction of {count} articles ({bytes / 1e6:F1} MB): ArticleExtractor.Extract {whole.TotalSeconds:F2} s ({bytes / 1e6 / whole.TotalSeconds:F2} MB/s); the same with each stage timed {total.TotalSeconds:F2} s"));
        var totalAllocated = allocated.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Allocated: {totalAllocated / 1e6:F0} MB, {totalAllocated / (double)bytes:F0} bytes per byte of text"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Garbage collections in the plain run: {collections[0]} (gen 1: {collections[1]}, gen 2: {collections[2]}), paused {paused.TotalSeconds:F2} s ({100 * paused.TotalSeconds / whole.TotalSeconds:F0} % of it)"));
        Console.WriteLine("| stage | seconds | share | ms per article | MB allocated | share |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (stage, time) in times.OrderByDescending(t => t.Value))
        {
            var bytesAllocated = allocated[stage];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {stage} | {time.TotalSeconds:F2} | {100 * time.TotalSeconds / total.TotalSeconds:F1}% | {time.TotalMilliseconds / count:F2} | {bytesAllocated / 1e6:F0} | {100.0 * bytesAllocated / totalAllocated:F1}% |"));
        }
    }

    /// <summary>
    /// Extracts one article, adding each stage's time and allocated bytes (on this thread: extraction runs on one) as
    /// <see cref="ArticleExtractor.Extract"/> reports its end.
    /// </summary>
    private static void Profile(string file, string text, Dictionary<string, TimeSpan> times, Dictionary<string, long> allocated)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        ArticleExtractor.Extract(file, text, stageDone: stage =>
        {
            times[stage] = (times.TryGetValue(stage, out var t) ? t : TimeSpan.Zero) + watch.Elapsed;
            var now = GC.GetAllocatedBytesForCurrentThread();
            allocated[stage] = (allocated.TryGetValue(stage, out var a) ? a : 0) + now - before;
            watch.Restart();
            before = GC.GetAllocatedBytesForCurrentThread();
        });
    }
}
