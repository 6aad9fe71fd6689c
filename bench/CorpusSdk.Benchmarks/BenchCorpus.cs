using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using CorpusSdk.Generator;
using CorpusSdk.Synthetic;
using CorpusSdk.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// What every measurement shares: the synthetic corpus of a size (seed 1, built once per process), the consumer
/// compilation (.NET 8 reference assemblies and CorpusSdk.Abstractions, like the tests' harness) and the driver.
/// </summary>
public static class BenchCorpus
{
    public const int Seed = 1;
    public const string ProjectDir = "/project/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public const string ConsumerCode = "namespace Consumer { public static class Use { public static int Count => Corpus.Articles.All.Count; } }";

    private static readonly ConcurrentDictionary<int, IReadOnlyList<SyntheticArticle>> Corpora = new();

    private static readonly IReadOnlyDictionary<string, string> Globals = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.ProjectDir"] = ProjectDir,
    };

    public static IReadOnlyList<SyntheticArticle> Articles(int count) => Corpora.GetOrAdd(count, n => SyntheticCorpus.Generate(n, Seed));

    public static long Bytes(IEnumerable<SyntheticArticle> articles) => articles.Sum(a => (long)a.Bytes);

    public static AdditionalText File(SyntheticArticle article) => new InMemoryAdditionalText(ProjectDir + "corpus/" + article.RelativePath, article.Text);

    public static ImmutableArray<AdditionalText> Files(int count) => Articles(count).Select(a => (AdditionalText)File(a)).ToImmutableArray();

    public static CSharpCompilation Compilation(string code = ConsumerCode) => CSharpCompilation.Create(
        "Consumer",
        new[] { CSharpSyntaxTree.ParseText(code, ParseOptions, path: "Code0.cs") },
        Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(CorpusSdk.Article).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// A driver as the compiler makes one. Step tracking is off unless asked for (the compiler and the IDE run without it;
    /// it costs time and memory), so the timed runs measure the generator, not the bookkeeping of tests.
    /// </summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, bool track = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new TestOptionsProvider(Globals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>The consumer compilation after a C# edit: the same file with a new class in it.</summary>
    public static CSharpCompilation EditCode(CSharpCompilation compilation, int revision)
    {
        var tree = compilation.SyntaxTrees.First();
        var edited = CSharpSyntaxTree.ParseText(ConsumerCode + "\n// edit " + revision + "\nclass Extra" + revision + " { }", ParseOptions, tree.FilePath);
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    /// <summary>The sizes to measure: CORPUSSDK_BENCH_SIZES (comma-separated), or the given default.</summary>
    public static IEnumerable<int> Sizes(string variable, params int[] defaults)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value)) return defaults;
        return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
    }
}
