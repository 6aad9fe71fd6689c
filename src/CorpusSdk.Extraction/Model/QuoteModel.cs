namespace CorpusSdk.Extraction.Model;

/// <summary>The kinds of quote, as the export names them.</summary>
public static class QuoteKinds
{
    /// <summary>The speaker's own words, in quotation marks or after a colon: <c>قال: «…»</c>, <c>“…,” she said</c>.</summary>
    public const string Direct = "direct";

    /// <summary>Reported speech: a speech verb and what was said, in the reporter's words: <c>أكد أن …</c>, <c>said that …</c>.</summary>
    public const string Indirect = "indirect";

    /// <summary>A few of the speaker's words in marks inside reported speech: <c>وصفته بأنه "حاسم للأمن"</c>.</summary>
    public const string Partial = "partial";
}

/// <summary>What kind of source a speaker is.</summary>
public static class SpeakerKinds
{
    /// <summary>A person, named (أسعد الشيباني, Jean-Noel Barrot) or by title only (الوزير, the mayor).</summary>
    public const string Person = "person";

    /// <summary>A body that speaks as one: a ministry, a government, an army, a coalition, a party.</summary>
    public const string Organization = "organization";

    /// <summary>A document or an unnamed source: a statement, reports, sources, officials, participants.</summary>
    public const string Source = "source";
}

/// <summary>How a quote's speaker was found.</summary>
public static class SpeakerResolutions
{
    /// <summary>Written at the quote in full: a name, a title and name, or a source.</summary>
    public const string Written = "written";

    /// <summary>Written at the quote by surname or title only, and matched to a speaker named earlier in the article.</summary>
    public const string Earlier = "earlier";

    /// <summary>Not written at the quote (<c>وأضاف أن</c>, <c>he added</c>): the previous speaker continues.</summary>
    public const string Continuation = "continuation";
}

/// <summary>Who said a quote.</summary>
/// <param name="Text">The speaker as written at the quote (<c>وزير الخارجية أسعد الشيباني</c>, <c>الشيباني</c>); for a
/// continuation, the previous speaker's text.</param>
/// <param name="Name">The name the article gives the speaker: the full name for a surname (<c>الشيباني</c> →
/// <c>أسعد الشيباني</c>), the source itself for a non-person (<c>البيان</c>); null for a person known by title only.</param>
/// <param name="Role">The title or role given with the name (<c>وزير الخارجية</c>), or null.</param>
/// <param name="Kind">One of <see cref="SpeakerKinds"/>.</param>
/// <param name="Resolution">One of <see cref="SpeakerResolutions"/>.</param>
/// <param name="Span">Where the person's name is written at the quote, or null (a continuation, a source).</param>
public sealed record SpeakerModel(string Text, string? Name, string? Role, string Kind, string Resolution, SourceSpan? Span = null);

/// <summary>The kinds of channel a quote can be said on.</summary>
public static class ChannelKinds
{
    public const string Post = "post";
    public const string Statement = "statement";
    public const string Interview = "interview";
    public const string PressConference = "press conference";
    public const string Speech = "speech";
    public const string Call = "call";
}

/// <summary>Where a quote was said, when the text says.</summary>
/// <param name="Kind">post, statement, interview, press conference, speech.</param>
/// <param name="Name">The platform (<c>X</c>, canonical) or the outlet of an interview as written, or null.</param>
public sealed record QuoteChannel(string Kind, string? Name)
{
    /// <summary>What the export's <c>channel</c> shows: the platform or outlet, else the kind.</summary>
    public string Display => Name ?? Kind;
}

/// <summary>One quote of an article.</summary>
/// <param name="Span">Where the quoted or reported words are in the file (for a quote that runs over a paragraph break,
/// from its first word to its last).</param>
/// <param name="Kind">One of <see cref="QuoteKinds"/>.</param>
/// <param name="Text">The quoted or reported words only, as written; the parts of a quote that runs over paragraphs are
/// joined with a line feed.</param>
/// <param name="Speaker">Who said it, or null when no speaker can be found (CORPUS105).</param>
/// <param name="Channel">Where it was said, or null.</param>
/// <param name="Date">When it was said, from a date written with the attribution, resolved against the article's
/// date; null when the text gives none or it cannot be resolved.</param>
/// <param name="DateText">That date as written, or null.</param>
/// <param name="DateRelative">When the article cannot resolve that date (no publication date), what it says of its day,
/// for the corpus to resolve it against an inferred publication date; else null.</param>
public sealed record QuoteModel(
    SourceSpan Span,
    string Kind,
    string Text,
    SpeakerModel? Speaker,
    QuoteChannel? Channel,
    Recognize.Dates.PartialDate? Date,
    string? DateText,
    Recognize.Dates.RelativeDay? DateRelative = null)
{
    /// <summary>The 1-based line the quote starts on.</summary>
    public int Line => Span.StartLine;

    /// <summary>Whether <see cref="Text"/> is the file's text at <see cref="Span"/> as it stands (not parts joined), so
    /// that generated code can read it from the file's resource.</summary>
    public bool TextIsSlice { get; init; }
}
