using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Prose;
using CorpusSdk.Synthetic;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// Extraction now beside extraction at an earlier commit, in one run over the same synthetic corpus: the earlier
/// CorpusSdk.Extraction.dll (built by <c>bench/run --baseline COMMIT</c>, its path in CORPUSSDK_BENCH_BASELINE) is loaded
/// into a context of its own, so both run in this process, on the same machine state. Also the name tagger alone, over
/// the corpus's sentences, for its rate in tokens per second (<see cref="Tokens"/> is printed at setup).
/// </summary>
[Config(typeof(BenchConfig))]
public class BaselineBenchmarks
{
    public static IEnumerable<int> Sizes => BenchCorpus.Sizes("CORPUSSDK_BENCH_EXTRACT", 1000);

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    private SyntheticArticle[] _articles = Array.Empty<SyntheticArticle>();
    private Func<string, string, object>? _baseline;
    private List<NameToken[]>[] _sentences = Array.Empty<List<NameToken[]>>();

    /// <summary>The tokens the tagger reads in one pass over the corpus.</summary>
    public long Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Articles(Articles).ToArray();
        var path = Environment.GetEnvironmentVariable("CORPUSSDK_BENCH_BASELINE");
        if (!string.IsNullOrEmpty(path)) _baseline = LoadBaseline(Path.GetFullPath(path));
        // The tagger reads an article's paragraphs as the extraction gives them: here, the text's non-empty lines.
        _sentences = _articles.Select(a => a.Text.Split('\n').Where(l => l.Trim().Length > 0)
            .SelectMany(l => NameSentences.Of(l, ProseTokenizer.Tokenize(l))).ToList()).ToArray();
        Tokens = _sentences.Sum(s => s.Sum(t => (long)t.Length));
        Console.WriteLine($"// name tagger: {Tokens} tokens in {Articles} articles");
    }

    [Benchmark(Baseline = true, Description = "Extract (baseline commit)")]
    public int ExtractBaseline()
    {
        if (_baseline is null) throw new InvalidOperationException("CORPUSSDK_BENCH_BASELINE is not set: run bench/run --baseline COMMIT");
        var count = 0;
        foreach (var article in _articles) count += _baseline(article.RelativePath, article.Text) is null ? 0 : 1;
        return count;
    }

    [Benchmark(Description = "Extract (now)")]
    public int Extract()
    {
        var paragraphs = 0;
        foreach (var article in _articles) paragraphs += ArticleExtractor.Extract(article.RelativePath, article.Text).Paragraphs.Count;
        return paragraphs;
    }

    [Benchmark(Description = "Name tagger alone")]
    public int Tag()
    {
        var names = 0;
        foreach (var article in _sentences) names += NameTagger.Tag(article).Count;
        return names;
    }

    /// <summary>ArticleExtractor.Extract of the dll at <paramref name="path"/>, loaded apart from this process's own copy.</summary>
    private static Func<string, string, object> LoadBaseline(string path)
    {
        var context = new AssemblyLoadContext("baseline-extraction");
        var folder = Path.GetDirectoryName(path)!;
        context.Resolving += (c, name) =>
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(candidate) ? c.LoadFromAssemblyPath(candidate) : null;
        };
        var assembly = context.LoadFromAssemblyPath(path);
        var extract = assembly.GetType("CorpusSdk.Extraction.ArticleExtractor", throwOnError: true)!
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Extract" && m.GetParameters().Length >= 2 && m.GetParameters()[0].ParameterType == typeof(string));
        var parameters = extract.GetParameters();
        return (file, text) =>
        {
            var arguments = new object?[parameters.Length];
            arguments[0] = file;
            arguments[1] = text;
            for (var i = 2; i < parameters.Length; i++) arguments[i] = parameters[i].ParameterType == typeof(CancellationToken) ? CancellationToken.None : null;
            return extract.Invoke(null, arguments)!;
        };
    }
}
