using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CorpusSdk.Extraction.Check;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Recognize;
using CorpusSdk.Extraction.Recognize.Dates;
using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Facts;
using CorpusSdk.Extraction.Recognize.Numbers;
using CorpusSdk.Extraction.Recognize.Prose;
using CorpusSdk.Extraction.Recognize.Quotes;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction;

/// <summary>
/// The per-file stages, Read to Recognize, for one corpus file. It depends on the file's path and text only, so the
/// generator can cache its result on them; it never throws on any text.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>The default size limit (CorpusSdkMaxFileSize): far above any article, low enough to keep a stray dump out of the build.</summary>
    public const long DefaultMaxFileSize = 4 * 1024 * 1024;

    /// <param name="relativePath">The path relative to the corpus folder, with <c>/</c> separators.</param>
    /// <param name="text">The decoded text of the file.</param>
    /// <param name="cancellationToken">Checked between paragraphs, so the editor can drop a run on a large file.</param>
    /// <param name="stageDone">Called with a stage's name as each ends, so a profiler (bench/run --profile) times the
    /// stages this method runs rather than a copy of them.</param>
    public static ArticleModel Extract(string relativePath, string text, CancellationToken cancellationToken = default, Action<string>? stageDone = null)
    {
        var corpusText = new CorpusText(text);
        var binaryAt = BinaryContent.Find(corpusText.Text);
        stageDone?.Invoke("read (lines, binary check)");
        if (binaryAt >= 0)
        {
            return Unreadable(relativePath, corpusText.Span(binaryAt, 1), BinaryContent.Describe(corpusText.Text, binaryAt));
        }

        var diagnostics = new List<DiagnosticInfo>();
        var front = FrontMatter.Read(corpusText, relativePath);
        diagnostics.AddRange(front.Problems);
        var segments = ArticleSegmenter.Segment(corpusText, front.BodyLineIndex);
        stageDone?.Invoke("front matter and segment");

        var (title, titleSource, titleLine) = Title(front, segments);
        var published = Published(front, segments);
        var reference = published is null ? (DateTime?)null : PublishedDay(published);

        // The dateline's own weekday can be wrong too ("الأربعاء 10 مارس 2026", a Tuesday).
        if (segments.Dateline is { } datelineFound && published?.Source == "dateline")
        {
            var lineStart = corpusText.Lines[segments.DatelineLine - 1].Start;
            foreach (var date in datelineFound.Dates)
                diagnostics.AddRange(DateChecks.Check(date, relativePath, corpusText, lineStart, reference));
        }

        var dates = new List<DateMention>();
        var datesByParagraph = new List<IReadOnlyList<RecognizedDate>>(segments.Paragraphs.Count);
        // Numbers are recognized once per paragraph: dates read the ones written in words, facts all of them.
        var numbersByParagraph = new List<IReadOnlyList<RecognizedNumber>>(segments.Paragraphs.Count);
        foreach (var paragraph in segments.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var numbers = NumberRecognizer.Recognize(paragraph.Source.Text);
            numbersByParagraph.Add(numbers);
            var recognized = DateRecognizer.Recognize(paragraph.Source.Text, numbers, reference);
            datesByParagraph.Add(recognized);
            foreach (var date in recognized)
            {
                var unresolved = date.IsRelative && date.Value is null;
                dates.Add(new DateMention(date.Text, date.Value?.ToIso(), date.IsRelative, corpusText.Span(paragraph.Source.Start + date.Start, date.Length),
                    unresolved ? date.RelativeDay : null));
                diagnostics.AddRange(DateChecks.Check(date, relativePath, corpusText, paragraph.Source.Start, reference));
            }
        }

        stageDone?.Invoke("numbers and dates (recognize and check)");
        cancellationToken.ThrowIfCancellationRequested();
        var bodyParagraphs = segments.Paragraphs.Select(p => new ProseParagraph(p.Number, p.Source.Start, p.Source.Text)).ToList();
        var quotes = QuoteRecognizer.Recognize(bodyParagraphs, datesByParagraph, corpusText);
        diagnostics.AddRange(QuoteRecognizer.Diagnostics(relativePath, quotes));
        stageDone?.Invoke("quotes and speakers");

        cancellationToken.ThrowIfCancellationRequested();
        var named = segments.Headline is { } headline && titleSource == "headline"
            ? new[] { new ProseParagraph(headline.Number, headline.Source.Start, headline.Source.Text) }.Concat(bodyParagraphs).ToList()
            : bodyParagraphs;
        var author = front.Get("author") ?? segments.Author;
        var authorLine = front.Get("author") is not null ? front.LineOf("author") : segments.AuthorLine;
        var mentions = MentionRecognizer.Recognize(named, corpusText, author is null || authorLine == 0 ? null : (author, authorLine),
            quotes.Select(q => q.Speaker).OfType<SpeakerModel>());
        stageDone?.Invoke("mentions and roles");
        var facts = FactRecognizer.Recognize(bodyParagraphs, datesByParagraph, numbersByParagraph, mentions, corpusText, reference);
        stageDone?.Invoke("facts");

        var paragraphs = segments.Paragraphs.Select(p => new ParagraphModel(p.Number, p.Text, p.Start)).ToList();
        var outlet = front.Get("outlet") ?? segments.Outlet;
        if (paragraphs.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.EmptyFile.Id, relativePath, SourceSpan.FileStart, relativePath));
        }
        else
        {
            if (published is null) diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NoPublicationDate.Id, relativePath, SourceSpan.FileStart, relativePath));
            if (outlet is null) diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NoOutlet.Id, relativePath, SourceSpan.FileStart, relativePath));
        }
        if (segments.Stories.Count > 1)
        {
            var second = segments.Paragraphs.First(p => p.Number == segments.Stories[1].FirstLine);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.SeveralStories.Id, relativePath, corpusText.Span(second.Source),
                relativePath, segments.Stories.Count.ToString(CultureInfo.InvariantCulture)));
        }

        diagnostics.AddRange(ParagraphChecks.NearDuplicates(relativePath, segments.Paragraphs, segments.Stories, title, corpusText));
        stageDone?.Invoke("paragraph checks (CORPUS104)");

        var suppressed = FrontMatter.SuppressedIds(front.Get("suppress"));
        diagnostics.RemoveAll(d => suppressed.Contains(d.Id));
        diagnostics = FindingCap.Apply(diagnostics);
        // A file with neither a headline nor body text (empty, blank, front matter alone) is no article: a member with a
        // null title and nothing in it would only be noise in the API and the report. CORPUS002 says so.
        if (paragraphs.Count == 0 && title is null)
        {
            return ArticleModel.NotAnArticle(relativePath, front.Get("id") ?? IdentifierRules.FromFileName(relativePath), diagnostics.ToEquatableArray());
        }
        var model = new ArticleModel(
            relativePath,
            front.Get("id") ?? IdentifierRules.FromFileName(relativePath),
            IsReadable: true,
            front.Get("language") ?? LanguageDetector.Detect(corpusText.Text),
            title,
            titleSource,
            titleLine,
            outlet,
            author,
            published,
            segments.Section,
            front.Get("url"),
            segments.Tags.ToEquatableArray(),
            segments.Captions.ToEquatableArray(),
            segments.Subheadings.ToEquatableArray(),
            paragraphs.ToEquatableArray(),
            segments.Stories.ToEquatableArray(),
            segments.Dropped.ToEquatableArray(),
            dates.ToEquatableArray(),
            quotes.Select(q => q with { TextIsSlice = IsSlice(corpusText.Text, q.Span.Start, q.Text) }).ToEquatableArray(),
            mentions.ToEquatableArray(),
            facts.ToEquatableArray(),
            diagnostics.ToEquatableArray())
        {
            Suppressed = suppressed.ToEquatableArray(),
            TextTrigrams = new EquatableArray<long>(TextSimilarity.TrigramFingerprint(string.Join(" ", paragraphs.Select(p => p.Text)))),
            StoryNames = Link.StoryGrouper.Names(mentions),
            TextLength = CanBeReadBack(corpusText.Text) ? corpusText.Text.Length : -1,
            TextHash = StableHash.Of(corpusText.Text),
        };
        stageDone?.Invoke("model (language, trigrams)");
        return model;
    }

    /// <summary>
    /// Whether the text read from the file's bytes again gives this text: not when it holds U+FFFD (bytes that were not
    /// valid Unicode, which another decoder may replace otherwise) or a lone surrogate (which has no UTF-8 form).
    /// </summary>
    private static bool CanBeReadBack(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFD') return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="value"/> stands in <paramref name="text"/> at <paramref name="start"/>.</summary>
    private static bool IsSlice(string text, int start, string value) =>
        start >= 0 && start + value.Length <= text.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;

    /// <summary>The model of a file that could not be read as text: no article, one CORPUS001.</summary>
    public static ArticleModel Unreadable(string relativePath, SourceSpan where, string problem) =>
        ArticleModel.NotAnArticle(relativePath, IdentifierRules.FromFileName(relativePath), new EquatableArray<DiagnosticInfo>(new[]
        {
            DiagnosticInfo.Create(DiagnosticCatalog.UnreadableFile.Id, relativePath, where, relativePath, problem),
        }));

    /// <summary>The model of a file over the size limit: no article, one CORPUS006.</summary>
    public static ArticleModel TooLarge(string relativePath, long size, long limit) =>
        ArticleModel.NotAnArticle(relativePath, IdentifierRules.FromFileName(relativePath), new EquatableArray<DiagnosticInfo>(new[]
        {
            DiagnosticInfo.Create(DiagnosticCatalog.FileTooLarge.Id, relativePath, SourceSpan.FileStart, relativePath,
                size.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)),
        }));

    /// <summary>The headline; else the front matter's title; else the lead's first sentence.</summary>
    private static (string? Title, string? Source, int Line) Title(FrontMatter front, Segments segments)
    {
        if (front.Get("title") is { } given) return (given, "front-matter", front.LineOf("title"));
        if (segments.Headline is { } headline) return (headline.Text, "headline", headline.Number);
        if (segments.Paragraphs.Count > 0) return (FirstSentence(segments.Paragraphs[0].Text), "lead", segments.Paragraphs[0].Number);
        return (null, null, 0);
    }

    private static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (".!?؟".IndexOf(text[i]) >= 0 && text[i + 1] == ' ') return text.Substring(0, i + 1);
        }
        return text;
    }

    private static PublishedDate? Published(FrontMatter front, Segments segments)
    {
        if (front.Get("published") is { } given && IsoDate.TryParse(given, out var date))
        {
            return new PublishedDate(date, "front-matter", front.LineOf("published"));
        }
        return segments.Dateline is { } dateline && IsoDate.TryParse(dateline.Date.ToIso(), out _)
            ? new PublishedDate(dateline.Date, "dateline", segments.DatelineLine)
            : null;
    }

    private static DateTime? PublishedDay(PublishedDate published) => published.Date.ToDay();
}
