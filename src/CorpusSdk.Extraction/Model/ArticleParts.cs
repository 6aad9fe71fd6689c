namespace CorpusSdk.Extraction.Model;

/// <summary>A line of the file with its text as written, trimmed: a caption, a subheading.</summary>
/// <param name="Start">Where the text starts in the file's text, or -1 when it is not a slice of it (see <see cref="ParagraphModel"/>).</param>
public sealed record LineText(int Line, string Text, int Start = -1);

/// <summary>A line kept out of the body, and why (so users can see what was dropped).</summary>
/// <param name="Reason">One of <see cref="DropReasons"/>.</param>
/// <param name="Start">Where the text starts in the file's text, or -1 when it is not a slice of it (see <see cref="ParagraphModel"/>).</param>
public sealed record DroppedLine(int Line, string Text, string Reason, int Start = -1);

/// <summary>The reasons a line is kept out of the body.</summary>
public static class DropReasons
{
    /// <summary>Site furniture: navigation, app and newsletter promos, "read more", share and copyright lines.</summary>
    public const string Boilerplate = "boilerplate";

    /// <summary>A repeated or truncated copy of the headline.</summary>
    public const string RepeatedHeadline = "repeated headline";

    /// <summary>A short line after the body that is neither the outlet nor a known kind of footer.</summary>
    public const string Footer = "footer";

    /// <summary>A line before the body that is none of the header's parts.</summary>
    public const string Header = "header";
}

/// <summary>One story of a file: most files hold one; scrapers sometimes glue a second one on.</summary>
/// <param name="FirstLine">The first body line of the story.</param>
/// <param name="LastLine">The last body line of the story.</param>
/// <param name="Title">The subheading right before it, when there is one; the article's title for the first story.</param>
public sealed record StoryModel(int FirstLine, int LastLine, string? Title);

/// <summary>When the article was published, at the precision its source gives.</summary>
/// <param name="Date">The date; always a real calendar date with at least a year.</param>
/// <param name="Source">dateline (found in the text), front-matter, or inferred.</param>
/// <param name="Line">The 1-based line it was read from, or 0.</param>
public sealed record PublishedDate(Recognize.Dates.PartialDate Date, string Source, int Line)
{
    /// <summary>ISO 8601 at its precision (<c>2026-02-10T00:00</c>, <c>2026-02-09</c>).</summary>
    public string Value => Date.ToIso();

    /// <summary>year, month, day or minute.</summary>
    public string Precision => Date.Precision.ToString().ToLowerInvariant();
}

/// <summary>A date expression of the body, as the export lists it.</summary>
/// <param name="Text">The expression as written.</param>
/// <param name="Value">ISO at its precision, or null when it cannot be resolved.</param>
/// <param name="Relative">True when it holds a relative part (today, yesterday, on Sunday).</param>
/// <param name="Span">Where it is written.</param>
/// <param name="RelativeDay">For a relative date the article cannot resolve (no publication date), what it says of its day,
/// so the corpus can resolve it against an inferred publication date; else null.</param>
public sealed record DateMention(string Text, string? Value, bool Relative, SourceSpan Span, Recognize.Dates.RelativeDay? RelativeDay)
{
    /// <summary>The 1-based line where the date starts.</summary>
    public int Line => Span.StartLine;

    /// <summary>The 1-based column where the date starts.</summary>
    public int Column => Span.StartColumn;
}
