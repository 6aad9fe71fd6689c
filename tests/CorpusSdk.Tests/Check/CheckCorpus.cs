using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Check;

/// <summary>
/// Small corpora for the checks, built as the build does: each file extracted on its own, then linked. The file
/// <c>a.txt</c> is the article <c>A</c>, and so on. An article is a headline, a blank line, a dateline, a blank line and
/// its body paragraphs separated by blank lines, so its first body paragraph is on line 5, the next on line 7.
/// </summary>
internal static class CheckCorpus
{
    public static CorpusModel LinkFiles(params (string File, string Text)[] files) =>
        ArticleLinker.Link(files.Select(f => ArticleExtractor.Extract(f.File, f.Text)));

    public static string Article(string headline, string dateline, params string[] body) =>
        headline + "\n\n" + dateline + "\n\n" + string.Join("\n\n", body) + "\n";

    /// <summary>A front matter block of the given lines (its first line is line 2 of the file) before an article.</summary>
    public static string WithFrontMatter(string article, params string[] lines) =>
        "---\n" + string.Join("\n", lines) + "\n---\n" + article;

    /// <summary>Every finding: those of each file and those of the corpus.</summary>
    public static List<DiagnosticInfo> Findings(CorpusModel corpus) =>
        corpus.Articles.SelectMany(a => a.Article.Diagnostics).Concat(corpus.Diagnostics).ToList();

    public static List<DiagnosticInfo> Findings(CorpusModel corpus, string id) =>
        Findings(corpus).Where(d => d.Id == id).ToList();

    /// <summary>The text a span covers in a file of the corpus.</summary>
    public static string Spanned((string File, string Text)[] files, string file, SourceSpan span) =>
        files.Single(f => f.File == file).Text.Substring(span.Start, span.Length);

    /// <summary>The 1-based column where <paramref name="part"/> starts in <paramref name="line"/>.</summary>
    public static int Column(string line, string part)
    {
        var index = line.IndexOf(part, StringComparison.Ordinal);
        if (index < 0) throw new ArgumentException("'" + part + "' is not in the line", nameof(part));
        return index + 1;
    }
}
