using System.Collections.Generic;
using System.Text;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// A diagnostic's message as the report shows it: the catalog's English words as they are, and each piece of corpus
/// text in it isolated, so that an Arabic word inside the English sentence, or the English sentence on an Arabic page,
/// reads in order (without it, "for العضو: 90" shows as "for 90 :العضو", and a message that opens with a quoted Arabic
/// phrase takes the phrase's direction).
/// </summary>
/// <remarks>
/// The message strings are the catalog's (contract/diagnostics.md) and stay as they are; only their rendering changes.
/// The pieces isolated are the quoted runs (<c>'…'</c>, <c>"…"</c>, <c>«…»</c>, <c>‘…’</c>, <c>“…”</c>: the catalog quotes
/// corpus text in <c>'…'</c>, and a configuration error may carry other quotes) and, outside quotes, each run of
/// right-to-left words the catalog names bare (an entity, a quantity's subject), from its first right-to-left letter
/// to its last before the next left-to-right letter, so numbers and punctuation inside the run stay with it.
/// </remarks>
public static class DiagnosticMessageText
{
    /// <summary>A piece of the message: its start and length, and whether it is corpus text to isolate.</summary>
    private readonly record struct Run(int Start, int Length, bool Isolated);

    /// <summary>The message escaped (<see cref="HtmlText.Encode"/>), each piece of corpus text in a <c>bdi</c>.</summary>
    public static string Html(string message) => Join(message, "<bdi>", "</bdi>", HtmlText.Encode);

    /// <summary>
    /// The message as plain text for a <c>title</c> attribute, where no element can isolate: each piece of corpus text
    /// between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. Still to be escaped by the caller.
    /// </summary>
    public static string PlainText(string message) => Join(message, "\u2068", "\u2069", text => text);

    private static string Join(string message, string open, string close, System.Func<string, string> write)
    {
        var result = new StringBuilder(message.Length + 32);
        foreach (var run in Runs(message))
        {
            var text = write(message.Substring(run.Start, run.Length));
            if (run.Isolated) result.Append(open).Append(text).Append(close);
            else result.Append(text);
        }
        return result.ToString();
    }

    private static List<Run> Runs(string message)
    {
        var runs = new List<Run>();
        var plainStart = 0;
        var i = 0;
        while (i < message.Length)
        {
            int start, end;
            if (ClosingQuote(message[i]) is { } closing && OpensQuote(message, i) && FindClose(message, i + 1, closing) is { } close && close > i + 1)
            {
                // The quote marks stay in the sentence; the words between them are isolated.
                (start, end) = (i + 1, close);
                i = close + 1;
            }
            else if (IsRightToLeftLetter(message[i]))
            {
                (start, end) = (i, RightToLeftRunEnd(message, i));
                i = end;
            }
            else
            {
                i++;
                continue;
            }
            if (start > plainStart) runs.Add(new Run(plainStart, start - plainStart, false));
            runs.Add(new Run(start, end - start, true));
            plainStart = end;
        }
        if (plainStart < message.Length) runs.Add(new Run(plainStart, message.Length - plainStart, false));
        return runs;
    }

    private static char? ClosingQuote(char c) => c switch
    {
        '\'' => '\'',
        '"' => '"',
        '«' => '»',
        '‘' => '’',
        '“' => '”',
        _ => null,
    };

    /// <summary>A quote mark opens a quote at the start of the message or after a space or punctuation, never inside a word (O'Hara).</summary>
    private static bool OpensQuote(string message, int at) => at == 0 || !char.IsLetterOrDigit(message[at - 1]);

    /// <summary>The first closing mark after <paramref name="from"/> that ends a word (so article's does not close 'article's words').</summary>
    private static int? FindClose(string message, int from, char closing)
    {
        for (var i = message.IndexOf(closing, from); i >= 0; i = message.IndexOf(closing, i + 1))
            if (i + 1 == message.Length || !char.IsLetterOrDigit(message[i + 1])) return i;
        return null;
    }

    /// <summary>The end of the right-to-left run starting at <paramref name="start"/>: after its last right-to-left letter or digit before a left-to-right letter.</summary>
    private static int RightToLeftRunEnd(string message, int start)
    {
        var end = start + 1;
        for (var i = start + 1; i < message.Length && !IsLeftToRightLetter(message[i]); i++)
        {
            if (IsRightToLeftLetter(message[i]) || IsArabicDigitOrMark(message[i])) end = i + 1;
        }
        return end;
    }

    /// <summary>A letter of the right-to-left scripts: Hebrew to Arabic Extended-A (U+0590–U+08FF), and their presentation forms.</summary>
    private static bool IsRightToLeftLetter(char c) =>
        char.IsLetter(c) && ((c >= '\u0590' && c <= '\u08FF') || (c >= '\uFB1D' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC'));

    private static bool IsLeftToRightLetter(char c) => char.IsLetter(c) && !IsRightToLeftLetter(c);

    /// <summary>Arabic-Indic digits and the vowel marks of the right-to-left scripts, which belong to the words around them.</summary>
    private static bool IsArabicDigitOrMark(char c) =>
        (c >= '\u0590' && c <= '\u08FF') && (char.IsDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
