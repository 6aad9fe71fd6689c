using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CorpusSdk.Extraction;
using CorpusSdk.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// One short job for every benchmark: in-process (no project is generated and built per run), the monitoring strategy
/// (each invocation is one whole operation: these take seconds, not nanoseconds), one warmup and a few iterations, and
/// the memory diagnoser. CORPUSSDK_BENCH_QUICK=1 takes two iterations.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        var quick = Environment.GetEnvironmentVariable("CORPUSSDK_BENCH_QUICK") == "1";
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(quick ? 2 : 3)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId(quick ? "quick" : "short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance);
        AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
        AddExporter(BenchmarkDotNet.Exporters.Csv.CsvExporter.Default);
        ArtifactsPath = System.IO.Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "artifacts");
        Options |= ConfigOptions.JoinSummary;
    }
}

/// <summary>
/// Extraction throughput: <see cref="ArticleExtractor.Extract"/> over the synthetic corpus, beside a floor that only
/// splits the same text into lines and words (the least any extraction must do). The table reports both in MB/s and
/// their ratio.
/// </summary>
[Config(typeof(BenchConfig))]
public class ExtractionBenchmarks
{
    public static IEnumerable<int> Sizes => BenchCorpus.Sizes("CORPUSSDK_BENCH_EXTRACT", 1000);

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    private SyntheticArticle[] _articles = Array.Empty<SyntheticArticle>();

    [GlobalSetup]
    public void Setup() => _articles = BenchCorpus.Articles(Articles).ToArray();

    [Benchmark(Baseline = true, Description = "ReadAndSplit")]
    public long ReadAndSplit()
    {
        long words = 0;
        foreach (var article in _articles)
        {
            foreach (var line in article.Text.Split('\n'))
            {
                words += line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }
        }
        return words;
    }

    [Benchmark(Description = "Extract")]
    public int Extract()
    {
        var paragraphs = 0;
        foreach (var article in _articles)
        {
            paragraphs += ArticleExtractor.Extract(article.RelativePath, article.Text).Paragraphs.Count;
        }
        return paragraphs;
    }
}

/// <summary>The generator's cold run: a new driver over N corpus files and the consumer compilation, as a first build does.</summary>
[Config(typeof(BenchConfig))]
public class GeneratorColdBenchmarks
{
    public static IEnumerable<int> Sizes => BenchCorpus.Sizes("CORPUSSDK_BENCH_COLD", 100, 1000);

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    private ImmutableArray<AdditionalText> _files;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchCorpus.Files(Articles);
        _compilation = BenchCorpus.Compilation();
    }

    [Benchmark(Description = "Cold")]
    public GeneratorDriver Cold() => BenchCorpus.Driver(_files).RunGenerators(_compilation);
}

/// <summary>
/// Edits after a cold run (made once, in the setup): a C# edit (the consumer's file replaced), a one-article edit (one
/// corpus file, in the middle of the corpus, replaced by its text with a sentence added) and a typing edit (the same file
/// with one word typed in the middle of its text). Every invocation starts from the same warm driver, so each measures
/// exactly one edit.
/// </summary>
[Config(typeof(BenchConfig))]
public class GeneratorEditBenchmarks
{
    public static IEnumerable<int> Sizes => BenchCorpus.Sizes("CORPUSSDK_BENCH_EDIT", 1000);

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    private GeneratorDriver _warm = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _file = null!;
    private AdditionalText _editedFile = null!;
    private AdditionalText _typedFile = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchCorpus.Files(Articles);
        _compilation = BenchCorpus.Compilation();
        _warm = BenchCorpus.Driver(files).RunGenerators(_compilation);
        _edited = BenchCorpus.EditCode(_compilation, 1);
        var middle = Articles / 2;
        _file = files[middle];
        _editedFile = BenchCorpus.File(SyntheticCorpus.Edit(BenchCorpus.Articles(Articles)[middle]));
        _typedFile = BenchCorpus.File(SyntheticCorpus.Type(BenchCorpus.Articles(Articles)[middle]));
    }

    [Benchmark(Description = "CSharpEdit")]
    public GeneratorDriver CSharpEdit() => _warm.RunGenerators(_edited);

    [Benchmark(Description = "OneArticleEdit")]
    public GeneratorDriver OneArticleEdit() => _warm.ReplaceAdditionalText(_file, _editedFile).RunGenerators(_compilation);

    [Benchmark(Description = "TypingEdit")]
    public GeneratorDriver TypingEdit() => _warm.ReplaceAdditionalText(_file, _typedFile).RunGenerators(_compilation);
}
