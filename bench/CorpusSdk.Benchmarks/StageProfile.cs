using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Check;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Recognize;
using CorpusSdk.Extraction.Recognize.Dates;
using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Facts;
using CorpusSdk.Extraction.Recognize.Prose;
using CorpusSdk.Extraction.Recognize.Quotes;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `profile`: where <see cref="ArticleExtractor.Extract"/> spends its time, stage by stage. It calls the stages' public
/// entry points in the order Extract does (read, front matter, segment, dates, quotes, mentions, facts, paragraph checks,
/// language) over the synthetic corpus and times each; the sum is checked against Extract itself. A second pass over the
/// corpus first, so the times are of jitted code.
/// </summary>
public static class StageProfile
{
    public static void Run(int count)
    {
        var articles = BenchCorpus.Articles(count);
        var bytes = BenchCorpus.Bytes(articles);
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var pass = 0; pass < 2; pass++)
        {
            times.Clear();
            foreach (var article in articles) Profile(article.RelativePath, article.Text, times);
        }
        var watch = Stopwatch.StartNew();
        foreach (var article in articles) ArticleExtractor.Extract(article.RelativePath, article.Text);
        var whole = watch.Elapsed;

        var total = times.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Extraction of {count} articles ({bytes / 1e6:F1} MB): ArticleExtractor.Extract {whole.TotalSeconds:F2} s ({bytes / 1e6 / whole.TotalSeconds:F2} MB/s); the stages called one by one {total.TotalSeconds:F2} s"));
        Console.WriteLine("| stage | seconds | share | ms per article |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (stage, time) in times.OrderByDescending(t => t.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {time.TotalSeconds:F2} | {100 * time.TotalSeconds / total.TotalSeconds:F1}% | {time.TotalMilliseconds / count:F2} |"));
        }
    }

    private static void Profile(string file, string text, Dictionary<string, TimeSpan> times)
    {
        var watch = Stopwatch.StartNew();
        void Lap(string stage)
        {
            times[stage] = (times.TryGetValue(stage, out var t) ? t : TimeSpan.Zero) + watch.Elapsed;
            watch.Restart();
        }

        var corpusText = new CorpusText(text);
        BinaryContent.Find(corpusText.Text);
        Lap("read (lines, binary check)");
        var front = FrontMatter.Read(corpusText, file);
        Lap("front matter");
        var segments = ArticleSegmenter.Segment(corpusText, front.BodyLineIndex);
        Lap("segment (header, body, footer, stories)");
        DateTime? reference = segments.Dateline?.Date.ToDay();
        var datesByParagraph = new List<IReadOnlyList<RecognizedDate>>(segments.Paragraphs.Count);
        foreach (var paragraph in segments.Paragraphs) datesByParagraph.Add(DateRecognizer.Recognize(paragraph.Source.Text, reference));
        Lap("dates (recognize)");
        var checks = 0;
        for (var p = 0; p < segments.Paragraphs.Count; p++)
        {
            foreach (var date in datesByParagraph[p]) checks += DateChecks.Check(date, file, corpusText, segments.Paragraphs[p].Source.Start, reference).Count();
        }
        Lap("dates (checks)");
        var body = segments.Paragraphs.Select(p => new ProseParagraph(p.Number, p.Source.Start, p.Source.Text)).ToList();
        Lap("prose tokens (ProseParagraph)");
        var quotes = QuoteRecognizer.Recognize(body, datesByParagraph, corpusText);
        checks += QuoteRecognizer.Diagnostics(file, quotes).Count();
        Lap("quotes and speakers");
        var mentions = MentionRecognizer.Recognize(body, corpusText, segments.Author is null ? null : (segments.Author, segments.AuthorLine), quotes.Select(q => q.Speaker).OfType<SpeakerModel>());
        Lap("mentions and roles");
        FactRecognizer.Recognize(body, datesByParagraph, mentions, corpusText, reference);
        Lap("facts");
        checks += ParagraphChecks.NearDuplicates(file, segments.Paragraphs, segments.Stories, segments.Headline?.Text, corpusText).Count();
        Lap("paragraph checks (CORPUS104)");
        LanguageDetector.Detect(corpusText.Text);
        Lap("language");
        GC.KeepAlive(checks);
    }
}
