using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;

namespace CorpusSdk.Tests.Cli.Report;

/// <summary>Corpora for the report's tests, built from texts in memory in the order given (as a folder's files would be).</summary>
internal static class ReportCorpus
{
    public static LoadedCorpus FromTexts(params (string File, string Text)[] files)
    {
        var articles = files.Select(f => ArticleExtractor.Extract(f.File, f.Text)).ToList();
        var corpus = ArticleLinker.LinkSafely(articles);
        return new LoadedCorpus(corpus, articles.SelectMany(a => a.Diagnostics).Concat(corpus.Diagnostics).ToList());
    }

    /// <summary>The seed corpus, loaded as the CLI loads it.</summary>
    public static LoadedCorpus Seeds() => CorpusFolder.Load(TestPaths.Corpus);

    /// <summary>The HTML of one element that starts with <paramref name="start"/> (a table row, a section), up to its end tag.</summary>
    public static string Element(string html, string start, string endTag)
    {
        var from = html.IndexOf(start, System.StringComparison.Ordinal);
        Assert.True(from >= 0, "no element starting with " + start);
        var to = html.IndexOf(endTag, from, System.StringComparison.Ordinal);
        return html.Substring(from, to - from + endTag.Length);
    }

    /// <summary>The row of the facts matrix whose fact has <paramref name="value"/>.</summary>
    public static string FactRow(string html, string value)
    {
        var rows = html.Split("<tr").Where(r => r.Contains("data-fact=", System.StringComparison.Ordinal));
        return Assert.Single(rows, r => r.Contains("<td class=\"value\"><bdi dir=\"ltr\">" + value + "</bdi>", System.StringComparison.Ordinal));
    }

    public static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, System.StringComparison.Ordinal)) count++;
        return count;
    }
}
