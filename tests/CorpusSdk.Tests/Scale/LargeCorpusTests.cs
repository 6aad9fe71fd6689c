using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusSdk.Generator;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Synthetic;
using CorpusSdk.Tests.Cli;
using CorpusSdk.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Scale;

/// <summary>
/// What a large corpus must keep (issue 8, docs/performance.md), held without timing anything: at 1,000 articles a C#
/// edit extracts nothing and links nothing, and a one-article edit extracts that article only; at 10,000 articles
/// (about 41 MB) a consumer project builds, within the assembly's limits (CS8103), and reads every article at run time.
/// The corpus is the seeded synthetic one of bench/CorpusSdk.Synthetic, so every run meets the same articles.
/// </summary>
public class LargeCorpusTests
{
    private const int EditedCorpusSize = 1000;

    private const int BuiltCorpusSize = 10_000;

    [Fact]
    public void At_a_thousand_articles_a_CSharp_edit_reruns_no_corpus_step_and_an_article_edit_extracts_one_article()
    {
        var articles = SyntheticCorpus.Generate(EditedCorpusSize);
        var files = articles.Select(a => (AdditionalText)GeneratorHarness.CorpusFile(a.RelativePath, a.Text)).ToList();
        var compilation = GeneratorHarness.Compilation("namespace Consumer { public static class Use { public static int Count => Corpus.Articles.All.Count; } }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        var cold = driver.GetRunResult().Results.Single();
        Assert.Null(cold.Exception);
        Assert.Equal(EditedCorpusSize, Reasons(cold, TrackingNames.Extraction).Count(r => r == IncrementalStepRunReason.New));

        // A keystroke in C#: every corpus step is cached; nothing is read, extracted or linked again.
        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Typed { }", GeneratorHarness.ParseOptions, path: "Typed.cs"));
        var csharp = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (var step in new[]
        {
            TrackingNames.CorpusFiles, TrackingNames.Extraction, TrackingNames.NameShapes, TrackingNames.StatementShapes, TrackingNames.Places,
            TrackingNames.EntityLinks, TrackingNames.FactLinks, TrackingNames.Corpus, TrackingNames.ArticleSources, TrackingNames.ArticleShards,
            TrackingNames.Entities, TrackingNames.Facts,
        })
        {
            Assert.All(Reasons(csharp, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        // One article edited: that file is read and extracted again, no other; its article source is emitted again.
        var middle = EditedCorpusSize / 2;
        var revised = SyntheticCorpus.Edit(articles[middle]);
        var article = driver.ReplaceAdditionalText(files[middle], GeneratorHarness.CorpusFile(revised.RelativePath, revised.Text))
            .RunGenerators(compilation).GetRunResult().Results.Single();
        var extraction = Reasons(article, TrackingNames.Extraction);
        Assert.Equal(1, extraction.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(EditedCorpusSize - 1, extraction.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(article, TrackingNames.Corpus));
        // The edit adds a sentence with a number and names no one: the facts are gathered again, the entities are not linked again.
        Assert.All(Reasons(article, TrackingNames.EntityLinks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(article, TrackingNames.FactLinks));
        var sources = Reasons(article, TrackingNames.ArticleSources);
        Assert.Contains(IncrementalStepRunReason.Modified, sources);
        // Linking may move another article's mention to a new entity, but the sources of nearly all stay unchanged.
        Assert.True(sources.Count(r => r == IncrementalStepRunReason.Unchanged) >= EditedCorpusSize - 10,
            "unchanged article sources: " + sources.Count(r => r == IncrementalStepRunReason.Unchanged).ToString(CultureInfo.InvariantCulture));
        // The articles' data is re-emitted in the shards of the articles whose sources changed, and in no other shard.
        var shardCount = ArticleShards.Count(EditedCorpusSize);
        var expectedShards = Changed(article, TrackingNames.ArticleSources).Select(o => ArticleShards.Of(((ArticleSource)o).Article.Id, shardCount));
        var emittedShards = Changed(article, TrackingNames.ArticleShards).Select(o => ((ArticleShard)o).Index);
        Assert.Equal(expectedShards.Distinct().OrderBy(i => i), emittedShards.OrderBy(i => i));
        Assert.True(Reasons(article, TrackingNames.ArticleShards).Length == shardCount && shardCount > 8, "one step output per shard, several shards");
    }

    /// <summary>The values a step produced anew in a run (modified or new), not those it kept.</summary>
    private static IEnumerable<object> Changed(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => o.Value);

    [Fact]
    public void A_consumer_of_ten_thousand_articles_builds_and_reads_every_article()
    {
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", ConsumerProject.Program)
            .WriteText("Program.cs", """
                using System;
                using System.Linq;

                var articles = Consumer.Corpus.Articles.All;
                var characters = articles.Sum(a => (a.Title?.Length ?? 0) + a.Paragraphs.Sum(p => p.Text.Length));
                Console.WriteLine("articles " + articles.Count + ", characters " + characters);
                """);
        var megabytes = SyntheticCorpus.WriteTo(Path.Combine(project.Folder, "corpus"), BuiltCorpusSize) / 1e6;
        Assert.True(megabytes > 30, "corpus of " + megabytes.ToString("F1", CultureInfo.InvariantCulture) + " MB");

        // Corpus findings are warnings (thousands of them); only errors are printed.
        var (buildExit, buildOutput) = DotnetCli.Run(project.Folder, TimeSpan.FromMinutes(25),
            new[] { "build", "-nologo", "-v:q", "-clp:ErrorsOnly;NoSummary", "-p:TreatWarningsAsErrors=false" });
        Assert.True(buildExit == 0, "the build failed:\n" + Tail(buildOutput));

        var (runExit, runOutput) = DotnetCli.Run(project.Folder, TimeSpan.FromMinutes(5), new[] { "run", "--no-build" });
        Assert.True(runExit == 0, "the program failed:\n" + Tail(runOutput));
        var printed = System.Text.RegularExpressions.Regex.Match(runOutput, @"articles (\d+), characters (\d+)");
        Assert.True(printed.Success, runOutput);
        Assert.Equal(BuiltCorpusSize, int.Parse(printed.Groups[1].Value, CultureInfo.InvariantCulture));
        // Every article's text is there: Arabic letters are two bytes in UTF-8, so at least a third of the bytes in characters.
        Assert.True(long.Parse(printed.Groups[2].Value, CultureInfo.InvariantCulture) > megabytes * 1e6 / 3, runOutput);
    }

    private static string Tail(string output) => output.Length <= 4000 ? output : output.Substring(output.Length - 4000);

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
            : throw new KeyNotFoundException(step + " not in " + string.Join(",", run.TrackedSteps.Keys));
}
