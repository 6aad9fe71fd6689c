namespace CorpusSdk;

/// <summary>A paragraph of an article's body, as written in the corpus file.</summary>
public sealed class Paragraph
{
    /// <summary>Creates a paragraph. Called by generated code.</summary>
    public Paragraph(int line, string text)
    {
        Line = line;
        Text = text ?? throw new System.ArgumentNullException(nameof(text));
    }

    /// <summary>The 1-based line of the corpus file the paragraph is on.</summary>
    public int Line { get; }

    /// <summary>The paragraph's text as written (trimmed).</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
