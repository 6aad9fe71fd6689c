using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Check;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `scale`: what BenchmarkDotNet cannot show in one number: how each part of a cold run grows with the corpus. For each
/// size: the per-file extraction, the cross-file stage split into its parts (entity linking, fact gathering, the
/// cross-source checks and, inside them, the pairwise text comparison of CORPUS206), a cold generator run, its peak
/// memory, and a compile of the generated code (the #US heap limit, CS8103).
/// </summary>
public static class ScaleProbe
{
    public static void Run(IEnumerable<int> sizes, bool generator, bool compile)
    {
        Console.WriteLine("| articles | MB | extract s | link s | entities s | facts s | checks s | pairwise CORPUS206 s | cold generator s | managed heap after MB | peak working set MB | compile |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var n in sizes)
        {
            var articles = BenchCorpus.Articles(n);
            var mb = BenchCorpus.Bytes(articles) / 1e6;
            var watch = Stopwatch.StartNew();
            var models = articles.Select(a => ArticleExtractor.Extract(a.RelativePath, a.Text)).ToList();
            var extract = watch.Elapsed.TotalSeconds;

            watch.Restart();
            var corpus = ArticleLinker.LinkSafely(models);
            var link = watch.Elapsed.TotalSeconds;

            // The parts, as ArticleLinker runs them (identifiers from paths: the parts do not depend on them).
            var linked = models.Where(m => m.IsReadable).OrderBy(m => m.File, StringComparer.Ordinal).Select(m => new LinkedArticle(IdentifierRules.FromPath(m.File), m)).ToList();
            watch.Restart();
            var entities = EntityLinker.Link(linked);
            var entityTime = watch.Elapsed.TotalSeconds;
            var withEntities = linked.Select((a, i) => a with { MentionEntities = entities.MentionEntities[i].ToEquatableArray(), QuoteEntities = entities.QuoteEntities[i].ToEquatableArray() }).ToList();
            watch.Restart();
            var facts = FactGatherer.Gather(withEntities);
            var factTime = watch.Elapsed.TotalSeconds;
            var dated = withEntities.Select((a, i) => a with { InferredPublished = facts.Inferred[i] }).ToList();
            watch.Restart();
            var findings = CrossSourceChecks.Run(dated, entities.Entities, facts.Facts);
            var checkTime = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var pairs = PairwiseTrigrams(dated);
            var pairTime = watch.Elapsed.TotalSeconds;

            string cold = "-", heap = "-", peak = "-", compiled = "-";
            if (generator)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var files = BenchCorpus.Files(n);
                var compilation = BenchCorpus.Compilation();
                watch.Restart();
                var driver = BenchCorpus.Driver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
                cold = F(watch.Elapsed.TotalSeconds);
                heap = F(GC.GetTotalMemory(forceFullCollection: true) / 1e6, 0);
                peak = F(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, 0);
                if (compile)
                {
                    watch.Restart();
                    using var stream = new MemoryStream();
                    var result = output.Emit(stream);
                    var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                    compiled = (result.Success ? "ok, " + F(stream.Length / 1e6, 1) + " MB dll, #US heap " + F(UserStringHeap(stream) / 1e6, 1) + " MB of 16.8" : "FAILS: " + string.Join("; ", errors.GroupBy(e => e.Id).Select(g => g.Key + " x" + g.Count().ToString(CultureInfo.InvariantCulture) + " (" + g.First().GetMessage(CultureInfo.InvariantCulture) + ")")))
                        + ", " + F(watch.Elapsed.TotalSeconds) + " s";
                }
                GC.KeepAlive(driver);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {mb:F1} | {extract:F2} | {link:F2} | {entityTime:F2} | {factTime:F2} | {checkTime:F2} | {pairTime:F2} ({pairs} pairs) | {cold} | {heap} | {peak} | {compiled} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ({corpus.Entities.Count} entities, {corpus.Facts.Count} facts, {corpus.Diagnostics.Count} cross-file findings: {string.Join(", ", corpus.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture)))}; checks alone {findings.Count})"));
        }
    }

    /// <summary>The work of CORPUS206 alone: every pair of articles, word trigrams compared (as CrossSourceChecks.SharedText does).</summary>
    private static long PairwiseTrigrams(IReadOnlyList<LinkedArticle> articles)
    {
        var words = articles.Select(a => TextSimilarity.ContentWords(string.Join(" ", a.Article.Paragraphs.Select(p => p.Text)))).ToList();
        long pairs = 0;
        for (var j = 0; j < words.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                TextSimilarity.TrigramContainment(words[i], words[j]);
                pairs++;
            }
        }
        return pairs;
    }

    /// <summary>The size of the assembly's user-string heap (string literals, UTF-16), which may not pass 2^24 bytes (CS8103).</summary>
    private static int UserStringHeap(MemoryStream assembly)
    {
        assembly.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(assembly, System.Reflection.PortableExecutable.PEStreamOptions.LeaveOpen);
        return System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(
            System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe), System.Reflection.Metadata.Ecma335.HeapIndex.UserString);
    }

    private static string F(double value, int digits = 2) => value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
