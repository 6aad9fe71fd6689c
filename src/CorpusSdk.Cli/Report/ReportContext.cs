using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// What every section of the report needs: the corpus, the page's labels, the articles by id and by file, and the
/// anchors of the article lines the page shows, so that any section can link to where a thing is written.
/// </summary>
public sealed class ReportContext
{
    private readonly Dictionary<string, string> articleIdsByFile;
    private readonly Dictionary<string, SortedDictionary<int, ArticleLine>> linesByArticle;

    public ReportContext(LoadedCorpus corpus)
    {
        Loaded = corpus;
        Diagnostics = corpus.Diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartLine).ThenBy(d => d.Span.StartColumn)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        articleIdsByFile = Corpus.Articles.ToDictionary(a => a.Article.File, a => a.Id, StringComparer.Ordinal);
        linesByArticle = Corpus.Articles.ToDictionary(a => a.Id, a => ArticleLine.Of(a.Article), StringComparer.Ordinal);
        PageLanguage = MostCommonLanguage(Corpus.Articles);
        Labels = ReportLabels.For(PageLanguage);
    }

    public CorpusModel Corpus => Loaded.Corpus;

    /// <summary>The corpus as read, with the severities its .editorconfig files set (<see cref="LoadedCorpus.SeverityOf"/>).</summary>
    public LoadedCorpus Loaded { get; }

    /// <summary>Every finding, in the order of their files and lines, whatever order they were given in.</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

    /// <summary>The language more than half of the articles are written in, or null when none is.</summary>
    public string? PageLanguage { get; }

    public ReportLabels Labels { get; }

    public string? ArticleIdOfFile(string file) => articleIdsByFile.TryGetValue(file, out var id) ? id : null;

    /// <summary>The lines of an article the page shows, by line number.</summary>
    public IReadOnlyDictionary<int, ArticleLine> Lines(string articleId) => linesByArticle[articleId];

    /// <summary>The anchor of an article's line (<c>A002-L5</c>); the article's own when the page does not show that line.</summary>
    public string Anchor(string articleId, int line) =>
        linesByArticle.TryGetValue(articleId, out var lines) && lines.ContainsKey(line)
            ? LineAnchor(articleId, line)
            : articleId;

    public static string LineAnchor(string articleId, int line) => articleId + "-L" + line.ToString(CultureInfo.InvariantCulture);

    /// <summary>A link to an article's line, shown as <c>A002:5</c>.</summary>
    public string LineLink(string articleId, int line) =>
        "<a class=\"at\" href=\"#" + HtmlText.Encode(Anchor(articleId, line)) + "\"><bdi>" + HtmlText.Encode(articleId) + ":" +
        line.ToString(CultureInfo.InvariantCulture) + "</bdi></a>";

    /// <summary>Who published an article, as the report names it: its outlet, or its file when it has none.</summary>
    public static string SourceOf(ArticleModel article) => article.Outlet ?? article.File;

    /// <summary>A link to an article, shown as its id.</summary>
    public static string ArticleLink(string articleId) =>
        "<a class=\"at\" href=\"#" + HtmlText.Encode(articleId) + "\"><bdi>" + HtmlText.Encode(articleId) + "</bdi></a>";

    /// <summary>The direction attribute for text in <paramref name="language"/>: right to left for the scripts that are.</summary>
    public static string Direction(string? language) => language switch
    {
        null => "auto",
        "ar" or "fa" or "ur" or "he" or "yi" or "ps" or "ckb" => "rtl",
        _ => "ltr",
    };

    private static string? MostCommonLanguage(IReadOnlyCollection<LinkedArticle> articles)
    {
        var top = articles.Where(a => a.Article.Language is not null)
            .GroupBy(a => a.Article.Language!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return top is not null && top.Count() * 2 > articles.Count ? top.Key : null;
    }
}
