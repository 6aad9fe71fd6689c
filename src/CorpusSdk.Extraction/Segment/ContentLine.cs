using System;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Read;

namespace CorpusSdk.Extraction.Segment;

/// <summary>A non-empty line with the features the segmentation rules read.</summary>
public sealed class ContentLine
{
    private static readonly char[] WordSeparators = { ' ', '\t', '\u00A0', '\u200F', '\u200E' };

    public ContentLine(TextLine line)
    {
        Source = line;
        Text = TextTrim.Trim(line.Text);
        Column = TextTrim.LeadingLength(line.Text) + 1;
        Folded = ArabicFolding.Fold(Text);
        Words = Text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        EndsSentence = EndsWithSentencePunctuation(Text);
    }

    public TextLine Source { get; }

    public int Number => Source.Number;

    /// <summary>The 1-based column of the first visible character.</summary>
    public int Column { get; }

    /// <summary>Where <see cref="Text"/> starts in the file's text: trimming takes only the ends, so it is a slice there.</summary>
    public int Start => Source.Start + Column - 1;

    /// <summary>The line's text as written, trimmed.</summary>
    public string Text { get; }

    /// <summary>The text folded for matching.</summary>
    public string Folded { get; }

    public string[] Words { get; }

    public int WordCount => Words.Length;

    /// <summary>True when the line ends a sentence (. ! ? ؟ …), closing quotes and brackets aside.</summary>
    public bool EndsSentence { get; }

    /// <summary>
    /// Body text rather than a headline, caption or label: a sentence of five words or more (or one that opens with a
    /// speech verb), or a line too long for anything else (16 words). Headlines and cross-heads rarely end with a full stop; paragraphs nearly always do.
    /// </summary>
    public bool IsProse => (EndsSentence && (WordCount >= 5 || OpensWithSpeech)) || WordCount >= 16;

    /// <summary>
    /// A short sentence that opens with a speech verb (وقال: «لن نسمح بذلك».) is body text: no headline or cross-head
    /// opens so and ends with a full stop.
    /// </summary>
    public bool OpensWithSpeech => WordCount >= 2 && Recognize.Quotes.QuoteLexicon.SpeechVerb(ArabicFolding.Fold(Words[0].TrimEnd(':', '،', ','))) is { Form: Recognize.Quotes.VerbForm.Finite };

    public override string ToString() => Number + ": " + Text;

    private static bool EndsWithSentencePunctuation(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && "\"'»”’)]".IndexOf(text[end]) >= 0) end--;
        return end >= 0 && ".!?؟…۔".IndexOf(text[end]) >= 0;
    }
}
