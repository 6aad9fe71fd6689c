using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Prose;

/// <summary>A body paragraph as the recognizers of prose read it (quotes, mentions, facts): its line, where its text starts in the file, its tokens.</summary>
public sealed class ProseParagraph
{
    public ProseParagraph(int line, int offset, string text)
    {
        Line = line;
        Offset = offset;
        Text = text;
        Tokens = ProseTokenizer.Tokenize(text);
    }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>Where <see cref="Text"/> starts in the file's text.</summary>
    public int Offset { get; }

    /// <summary>The line as written (untrimmed): token offsets are into it.</summary>
    public string Text { get; }

    public List<ProseToken> Tokens { get; }
}

/// <summary>A place in an article's paragraphs: paragraph index and token index.</summary>

/// <summary>A run of tokens of one paragraph, [From, To).</summary>
public readonly record struct TokenRange(int From, int To)
{
    public bool IsEmpty => To <= From;
}
