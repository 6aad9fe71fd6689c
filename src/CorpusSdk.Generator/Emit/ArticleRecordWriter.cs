using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Writes articles as the records <c>CorpusSdk.Generated.ArticleRecordReader</c> reads at run time: the format is
/// described there, and both sides name its version. Corpus text goes in as it is (a string carries its length), so the
/// only escaping is the C# literal's, done by <see cref="CSharpText"/> when the shard is written.
/// </summary>
internal sealed class ArticleRecordWriter
{
    /// <summary>The format version; must equal <c>ArticleRecordReader.FormatVersion</c> (a test holds it).</summary>
    public const int FormatVersion = 2;

    /// <summary>
    /// The members of the runtime's enums in the order they are declared, which is their value: a record stores the
    /// value. A test holds these against CorpusSdk.Abstractions.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> EnumMembers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["TitleSource"] = new[] { "None", "Headline", "Lead", "FrontMatter" },
        ["DateSource"] = new[] { "Dateline", "FrontMatter", "Inferred" },
        ["QuoteKind"] = new[] { "Direct", "Indirect", "Partial" },
        ["SpeakerKind"] = new[] { "Person", "Organization", "Source" },
        ["SpeakerResolution"] = new[] { "Written", "Earlier", "Continuation" },
        ["ChannelKind"] = new[] { "Post", "Statement", "Interview", "PressConference", "Speech", "Call" },
    };

    private readonly StringBuilder _text = new();

    /// <summary>Whether this record's strings that are slices of the file's text are written as offset and length.</summary>
    private readonly bool _slices;

    private ArticleRecordWriter(bool slices = false) => _slices = slices;

    /// <summary>What a shard of <paramref name="count"/> articles starts with: the format version and the count.</summary>
    public static string Header(int count) => new ArticleRecordWriter().Number(FormatVersion).Number(count)._text.ToString();

    /// <summary>
    /// One article's record. With <paramref name="textInResources"/>, and a file text the run time can read back the same
    /// (<see cref="ArticleModel.TextLength"/>), the paragraphs, captions, subheadings, dropped lines and quotes that are
    /// slices of the file are written as offset and length, read at run time from the file's resource.
    /// </summary>
    public static string Record(LinkedArticle linked, bool textInResources = false) =>
        new ArticleRecordWriter(textInResources && linked.Article.TextLength >= 0).Article(linked)._text.ToString();

    /// <summary>The fields of <c>Article</c>'s constructor, in its order.</summary>
    private ArticleRecordWriter Article(LinkedArticle linked)
    {
        var article = linked.Article;
        var published = linked.Published;
        String(linked.Id).String(article.File);
        if (_slices) Present().Number(article.TextLength).Hash(article.TextHash);
        else None();
        String(article.Title)
            .Enum("TitleSource", ArticleEmitter.TitleSourceName(article.TitleSource)).Number(article.TitleLine)
            .String(article.Language).String(article.Outlet).String(article.Author)
            .Date(published?.Date);
        if (published is null) None();
        else Enum("DateSource", ArticleEmitter.DateSourceName(published.Source));
        String(article.Section).String(article.Url);
        List(article.Tags, (w, tag) => w.String(tag));
        List(article.Captions, (w, line) => w.Number(line.Line).Text(line.Text, line.Start));
        List(article.Subheadings, (w, line) => w.Number(line.Line).Text(line.Text, line.Start));
        List(article.Paragraphs, (w, paragraph) => w.Number(paragraph.Line).Text(paragraph.Text, paragraph.Start));
        List(article.Stories, (w, story) => w.Number(story.FirstLine).Number(story.LastLine).String(story.Title));
        List(article.Dropped, (w, line) => w.Number(line.Line).Text(line.Text, line.Start).String(line.Reason));
        Number(article.Quotes.Count);
        for (var i = 0; i < article.Quotes.Count; i++) Quote(linked, i);
        return this;
    }

    /// <summary>A quote, without its article id and file: the reader takes them from the article.</summary>
    private void Quote(LinkedArticle linked, int index)
    {
        var quote = linked.Article.Quotes[index];
        Number(quote.Span.StartLine).Number(quote.Span.StartColumn).Number(quote.Span.EndLine)
            .Enum("QuoteKind", QuoteEmitter.KindName(quote.Kind)).Text(quote.Text, quote.TextIsSlice ? quote.Span.Start : -1);
        if (quote.Speaker is { } speaker)
        {
            Present().String(speaker.Text).String(speaker.Name).String(speaker.Role)
                .Enum("SpeakerKind", QuoteEmitter.SpeakerKindName(speaker.Kind))
                .Enum("SpeakerResolution", QuoteEmitter.ResolutionName(speaker.Resolution))
                .String(linked.QuoteEntity(index));
        }
        else None();
        if (quote.Channel is { } channel) Present().Enum("ChannelKind", QuoteEmitter.ChannelKindName(channel.Kind)).String(channel.Name);
        else None();
        Date(linked.Resolve(quote.Date, quote.DateRelative)).String(quote.DateText);
    }

    private void List<T>(IReadOnlyList<T> items, Action<ArticleRecordWriter, T> item)
    {
        Number(items.Count);
        foreach (var value in items) item(this, value);
    }

    /// <summary>A date; the extraction keeps only dates that exist, so the reader's <c>CorpusDate</c> cannot throw.</summary>
    private ArticleRecordWriter Date(PartialDate? date)
    {
        if (date?.Year is not int year) return None();
        return Number(year).Optional(date.Month).Optional(date.Day).Optional(date.Hour).Optional(date.Minute);
    }

    private ArticleRecordWriter Enum(string type, string member) => Number(Array.IndexOf(EnumMembers[type], member));

    private ArticleRecordWriter Optional(int? value) => value is int number ? Number(number) : None();

    private ArticleRecordWriter Number(int value)
    {
        _text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
        return this;
    }

    private ArticleRecordWriter String(string? value)
    {
        if (value is null) return None();
        _text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        return this;
    }

    /// <summary>Text of the file at <paramref name="start"/> (-1: not a slice): a slice when this record writes them, else the string.</summary>
    private ArticleRecordWriter Text(string value, int start)
    {
        if (!_slices || start < 0) return String(value);
        _text.Append('=').Append(start.ToString(CultureInfo.InvariantCulture)).Append(';').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(';');
        return this;
    }

    private ArticleRecordWriter Hash(uint value)
    {
        _text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
        return this;
    }

    private ArticleRecordWriter None()
    {
        _text.Append('~');
        return this;
    }

    private ArticleRecordWriter Present()
    {
        _text.Append('+');
        return this;
    }
}
