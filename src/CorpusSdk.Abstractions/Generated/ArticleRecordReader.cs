using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace CorpusSdk.Generated;

/// <summary>
/// Reads the articles the generator writes as data (see <see cref="ArticleStore"/>): one shard's text, a sequence of
/// records in the format below, decoded into <see cref="Article"/>s. The generator's <c>Emit/ArticleRecordWriter</c>
/// writes the same format; both name <see cref="FormatVersion"/>.
/// </summary>
/// <remarks>
/// <para>The format is text, so that it can be a UTF-8 literal where the consumer has them and a string literal where it
/// has not, and so that a reader of the generated file can follow it. Every token ends where its own syntax says, so corpus
/// text needs no escaping inside a record (only in the C# literal around it):</para>
/// <list type="bullet">
/// <item>a number: optional <c>-</c>, decimal digits, <c>;</c>;</item>
/// <item>a string: its length in UTF-16 code units as a number without the <c>;</c>, then <c>:</c>, then the text
/// (<c>5:hello</c>); <c>~</c> is null; or a slice of the article's file text, <c>=</c>, its offset and its length as
/// numbers (<c>=120;48;</c>), read from the file's resource (<see cref="CorpusFileText"/>);</item>
/// <item>an optional number, date or part: <c>~</c> for none; a part that is present starts with <c>+</c>;</item>
/// <item>a list: its count, then the items; a date: year, then month, day, hour, minute, each optional.</item>
/// </list>
/// <para>A shard is the format version, the count of its articles and the articles. Enumerations are their numeric
/// values. After its file, an article says whether its strings may be slices: <c>~</c> when none is, else <c>+</c>, the
/// length of the file's text and its hash, which the text read from the resource must have.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleRecordReader
{
    /// <summary>The version of the format; a shard written for another version is refused, not misread.</summary>
    public const int FormatVersion = 2;

    private const char None = '~';
    private const char Present = '+';
    private const char NumberEnd = ';';
    private const char LengthEnd = ':';
    private const char Slice = '=';

    private readonly string _text;
    private readonly Func<string, int, uint, string>? _fileText;
    private int _position;

    /// <summary>The text of the article being read, for its slices; null when it has none.</summary>
    private string? _articleText;

    private ArticleRecordReader(string text, Func<string, int, uint, string>? fileText)
    {
        _text = text;
        _fileText = fileText;
    }

    /// <summary>The articles of one shard, in the order they were written.</summary>
    /// <exception cref="FormatException">The text is not a shard of this format version (generated code that does not
    /// match this library's version).</exception>
    /// <param name="text">The shard.</param>
    /// <param name="fileText">The text of a corpus file, given its path, length and hash (<see cref="CorpusFileText.In"/>),
    /// for articles whose strings are slices of it; null when the shard has none.</param>
    public static Article[] ReadShard(string text, Func<string, int, uint, string>? fileText = null)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var reader = new ArticleRecordReader(text, fileText);
        var version = reader.Number();
        if (version != FormatVersion)
        {
            throw new FormatException("The generated corpus data is format " + version.ToString(CultureInfo.InvariantCulture)
                + "; this CorpusSdk.Abstractions reads format " + FormatVersion.ToString(CultureInfo.InvariantCulture)
                + ". Reference the CorpusSdk runtime library and generator of the same version.");
        }
        var articles = new Article[reader.Count()];
        for (var i = 0; i < articles.Length; i++) articles[i] = reader.Article();
        if (reader._position != text.Length) throw reader.Malformed("text after the last article");
        return articles;
    }

    private Article Article()
    {
        var id = String()!;
        var file = String()!;
        _articleText = null;
        if (Has())
        {
            var length = Number();
            var hash = Hash();
            if (_fileText is null) throw Malformed("slices of '" + file + "' with no reader of corpus files");
            _articleText = _fileText(file, length, hash);
        }
        var title = String();
        var titleSource = (TitleSource)Number();
        var titleLine = Number();
        var language = String();
        var outlet = String();
        var author = String();
        var published = Date();
        var publishedSource = OptionalNumber() is int source ? (DateSource?)source : null;
        var section = String();
        var url = String();
        var tags = List(r => r.String()!);
        var captions = List(r => new CorpusLine(r.Number(), r.String()!));
        var subheadings = List(r => new CorpusLine(r.Number(), r.String()!));
        var paragraphs = List(r => new Paragraph(r.Number(), r.String()!));
        var stories = List(r => new Story(r.Number(), r.Number(), r.String()));
        var dropped = List(r => new DroppedLine(r.Number(), r.String()!, r.String()!));
        var quotes = List(r => r.Quote(id, file));
        return new Article(id, file, title, titleSource, titleLine, language, outlet, author, published, publishedSource,
            section, url, tags, captions, subheadings, paragraphs, stories, dropped, quotes);
    }

    /// <summary>A quote; its article and file are the article's own, so they are not written again.</summary>
    private Quote Quote(string articleId, string file)
    {
        var line = Number();
        var column = Number();
        var endLine = Number();
        var kind = (QuoteKind)Number();
        var text = String()!;
        var speaker = Has() ? new Speaker(String()!, String(), String(), (SpeakerKind)Number(), (SpeakerResolution)Number(), String()) : null;
        var channel = Has() ? new QuoteChannel((ChannelKind)Number(), String()) : null;
        var said = Date();
        var saidText = String();
        return new Quote(articleId, file, line, column, endLine, kind, text, speaker, channel, said, saidText);
    }

    private T[] List<T>(Func<ArticleRecordReader, T> item)
    {
        var count = Count();
        if (count == 0) return Array.Empty<T>();
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = item(this);
        return items;
    }

    private CorpusDate? Date()
    {
        if (Skip(None)) return null;
        return new CorpusDate(Number(), OptionalNumber(), OptionalNumber(), OptionalNumber(), OptionalNumber());
    }

    /// <summary>Whether an optional part follows (<c>+</c>) or not (<c>~</c>).</summary>
    private bool Has()
    {
        if (Skip(Present)) return true;
        if (Skip(None)) return false;
        throw Malformed("'+' or '~' expected");
    }

    private int? OptionalNumber() => Skip(None) ? null : Number();

    private int Count()
    {
        var count = Number();
        return count >= 0 && count <= _text.Length - _position ? count : throw Malformed("a count out of range");
    }

    private int Number() => Digits(NumberEnd);

    private string? String()
    {
        if (Skip(None)) return null;
        if (Skip(Slice))
        {
            var start = Number();
            var count = Number();
            if (_articleText is null) throw Malformed("a slice in an article without its file text");
            if (start < 0 || count < 0 || count > _articleText.Length - start) throw Malformed("a slice outside its file's text");
            return _articleText.Substring(start, count);
        }
        var length = Digits(LengthEnd);
        if (length < 0 || length > _text.Length - _position) throw Malformed("a string longer than the data");
        var value = _text.Substring(_position, length);
        _position += length;
        return value;
    }

    /// <summary>An unsigned 32-bit number ended by <c>;</c>: a file text's hash.</summary>
    private uint Hash() => (uint)Digits(NumberEnd, uint.MaxValue);

    private int Digits(char end) => (int)Digits(end, int.MaxValue);

    /// <summary>A decimal number of at most <paramref name="max"/> ended by <paramref name="end"/>; parsed by hand: no culture, no allocation.</summary>
    private long Digits(char end, long max)
    {
        var negative = max == int.MaxValue && Skip('-');
        long value = 0;
        var start = _position;
        while (_position < _text.Length && _text[_position] is >= '0' and <= '9' && _position - start < 10)
        {
            value = value * 10 + (_text[_position++] - '0');
        }
        if (_position == start || !Skip(end) || value > max) throw Malformed("a number expected");
        return negative ? -value : value;
    }

    private bool Skip(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }
        return false;
    }

    private FormatException Malformed(string what) =>
        new("The generated corpus data is malformed at offset " + _position.ToString(CultureInfo.InvariantCulture) + ": " + what + ".");
}
