using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Synthetic;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `corpus`: what the synthetic corpus of a size is made of, as the extraction sees it (so its realism can be judged:
/// dates, outlets, quotes, mentions, facts and findings per article), optionally written to a folder.
/// </summary>
public static class CorpusStats
{
    public static void Run(int count, string? folder, bool link)
    {
        var unmatched = SyntheticCorpus.UnmatchedTemplates();
        Console.WriteLine(SyntheticCorpus.Describe());
        if (unmatched.Count > 0) Console.WriteLine("seed templates that matched nothing: " + string.Join(", ", unmatched));

        var watch = Stopwatch.StartNew();
        var articles = BenchCorpus.Articles(count);
        var generate = watch.Elapsed;
        var bytes = BenchCorpus.Bytes(articles);
        Console.WriteLine(Invariant($"{count} articles, {bytes / 1e6:F1} MB, {bytes / Math.Max(1, count)} bytes on average (min {articles.Min(a => a.Bytes)}, max {articles.Max(a => a.Bytes)}); generated in {generate.TotalSeconds:F1} s"));
        if (folder is not null)
        {
            var written = SyntheticCorpus.WriteTo(folder, count, BenchCorpus.Seed);
            Console.WriteLine(Invariant($"written to {folder}: {written / 1e6:F1} MB"));
        }

        watch.Restart();
        var models = articles.Select(a => ArticleExtractor.Extract(a.RelativePath, a.Text)).ToList();
        var extract = watch.Elapsed;
        Console.WriteLine(Invariant($"extracted in {extract.TotalSeconds:F2} s ({bytes / 1e6 / extract.TotalSeconds:F2} MB/s)"));
        double Share(Func<ArticleModel, bool> predicate) => 100.0 * models.Count(predicate) / Math.Max(1, models.Count);
        Console.WriteLine(Invariant($"published {Share(m => m.Published is not null):F0}%, outlet {Share(m => m.Outlet is not null):F0}%, author {Share(m => m.Author is not null):F0}%, headline {Share(m => m.TitleSource == "headline"):F0}%, front matter {Share(m => m.TitleSource == "front-matter"):F0}%, english {Share(m => m.Language == "en"):F0}%"));
        Console.WriteLine(Invariant($"per article: paragraphs {models.Average(m => m.Paragraphs.Count):F1}, dates {models.Average(m => m.Dates.Count):F1}, quotes {models.Average(m => m.Quotes.Count):F1}, mentions {models.Average(m => m.Mentions.Count):F1}, facts {models.Average(m => m.Facts.Count):F1}, findings {models.Average(m => m.Diagnostics.Count):F2}"));
        Console.WriteLine("per-file findings: " + Count(models.SelectMany(m => m.Diagnostics)));

        Overlap(articles.Take(400).ToList(), models.Take(400).ToList());
        if (!link) return;
        watch.Restart();
        var corpus = ArticleLinker.LinkSafely(models);
        var linkTime = watch.Elapsed;
        Console.WriteLine(Invariant($"linked in {linkTime.TotalSeconds:F2} s: {corpus.Entities.Count} entities ({Count(corpus.Entities.Select(e => e.Kind))}), {corpus.Facts.Count} facts ({Count(corpus.Facts.Select(f => FactNames.Of(f.Status)))})"));
        Console.WriteLine("cross-file findings: " + Count(corpus.Diagnostics));
    }

    /// <summary>
    /// How much text articles share (CORPUS206's measure: word trigrams over the smaller one's), within a story and
    /// across stories: across stories should stay well under the check's 25%, as in a real corpus.
    /// </summary>
    private static void Overlap(List<SyntheticArticle> articles, List<ArticleModel> models)
    {
        var words = models.Select(m => CorpusSdk.Extraction.Check.TextSimilarity.ContentWords(string.Join(" ", m.Paragraphs.Select(p => p.Text)))).ToList();
        var same = new List<double>();
        var other = new List<double>();
        var english = new List<double>();
        for (var j = 0; j < models.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var shared = CorpusSdk.Extraction.Check.TextSimilarity.TrigramContainment(words[i], words[j]);
                (Story(articles[i]) == Story(articles[j]) ? same : models[i].Language == "en" && models[j].Language == "en" ? english : other).Add(shared);
            }
        }
        string Describe(List<double> values) => values.Count == 0 ? "none" : Invariant($"{values.Count} pairs, mean {values.Average():P0}, over 25%: {values.Count(v => v >= 0.25)} ({100.0 * values.Count(v => v >= 0.25) / values.Count:F1}%)");
        Console.WriteLine("shared trigrams within a story: " + Describe(same) + "; across stories: " + Describe(other) + "; between English articles of different stories: " + Describe(english));
    }

    private static string Story(SyntheticArticle article) => article.RelativePath.Substring(article.RelativePath.IndexOf('/', StringComparison.Ordinal) + 1, 5);

    private static string Count(IEnumerable<DiagnosticInfo> findings) => Count(findings.Select(d => d.Id));

    private static string Count(IEnumerable<string> keys) =>
        string.Join(", ", keys.GroupBy(k => k, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Prints one article of the corpus (to read what the builder writes).</summary>
    public static void Show(int count, int index)
    {
        var article = BenchCorpus.Articles(count)[index];
        Console.WriteLine("== " + article.RelativePath + " (" + article.Bytes.ToString(CultureInfo.InvariantCulture) + " bytes)");
        Console.WriteLine(article.Text);
        var model = ArticleExtractor.Extract(article.RelativePath, article.Text);
        Console.WriteLine("== title (" + model.TitleSource + "): " + model.Title);
        Console.WriteLine("== outlet: " + model.Outlet + "; author: " + model.Author + "; published: " + model.Published?.Date.ToIso() + " (" + model.Published?.Source + "); language: " + model.Language);
        foreach (var quote in model.Quotes) Console.WriteLine("== quote " + quote.Kind + " by " + (quote.Speaker?.Name ?? "?") + " (" + quote.Speaker?.Role + "): " + quote.Text);
        foreach (var date in model.Dates) Console.WriteLine("== date " + date.Text + " = " + date.Value);
        foreach (var fact in model.Facts) Console.WriteLine("== fact " + fact.Kind + " " + fact.Subject + " = " + fact.Value);
        Console.WriteLine("== mentions: " + string.Join(", ", model.Mentions.Select(m => m.Kind[0] + ":" + m.Name)));
        foreach (var finding in model.Diagnostics) Console.WriteLine("== " + finding.Id + " line " + finding.Span.StartLine.ToString(CultureInfo.InvariantCulture) + " " + string.Join(" | ", finding.MessageArguments));
    }
}
