using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Recognize.Dates;
using CorpusSdk.Generated;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Synthetic;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// The articles are emitted as records in shards and decoded at run time (docs/architecture.md): what a consumer reads
/// must be exactly what the extraction found, field by field, for seed, hostile and synthetic articles spread over
/// several shards; and data that does not match the reader fails with a clear error, never a wrong article.
/// </summary>
public class ArticleDataTests
{
    internal const string Hostile = "Headline \"; System.IO.File.Delete(\"x\"); // </summary> & <b> */ #error \u202Eevil\u202C \u2028 \u200B end\n"
        + "Body with \\ backslash, 12:34; a ~tilde~ +plus, a tab\there, NEL\u0085 and a lone surrogate \uD800 and \u2066isolate\u2069.\n"
        + "\"A quote that ends the record;\" said 5:the speaker.\n";

    [Fact]
    public void Every_article_reads_back_as_extracted_and_each_member_is_the_same_instance_as_in_All()
    {
        var files = Directory.EnumerateFiles(TestPaths.Corpus, "*.txt").Select(path => (File: "seeds/" + Path.GetFileName(path), Text: File.ReadAllText(path)))
            .Concat(SyntheticCorpus.Generate(300).Select(a => (File: a.RelativePath, a.Text)))
            .Append((File: "hostile.txt", Text: Hostile))
            .ToList();
        var (run, output, _) = GeneratorHarness.Run(files.Select(f => (AdditionalText)GeneratorHarness.CorpusFile(f.File, f.Text)));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.True(run.GeneratedTrees.Count(t => t.FilePath.Contains("Articles.__Data", StringComparison.Ordinal)) > 4, "several shards");

        var expected = ArticleLinker.Link(files.Select(f => ArticleExtractor.Extract(f.File, f.Text))).Articles;
        var articles = GeneratedApiTests.Load(output).GetType("Consumer.Corpus.Articles")!;
        var all = (IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(expected.Select(Describe), all.Select(Describe));
        foreach (var (article, index) in all.Select((a, i) => (a, i)))
        {
            Assert.Same(article, articles.GetProperty(article.Id)!.GetValue(null));
        }
    }

    [Fact]
    public void The_writer_stores_each_enumeration_as_the_runtime_value_of_the_same_member()
    {
        var runtime = typeof(Article).Assembly;
        foreach (var (name, members) in ArticleRecordWriter.EnumMembers)
        {
            var type = runtime.GetType("CorpusSdk." + name, throwOnError: true)!;
            Assert.Equal(members, members.Select((_, value) => Enum.GetName(type, value)));
            Assert.Equal(Enum.GetNames(type).Length, members.Length);
        }
        Assert.Equal(ArticleRecordReader.FormatVersion, ArticleRecordWriter.FormatVersion);
    }

    [Fact]
    public void Data_cut_short_or_of_another_version_is_refused_with_a_format_error()
    {
        var model = ArticleLinker.Link(new[] { ArticleExtractor.Extract("hostile.txt", Hostile) }).Articles.Single();
        var shard = ArticleRecordWriter.Header(1) + ArticleRecordWriter.Record(model);
        Assert.Equal("Hostile", Assert.Single(ArticleRecordReader.ReadShard(shard)).Id);

        for (var length = 0; length < shard.Length; length++)
        {
            Assert.Throws<FormatException>(() => ArticleRecordReader.ReadShard(shard.Substring(0, length)));
        }
        Assert.Throws<FormatException>(() => ArticleRecordReader.ReadShard(shard + "1;"));
        var other = Assert.Throws<FormatException>(() => ArticleRecordReader.ReadShard("9" + shard.Substring(1)));
        Assert.Contains("of the same version", other.Message, StringComparison.Ordinal);
    }

    internal static string Describe(LinkedArticle linked)
    {
        var a = linked.Article;
        var published = linked.Published;
        return Join(linked.Id, a.File, a.Title, ArticleEmitter.TitleSourceName(a.TitleSource), a.TitleLine, a.Language, a.Outlet, a.Author,
            Date(published?.Date), published is null ? null : ArticleEmitter.DateSourceName(published.Source), a.Section, a.Url,
            Join(a.Tags.ToArray()),
            Join(a.Captions.Select(c => Join(c.Line, c.Text)).ToArray()),
            Join(a.Subheadings.Select(c => Join(c.Line, c.Text)).ToArray()),
            Join(a.Paragraphs.Select(p => Join(p.Line, p.Text)).ToArray()),
            Join(a.Stories.Select(s => Join(s.FirstLine, s.LastLine, s.Title)).ToArray()),
            Join(a.Dropped.Select(d => Join(d.Line, d.Text, d.Reason)).ToArray()),
            Join(a.Quotes.Select((q, i) => Join(linked.Id, a.File, q.Span.StartLine, q.Span.StartColumn, q.Span.EndLine, QuoteEmitter.KindName(q.Kind), q.Text,
                q.Speaker is { } s ? Join(s.Text, s.Name, s.Role, QuoteEmitter.SpeakerKindName(s.Kind), QuoteEmitter.ResolutionName(s.Resolution), linked.QuoteEntity(i)) : null,
                q.Channel is { } c ? Join(QuoteEmitter.ChannelKindName(c.Kind), c.Name) : null,
                Date(linked.Resolve(q.Date, q.DateRelative)), q.DateText)).ToArray()));
    }

    internal static string Describe(Article a) =>
        Join(a.Id, a.File, a.Title, a.TitleSource.ToString(), a.TitleLine, a.Language, a.Outlet, a.Author,
            Date(a.Published), a.PublishedSource?.ToString(), a.Section, a.Url,
            Join(a.Tags.ToArray()),
            Join(a.Captions.Select(c => Join(c.Line, c.Text)).ToArray()),
            Join(a.Subheadings.Select(c => Join(c.Line, c.Text)).ToArray()),
            Join(a.Paragraphs.Select(p => Join(p.Line, p.Text)).ToArray()),
            Join(a.Stories.Select(s => Join(s.FirstLine, s.LastLine, s.Title)).ToArray()),
            Join(a.Dropped.Select(d => Join(d.Line, d.Text, d.Reason)).ToArray()),
            Join(a.Quotes.Select(q => Join(q.ArticleId, q.File, q.Line, q.Column, q.EndLine, q.Kind.ToString(), q.Text,
                q.Speaker is { } s ? Join(s.Text, s.Name, s.Role, s.Kind.ToString(), s.Resolution.ToString(), s.EntityId) : null,
                q.Channel is { } c ? Join(c.Kind.ToString(), c.Name) : null,
                Date(q.Said), q.SaidText)).ToArray()));

    private static string? Date(PartialDate? d) => d?.Year is null ? null : Join(d.Year, d.Month, d.Day, d.Hour, d.Minute);

    private static string? Date(CorpusDate? d) => d is not { } date ? null : Join(date.Year, date.Month, date.Day, date.Hour, date.Minute);

    /// <summary>Fields in brackets, nulls as ∅: two descriptions are equal only when every field is.</summary>
    private static string Join(params object?[] parts) => "[" + string.Join("|", parts.Select(p => p is null ? "∅" : Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture))) + "]";
}
