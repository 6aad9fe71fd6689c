using System;
using System.Globalization;
using System.Linq;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// Modes (bench/run drives them):
///   bdn [BenchmarkDotNet arguments]   the benchmarks, then one table of the figures
///   corpus N [--out DIR] [--link]     what the synthetic corpus of N articles is made of
///   show N I                          prints article I of the corpus of N
///   profile N                         where extraction spends its time, stage by stage
///   extract N [PASSES]                extraction alone, in a loop: the process bench/run --trace and --alloc trace
///   alloc-report TRACE [TOP]          where extraction allocates, from a gc-verbose trace (bench/run --alloc)
///   scale N1,N2,...                   the generator's cold run split into its stages, memory, and a compile of the output
///   consumer N [RUNS]                 builds a consumer of N articles; first access to every article against extraction at run time
///   build-scale [N,..]                builds a consumer of each size, shared compilation off: build time, the compiler's peak memory, the assembly
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "help";
        var rest = args.Skip(1).ToArray();
        switch (mode)
        {
            case "corpus":
                CorpusStats.Run(Int(rest, 0, 1000), Option(rest, "--out"), rest.Contains("--link"));
                return 0;
            case "show":
                CorpusStats.Show(Int(rest, 0, 100), Int(rest, 1, 0));
                return 0;
            case "bdn":
                return Bdn(rest);
            case "check":
                foreach (var n in Sizes(rest, 0, "1000")) foreach (var line in IncrementalCheck.Run(n)) Console.WriteLine(line);
                return 0;
            case "profile":
                StageProfile.Run(Int(rest, 0, 1000));
                return 0;
            case "extract":
                // Extraction alone, in a loop: the process to trace (bench/run --trace).
                var corpus = BenchCorpus.Articles(Int(rest, 0, 500));
                for (var pass = 0; pass < Int(rest, 1, 4); pass++)
                {
                    foreach (var article in corpus) CorpusSdk.Extraction.ArticleExtractor.Extract(article.RelativePath, article.Text);
                }
                return 0;
            case "alloc-report":
                AllocationReport.Run(rest[0], Int(rest, 1, 25));
                return 0;
            case "consumer":
                ConsumerProbe.Run(Int(rest, 0, 10_000), Int(rest, 1, 5));
                return 0;
            case "build-scale":
                ConsumerProbe.BuildScale(Sizes(rest, 0, "1000,10000,100000"));
                return 0;
            case "scale":
                ScaleProbe.Run(Sizes(rest, 0, "100,250,500,1000"), generator: !rest.Contains("--no-generator"), compile: rest.Contains("--compile"));
                return 0;
            default:
                Console.WriteLine("modes: bdn, corpus, show, check, profile, extract, alloc-report, scale, consumer, build-scale (see Program.cs)");
                return mode == "help" ? 0 : 1;
        }
    }

    /// <summary>Runs the benchmarks (all, or those a --filter names), then prints the one table and the step check.</summary>
    private static int Bdn(string[] args)
    {
        var arguments = args.Contains("--filter") ? args : args.Concat(new[] { "--filter", "*" }).ToArray();
        var summaries = BenchmarkDotNet.Running.BenchmarkSwitcher
            .FromTypes(new[] { typeof(ExtractionBenchmarks), typeof(GeneratorColdBenchmarks), typeof(GeneratorEditBenchmarks), typeof(BaselineBenchmarks) })
            .Run(arguments, new BenchConfig())
            .ToList();
        Console.WriteLine();
        Console.WriteLine("## CorpusSdk benchmarks (" + Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) + " cores, " + System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + ")");
        Console.WriteLine();
        foreach (var line in SummaryTable.From(summaries)) Console.WriteLine(line);
        var editSizes = BenchCorpus.Sizes("CORPUSSDK_BENCH_EDIT", 1000).ToList();
        if (summaries.Any(s => s.Reports.Any(r => r.BenchmarkCase.Descriptor.Type == typeof(GeneratorEditBenchmarks))))
        {
            Console.WriteLine();
            // Roslyn's step tracking records a tree of steps per output: at 10,000 articles that alone takes tens of
            // minutes, so the check after the benchmarks runs at 1,000 at most (bench/run --check N runs any size).
            foreach (var line in IncrementalCheck.Run(Math.Min(editSizes.Max(), MaxCheckAfterBenchmarks))) Console.WriteLine(line);
        }
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }

    /// <summary>The largest corpus the step check after the benchmarks runs on.</summary>
    private const int MaxCheckAfterBenchmarks = 1000;

    private static int Int(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static int[] Sizes(string[] args, int index, string fallback) =>
        (args.Length > index && !args[index].StartsWith("--", StringComparison.Ordinal) ? args[index] : fallback)
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
