using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>
/// Relative ordinals: a position counted from the end of a sequence or from the current item, not a number
/// (Microsoft Recognizers-Text's <c>ordinal.relative</c>). الأخير/آخر is the last (end+0), قبل الأخير the one before
/// it (end-1), التالي the next (current+1), السابق the previous (current-1), الحالي the current one (current+0).
/// They are reported with <see cref="RecognizedNumber.RelativeTo"/> set and the offset as the value, so that nothing
/// that counts quantities takes them for one. In news السابق mostly means "former" and آخر "another": both are still
/// positions, never amounts.
/// </summary>
internal static class RelativeOrdinals
{
    public const string End = "end";
    public const string Current = "current";

    /// <summary>The words that name a position, folded (see <see cref="NumberText.Fold(string)"/>), with what they count from and the offset.</summary>
    private static readonly Dictionary<string, (string RelativeTo, int Offset)> Heads = new(StringComparer.Ordinal)
    {
        ["الاخير"] = (End, 0), ["الاخيره"] = (End, 0), ["اخر"] = (End, 0), ["الاخر"] = (End, 0), ["اخيرا"] = (End, 0),
        ["الحالي"] = (Current, 0), ["الحاليه"] = (Current, 0),
        ["التالي"] = (Current, 1), ["التاليه"] = (Current, 1),
        ["السابق"] = (Current, -1), ["السابقه"] = (Current, -1),
    };

    /// <summary>Words before an end-head that step back from the end: "قبل الأخير", "سبقت الأخيرة" (the one before the last).</summary>
    private static readonly HashSet<string> StepBack = new(StringComparer.Ordinal) { "قبل", "قبلا", "سبقت", "سبق" };

    /// <summary>"الثاني إلى الأخير" (second to the last) and "الثالث من الأخير": an ordinal, then إلى/من, then an end-head.</summary>
    private static readonly Dictionary<string, int> CountBack = new(StringComparer.Ordinal)
    {
        ["الثاني"] = 1, ["الثانيه"] = 1, ["الثالث"] = 2, ["الثالثه"] = 2, ["الرابع"] = 3, ["الرابعه"] = 3,
    };

    private static readonly HashSet<string> CountBackLinks = new(StringComparer.Ordinal) { "الي", "من" };

    /// <summary>"الواحد قبل الأخير": "the one" belongs to the phrase.</summary>
    private const string TheOne = "الواحد";

    public static bool TryMatch(IReadOnlyList<Token> tokens, int index, out int endIndex, out string relativeTo, out int offset)
    {
        endIndex = index;
        relativeTo = string.Empty;
        offset = 0;
        var word = Word(tokens, index);
        if (word is null) return false;

        var next = NextWord(tokens, index);
        var nextWord = Word(tokens, next);
        if (word == TheOne && nextWord is not null && StepBack.Contains(nextWord) && TryMatch(tokens, next, out endIndex, out relativeTo, out offset))
            return true;

        if (StepBack.Contains(word) && nextWord is not null && HeadOf(nextWord) is { } stepped && stepped.RelativeTo == End)
        {
            (endIndex, relativeTo, offset) = (next, End, -1);
            return true;
        }
        if (CountBack.TryGetValue(word, out var back) && nextWord is not null && CountBackLinks.Contains(nextWord))
        {
            var head = NextWord(tokens, next);
            if (Word(tokens, head) is { } headWord && HeadOf(headWord) is { } counted && counted.RelativeTo == End)
            {
                (endIndex, relativeTo, offset) = (head, End, -back);
                return true;
            }
        }
        if (HeadOf(word) is { } found)
        {
            (relativeTo, offset) = found;
            return true;
        }
        return false;
    }

    /// <summary>The head a word names, also behind one proclitic (والأخير, بالتالي is not: "therefore" is no position).</summary>
    private static (string RelativeTo, int Offset)? HeadOf(string word)
    {
        if (Heads.TryGetValue(word, out var head)) return head;
        if (word.Length > 3 && (word[0] == 'و' || word[0] == 'ف') && Heads.TryGetValue(word.Substring(1), out head)) return head;
        return null;
    }

    private static string? Word(IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Word && !tokens[index].Latin ? tokens[index].Folded : null;

    /// <summary>The next word token on the same line, across spaces only.</summary>
    private static int NextWord(IReadOnlyList<Token> tokens, int index)
    {
        for (var i = index + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Space) continue;
            return tokens[i].Kind == TokenKind.Word ? i : -1;
        }
        return -1;
    }
}
