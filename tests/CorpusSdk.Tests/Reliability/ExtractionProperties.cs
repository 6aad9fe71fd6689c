using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CorpusSdk.Cli.Export;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Tests.Cli;
using CsCheck;

namespace CorpusSdk.Tests.Reliability;

/// <summary>
/// Property-based tests (CsCheck) of the extraction over random text and over the seed articles mutated with the
/// characters news text and hostile files bring. A failure prints the seed that reproduces it. Iterations are set so
/// that the class runs in well under 30 s.
/// </summary>
public class ExtractionProperties
{
    /// <summary>Arabic letters and marks, both digit sets, quotation marks, punctuation, line breaks, controls, bidi and zero-width characters.</summary>
    private const string Alphabet =
        "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىـًٌٍَُِّْ" + "٠١٢٣٤٥٦٧٨٩0123456789" + "«»\"“”„‹›'" + ".,،؛:؟!-–—()/%٪ #_" +
        "\n\n\r\t  " + "\u0000\u0001\u001F\u007F\u0085\u00A0" + "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029\uFEFF\u061C\uFFFD" +
        "abcSTWdhesaidMonWed";

    private static readonly Gen<char> Chars = Gen.Char[Alphabet];

    private static readonly string[] Seeds = Directory.EnumerateFiles(TestPaths.Corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .Append(HostileFiles.Article("وزراء التحالف يجتمعون في الرياض", "قال الوزير «نعم» يوم الإثنين 9/2/2026 وقتل ٢٠ شخصا."))
        .Append("Flooding closes coastal road\n\nLONDON, Feb 9, 2026 - \"We are working,\" the minister said on Monday.\n")
        .ToArray();

    /// <summary>One edit: 0 inserts, 1 deletes, 2 replaces, at a fraction of the text, with a few characters.</summary>
    private static readonly Gen<(int Op, double At, string Chars)> Edit =
        Gen.Select(Gen.Int[0, 2], Gen.Double[0.0, 1.0], Gen.String[Chars, 1, 12]);

    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Edit.Array[1, 30], (seed, edits) => Apply(Seeds[seed], edits));

    /// <summary>Random text: from the alphabet, or any UTF-16 code unit at all (lone surrogates and noncharacters too).</summary>
    private static readonly Gen<string> Random =
        Gen.Frequency((3, Gen.String[Chars, 0, 600]), (1, Gen.String[Gen.Char, 0, 200]));

    private static string Apply(string text, (int Op, double At, string Chars)[] edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (op, at, chars) in edits)
        {
            var i = (int)(at * builder.Length);
            if (op == 0) builder.Insert(i, chars);
            else if (op == 1) builder.Remove(i, Math.Min(chars.Length, builder.Length - i));
            else builder.Remove(i, Math.Min(chars.Length, builder.Length - i)).Insert(i, chars);
        }
        return builder.ToString();
    }

    [Fact]
    public void The_span_walker_sees_the_spans_of_a_seed_article()
    {
        var article = ArticleExtractor.Extract("seed.txt", Seeds[0]);
        Assert.True(Spans(article).Count() >= article.Quotes.Count + article.Dates.Count);
        Assert.NotEmpty(Spans(article));
    }

    [Fact]
    public void Extraction_of_mutated_articles_never_throws_and_every_span_is_inside_the_text()
    {
        Mutated.Sample(AssertExtracts, iter: 250, threads: 1, print: Show);
    }

    [Fact]
    public void Extraction_of_random_text_never_throws_and_every_span_is_inside_the_text()
    {
        Random.Sample(AssertExtracts, iter: 400, threads: 1, print: Show);
    }

    [Fact]
    public void Linking_mutated_articles_with_the_seeds_never_throws()
    {
        var seeds = Seeds.Select((text, i) => ArticleExtractor.Extract("seed" + i + ".txt", text)).ToList();
        Mutated.Array[1, 3].Sample(texts =>
        {
            var articles = texts.Select((text, i) => ArticleExtractor.Extract("mutated" + i + ".txt", text)).Concat(seeds).ToList();
            var corpus = ArticleLinker.Link(articles);
            Assert.Equal(articles.Count(a => a.IsReadable), corpus.Articles.Count);
        }, iter: 30, threads: 1, print: texts => string.Join("\n=====\n", texts.Select(Show)));
    }

    [Fact]
    public void Cli_export_of_a_mutated_corpus_is_valid_json()
    {
        Gen.Select(Mutated, Random).Sample((mutated, random) =>
        {
            using var corpus = new TempCorpus().WriteText("mutated.txt", mutated).WriteText("random.txt", random).WriteText("seed.txt", Seeds[0]);
            using var stream = new MemoryStream();
            ExportWriter.Write(CorpusFolder.Load(corpus.Folder), stream);
            using var json = JsonDocument.Parse(stream.ToArray());
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("articles").ValueKind);
        }, iter: 25, threads: 1, print: pair => Show(pair.Item1) + "\n=====\n" + Show(pair.Item2));
    }

    private static void AssertExtracts(string text)
    {
        var article = ArticleExtractor.Extract("prop.txt", text);
        var corpusText = new CorpusText(text);
        foreach (var span in Spans(article))
        {
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.Length, 0, text.Length - span.Start);
            // Line and column are those of the offset: the span CorpusText makes for it is the same span.
            Assert.Equal(corpusText.Span(span.Start, span.Length), span);
        }
    }

    /// <summary>Every <see cref="SourceSpan"/> reachable from a model (records, arrays, nested lists).</summary>
    public static IEnumerable<SourceSpan> Spans(object model)
    {
        var stack = new Stack<object>();
        stack.Push(model);
        while (stack.Count > 0)
        {
            var value = stack.Pop();
            if (value is SourceSpan span) { yield return span; continue; }
            var type = value.GetType();
            if (value is string || type.IsPrimitive || type.IsEnum || value is decimal || value is DateTime) continue;
            if (value is IEnumerable items)
            {
                foreach (var item in items) if (item is not null) stack.Push(item);
                continue;
            }
            if (type.Namespace is null || !type.Namespace.StartsWith("CorpusSdk", StringComparison.Ordinal)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
                if (property.GetValue(value) is { } child) stack.Push(child);
            }
        }
    }

    /// <summary>A text as C# escapes, so a failing case can be pasted into a test.</summary>
    private static string Show(string text) =>
        string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
}
