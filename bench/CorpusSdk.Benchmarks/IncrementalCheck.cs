using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CorpusSdk.Generator;
using CorpusSdk.Synthetic;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `check`: what a cold run, a C# edit and a one-article edit run, step by step, with Roslyn's step tracking on (so the
/// times here include its bookkeeping, unlike the benchmarks): the time of each tracked step, how many extraction steps
/// ran, and whether the cross-file Corpus step ran again. This is what explains the edit benchmarks.
/// </summary>
public static class IncrementalCheck
{
    private static readonly string[] Steps =
    {
        TrackingNames.CorpusFiles, TrackingNames.Extraction, TrackingNames.NameShapes, TrackingNames.StatementShapes, TrackingNames.Places,
        TrackingNames.EntityLinks, TrackingNames.FactLinks, TrackingNames.Corpus, TrackingNames.ArticleSources, TrackingNames.ArticleIndex,
        TrackingNames.Entities, TrackingNames.Facts, TrackingNames.FilePaths, TrackingNames.Severities,
    };

    public static List<string> Run(int n)
    {
        var lines = new List<string>();
        var files = BenchCorpus.Files(n);
        var compilation = BenchCorpus.Compilation();
        var watch = Stopwatch.StartNew();
        var driver = BenchCorpus.Driver(files, track: true).RunGenerators(compilation);
        var coldWall = watch.Elapsed;
        var cold = driver.GetRunResult().Results.Single();

        watch.Restart();
        var csharp = driver.RunGenerators(BenchCorpus.EditCode(compilation, 1)).GetRunResult().Results.Single();
        var csharpWall = watch.Elapsed;

        var middle = n / 2;
        var edited = BenchCorpus.File(SyntheticCorpus.Edit(BenchCorpus.Articles(n)[middle]));
        watch.Restart();
        var article = driver.ReplaceAdditionalText(files[middle], edited).RunGenerators(compilation).GetRunResult().Results.Single();
        var articleWall = watch.Elapsed;

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Step times with tracking on, {n} articles (seconds; wall: cold {coldWall.TotalSeconds:F2}, C# edit {csharpWall.TotalSeconds:F3}, one-article edit {articleWall.TotalSeconds:F2}):"));
        lines.Add("| step | cold | C# edit | one-article edit | ran in one-article edit |");
        lines.Add("| --- | ---: | ---: | ---: | --- |");
        foreach (var step in Steps)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {step} | {Seconds(cold, step):F3} | {Seconds(csharp, step):F3} | {Seconds(article, step):F3} | {Ran(article, step)} |"));
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"C# edit: extraction steps run {Count(csharp, TrackingNames.Extraction)} of {n}, Corpus step {Reasons(csharp, TrackingNames.Corpus)}. One-article edit: extraction steps run {Count(article, TrackingNames.Extraction)} of {n}, Corpus step {Reasons(article, TrackingNames.Corpus)}, article sources re-emitted {Count(article, TrackingNames.ArticleSources)}."));
        return lines;
    }

    private static double Seconds(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var steps) ? steps.Sum(s => s.ElapsedTime.TotalSeconds) : 0;

    /// <summary>How many outputs of a step were produced anew (New or Modified).</summary>
    private static int Count(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.Sum(s => s.Outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified))
            : 0;

    private static string Ran(GeneratorRunResult run, string step) =>
        Count(run, step).ToString(CultureInfo.InvariantCulture) + " new/modified, " + Reasons(run, step);

    private static string Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var steps)
            ? string.Join(" ", steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => g.Key + "x" + g.Count().ToString(CultureInfo.InvariantCulture)))
            : "not run";
}
