namespace CorpusSdk;

/// <summary>Where an article's title comes from.</summary>
public enum TitleSource
{
    /// <summary>The file has no title.</summary>
    None,

    /// <summary>The headline, as written.</summary>
    Headline,

    /// <summary>The file has no headline: the title is the lead's first sentence.</summary>
    Lead,

    /// <summary>The file's front matter states it.</summary>
    FrontMatter,
}

/// <summary>Where an article's publication date comes from.</summary>
public enum DateSource
{
    /// <summary>A dateline in the file.</summary>
    Dateline,

    /// <summary>The file's front matter.</summary>
    FrontMatter,

    /// <summary>Inferred from the corpus (what other sources say of the same events).</summary>
    Inferred,
}

/// <summary>A line of a corpus file that is not body text: a caption, a subheading.</summary>
public sealed class CorpusLine
{
    /// <summary>Creates a line. Called by generated code.</summary>
    public CorpusLine(int line, string text)
    {
        Line = line;
        Text = text ?? throw new System.ArgumentNullException(nameof(text));
    }

    /// <summary>The 1-based line in the corpus file.</summary>
    public int Line { get; }

    /// <summary>The text as written, trimmed.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>A line kept out of an article's body, and why.</summary>
public sealed class DroppedLine
{
    /// <summary>Creates a dropped line. Called by generated code.</summary>
    public DroppedLine(int line, string text, string reason)
    {
        Line = line;
        Text = text ?? throw new System.ArgumentNullException(nameof(text));
        Reason = reason ?? throw new System.ArgumentNullException(nameof(reason));
    }

    /// <summary>The 1-based line in the corpus file.</summary>
    public int Line { get; }

    /// <summary>The text as written, trimmed.</summary>
    public string Text { get; }

    /// <summary>Why it is not body text: boilerplate, repeated headline, header or footer.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => Line + " (" + Reason + "): " + Text;
}

/// <summary>One story of a file. Most files hold one; scrapers sometimes glue a second one on.</summary>
public sealed class Story
{
    /// <summary>Creates a story. Called by generated code.</summary>
    public Story(int firstLine, int lastLine, string? title)
    {
        FirstLine = firstLine;
        LastLine = lastLine;
        Title = title;
    }

    /// <summary>The first body line of the story.</summary>
    public int FirstLine { get; }

    /// <summary>The last body line of the story.</summary>
    public int LastLine { get; }

    /// <summary>The story's headline or cross-head, when the file gives one.</summary>
    public string? Title { get; }

    /// <inheritdoc/>
    public override string ToString() => FirstLine + "-" + LastLine + (Title is null ? string.Empty : ": " + Title);
}
