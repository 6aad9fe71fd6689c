using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>
/// Builds a scraped page from its lines (line N of the file is the N-th argument, LF line ends) and runs the per-file
/// extraction on it, so each test reads like the page it is about.
/// </summary>
internal static class Page
{
    public const string File = "page.txt";

    public static string Of(params string[] lines) => string.Join("\n", lines) + "\n";

    public static ArticleModel Extract(params string[] lines) => ArticleExtractor.Extract(File, Of(lines));

    /// <summary>The page extracted and linked as a corpus of one: what needs the link stage (CORPUS103, entities, facts).</summary>
    public static CorpusModel Link(params string[] lines) => CorpusSdk.Extraction.Link.ArticleLinker.Link(new[] { Extract(lines) });

    public static IEnumerable<int> ParagraphLines(this ArticleModel article) => article.Paragraphs.Select(p => p.Line);

    /// <summary>The publication date as "value|precision|source|line", or null.</summary>
    public static string? PublishedText(this ArticleModel article) => article.Published is { } p
        ? p.Value + "|" + p.Precision + "|" + p.Source + "|" + p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : null;

    public static IEnumerable<string> DiagnosticIds(this ArticleModel article) => article.Diagnostics.Select(d => d.Id);

    public static DroppedLine? DroppedAt(this ArticleModel article, int line) => article.Dropped.WithoutStarts().SingleOrDefault(d => d.Line == line);

    /// <summary>
    /// The model with every span's UTF-16 offset and length blanked: a CRLF file's offsets differ from the LF file's by
    /// the CRs, while its lines and columns, and everything else, must be the same.
    /// </summary>
    public static ArticleModel WithoutOffsets(this ArticleModel article)
    {
        static SourceSpan Lines(SourceSpan s) => s with { Start = 0, Length = 0 };
        return article with
        {
            Quotes = article.Quotes.Select(q => q with { Span = Lines(q.Span) }).ToEquatableArray(),
            Mentions = article.Mentions.Select(m => m with { Span = Lines(m.Span) }).ToEquatableArray(),
            Diagnostics = article.Diagnostics.Select(d => d with { Span = Lines(d.Span) }).ToEquatableArray(),
            Dates = article.Dates.Select(d => d with { Span = Lines(d.Span) }).ToEquatableArray(),
            Facts = article.Facts.Select(f => f with { Span = Lines(f.Span) }).ToEquatableArray(),
            Paragraphs = article.Paragraphs.WithoutStarts().ToEquatableArray(),
            Captions = article.Captions.WithoutStarts().ToEquatableArray(),
            Subheadings = article.Subheadings.WithoutStarts().ToEquatableArray(),
            Dropped = article.Dropped.WithoutStarts().ToEquatableArray(),
            TextLength = -1,
            TextHash = 0,
        };
    }

    /// <summary>Every line the model puts somewhere: paragraphs, captions, subheadings, dropped lines.</summary>
    public static IEnumerable<int> PlacedLines(this ArticleModel article) =>
        article.Paragraphs.Select(p => p.Line)
            .Concat(article.Captions.Select(c => c.Line))
            .Concat(article.Subheadings.Select(s => s.Line))
            .Concat(article.Dropped.Select(d => d.Line));
}
