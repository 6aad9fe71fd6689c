using System;
using System.Collections.Generic;

namespace CorpusSdk;

/// <summary>How a quote gives the speaker's words.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's own words, in quotation marks or after a colon.</summary>
    Direct,

    /// <summary>Reported speech: what was said, in the reporter's words (<c>أكد أن …</c>, <c>said that …</c>).</summary>
    Indirect,

    /// <summary>A few of the speaker's words in quotation marks inside reported speech.</summary>
    Partial,
}

/// <summary>What kind of source a speaker is.</summary>
public enum SpeakerKind
{
    /// <summary>A person, named or known by title only.</summary>
    Person,

    /// <summary>A body that speaks as one: a ministry, a government, an army, a party.</summary>
    Organization,

    /// <summary>A document or an unnamed source: a statement, reports, sources, officials, participants.</summary>
    Source,
}

/// <summary>How a quote's speaker was found.</summary>
public enum SpeakerResolution
{
    /// <summary>Written at the quote in full.</summary>
    Written,

    /// <summary>Written at the quote by surname or title only, and matched to a speaker named earlier in the article.</summary>
    Earlier,

    /// <summary>Not written at the quote (<c>وأضاف أن</c>, <c>he added</c>): the previous speaker goes on.</summary>
    Continuation,
}

/// <summary>Where a quote was said.</summary>
public enum ChannelKind
{
    /// <summary>A post on a social platform (<see cref="QuoteChannel.Name"/> names it: X, Facebook, Telegram).</summary>
    Post,

    /// <summary>A statement.</summary>
    Statement,

    /// <summary>An interview (<see cref="QuoteChannel.Name"/> names the outlet, when the text does).</summary>
    Interview,

    /// <summary>A press conference or briefing.</summary>
    PressConference,

    /// <summary>A speech or remarks.</summary>
    Speech,

    /// <summary>A telephone call.</summary>
    Call,
}

/// <summary>Where a quote was said, as the text gives it.</summary>
public sealed class QuoteChannel
{
    /// <summary>Creates a channel. Called by generated code.</summary>
    public QuoteChannel(ChannelKind kind, string? name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>The kind of occasion.</summary>
    public ChannelKind Kind { get; }

    /// <summary>The platform (<c>X</c>) or the outlet of an interview, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name ?? Kind.ToString();
}

/// <summary>Who said a quote.</summary>
public sealed class Speaker
{
    /// <summary>Creates a speaker. Called by generated code.</summary>
    public Speaker(string text, string? name, string? role, SpeakerKind kind, SpeakerResolution resolution, string? entityId = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Name = name;
        Role = role;
        Kind = kind;
        Resolution = resolution;
        EntityId = entityId;
    }

    /// <summary>
    /// The id of the entity the speaker is (<see cref="Entity.Id"/>; the generated <c>People</c> and
    /// <c>Organizations</c> list them), or <see langword="null"/> for a source that is no entity (a statement, officials).
    /// </summary>
    public string? EntityId { get; }

    /// <summary>The speaker as written at the quote (<c>الشيباني</c>); for a continuation, as the previous quote wrote it.</summary>
    public string Text { get; }

    /// <summary>
    /// The name the article gives the speaker: the full name for a surname, the source itself for a non-person;
    /// <see langword="null"/> for a person known by title only.
    /// </summary>
    public string? Name { get; }

    /// <summary>The title or role given with the name, or <see langword="null"/>.</summary>
    public string? Role { get; }

    /// <summary>A person, an organization or another source.</summary>
    public SpeakerKind Kind { get; }

    /// <summary>How the speaker was found.</summary>
    public SpeakerResolution Resolution { get; }

    /// <inheritdoc/>
    public override string ToString() => Name ?? Text;
}

/// <summary>A quote of an article: what was said, by whom, where and when, and where it is in the corpus file.</summary>
public sealed class Quote
{
    /// <summary>Creates a quote. Called by generated code, with named arguments.</summary>
    public Quote(
        string articleId,
        string file,
        int line,
        int column,
        int endLine,
        QuoteKind kind,
        string text,
        Speaker? speaker,
        QuoteChannel? channel,
        CorpusDate? said,
        string? saidText)
    {
        ArticleId = articleId ?? throw new ArgumentNullException(nameof(articleId));
        File = file ?? throw new ArgumentNullException(nameof(file));
        Line = line;
        Column = column;
        EndLine = endLine;
        Kind = kind;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Speaker = speaker;
        Channel = channel;
        Said = said;
        SaidText = saidText;
    }

    /// <summary>The identifier of the article the quote is in (its member in <c>Articles</c>).</summary>
    public string ArticleId { get; }

    /// <summary>The corpus file, relative to the corpus folder.</summary>
    public string File { get; }

    /// <summary>The 1-based line where the quoted words start.</summary>
    public int Line { get; }

    /// <summary>The 1-based column where the quoted words start.</summary>
    public int Column { get; }

    /// <summary>The 1-based line where the quoted words end (a quote may run over paragraphs).</summary>
    public int EndLine { get; }

    /// <summary>Direct, indirect or partial.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The quoted or reported words only, as written; paragraphs of a long quote are joined with a line feed.</summary>
    public string Text { get; }

    /// <summary>Who said it, or <see langword="null"/> when the text does not say (CORPUS105).</summary>
    public Speaker? Speaker { get; }

    /// <summary>Where it was said, when the text says, or <see langword="null"/>.</summary>
    public QuoteChannel? Channel { get; }

    /// <summary>When it was said, when the attribution gives a date that can be resolved, or <see langword="null"/>.</summary>
    public CorpusDate? Said { get; }

    /// <summary>The date as written with the attribution (<c>يوم أمس الإثنين</c>), or <see langword="null"/>.</summary>
    public string? SaidText { get; }

    /// <summary>Every quote of <paramref name="articles"/>, article by article, each in the order of its file.</summary>
    public static IReadOnlyList<Quote> Of(IEnumerable<Article> articles)
    {
        if (articles is null) throw new ArgumentNullException(nameof(articles));
        var all = new List<Quote>();
        foreach (var article in articles) all.AddRange(article.Quotes);
        return all.AsReadOnly();
    }

    /// <inheritdoc/>
    public override string ToString() => (Speaker is null ? "?" : Speaker.ToString()) + ": " + Text;
}
