using System.Collections.Generic;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Prose;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>
/// A token as the name tagger reads it: its text as written, its fold, and where it is in its paragraph. Built the
/// same way from a training file's tokens and from a paragraph's, so the two are read alike.
/// </summary>
internal readonly struct NameToken
{
    public NameToken(string text, int start)
        : this(text, ArabicFolding.Fold(text), start)
    {
    }

    /// <summary>
    /// A token whose fold is known already (a prose token's), so that it is not worked out twice. <paramref name="folded"/>
    /// must be <c>ArabicFolding.Fold(text)</c>: the tagger caches what it reads of a word by its text.
    /// </summary>
    public NameToken(string text, string folded, int start)
    {
        Text = text;
        Folded = folded;
        Start = start;
    }

    public string Text { get; }

    /// <summary>The text folded for matching (<see cref="ArabicFolding"/>): Latin lowercased, Arabic letter forms merged.</summary>
    public string Folded { get; }

    /// <summary>Where the token starts in its paragraph's text (0 for a training token).</summary>
    public int Start { get; }

    public int End => Start + Text.Length;
}

/// <summary>Cuts a paragraph's prose tokens into the tagger's sentences.</summary>
internal static class NameSentences
{
    /// <summary>
    /// The sentences of a paragraph as tagger tokens. A sentence ends after . ! ? (outside a word: U.S. and Dr. keep
    /// their stop). The possessive 's and ’s become tokens of their own, as the training text writes them
    /// (Clinton 's), so that the name before them is read as a name.
    /// </summary>
    public static List<NameToken[]> Of(string text, List<ProseToken> tokens)
    {
        var sentences = new List<NameToken[]>();
        var current = new List<NameToken>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var written = token.Text;
            // Lord 's: an apostrophe and the s after it, written apart, are the possessive.
            if (token.Text is "'" or "’" && t + 1 < tokens.Count && tokens[t + 1].Text == "s" && tokens[t + 1].Start == token.End)
            {
                current.Add(new NameToken(token.Text + "s", token.Start));
                t++;
                continue;
            }
            if (token.IsWord && written.Length > 2 && (written.EndsWith("'s", System.StringComparison.Ordinal) || written.EndsWith("’s", System.StringComparison.Ordinal)))
            {
                current.Add(new NameToken(written.Substring(0, written.Length - 2), token.Start));
                current.Add(new NameToken(written.Substring(written.Length - 2), token.Start + written.Length - 2));
            }
            else
            {
                // The prose token's fold is of the word without a kept full stop or apostrophe (Dr. is folded dr), and
                // the tagger reads the word as training wrote it (dr.): such a token is folded again.
                current.Add(token.IsWord && written.Length > 0 && written[written.Length - 1] is not ('.' or '\'' or '’')
                    ? new NameToken(written, token.Folded, token.Start)
                    : new NameToken(written, token.Start));
            }
            if (token.Kind == ProseTokenKind.SentenceEnd)
            {
                sentences.Add(current.ToArray());
                current.Clear();
            }
        }
        if (current.Count > 0) sentences.Add(current.ToArray());
        return sentences;
    }
}
