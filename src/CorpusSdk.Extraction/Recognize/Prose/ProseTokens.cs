using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Recognize.Prose;

/// <summary>What a token of a paragraph is, for the recognizers of prose.</summary>
public enum ProseTokenKind
{
    Word,

    /// <summary>, ، and the like: separates the parts of a speaker phrase.</summary>
    Comma,

    /// <summary>: — introduces what was said.</summary>
    Colon,

    /// <summary>. ! ? ؟ … — ends a sentence (outside quotation marks).</summary>
    SentenceEnd,

    /// <summary>A quotation mark.</summary>
    Mark,

    /// <summary>( ) [ ] - – — ; ؛ / and other punctuation.</summary>
    Other,
}

/// <summary>The family of a quotation mark: marks pair only with marks of their family.</summary>
public enum MarkFamily
{
    /// <summary>« » (and the same marks turned round, as right-to-left text sometimes has them).</summary>
    Guillemet,

    /// <summary>‹ ›</summary>
    SingleGuillemet,

    /// <summary>“ ” „ ‟: Arabic text opens with ” as often as with “, so either may open or close.</summary>
    CurlyDouble,

    /// <summary>"</summary>
    Straight,

    /// <summary>‘ ’ ‚ (never ’ inside a word: that is an apostrophe).</summary>
    CurlySingle,
}

/// <summary>One token of a paragraph: where it is in the paragraph's text, and its folded form for matching.</summary>
/// <param name="CanOpen">For a mark: text follows it with no space (“text), so it can open a quote.</param>
/// <param name="CanClose">For a mark: text precedes it with no space (text”), so it can close a quote.</param>
public readonly record struct ProseToken(ProseTokenKind Kind, int Start, int Length, string Text, string Folded, MarkFamily Family, bool CanOpen, bool CanClose)
{
    public int End => Start + Length;

    public bool IsWord => Kind == ProseTokenKind.Word;
}

/// <summary>
/// Splits a paragraph into tokens for the recognizers of prose (quotes, mentions, facts). Words keep what joins them inside (Jean-Noel, minister’s, 1,000,
/// 3.5, لـ); punctuation and quotation marks are tokens of their own, so «إكس» is three tokens and لـ”قسد” four.
/// </summary>
public static class ProseTokenizer
{
    public static List<ProseToken> Tokenize(string text)
    {
        var tokens = new List<ProseToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || TextTrim.IsInvisible(c))
            {
                i++;
                continue;
            }
            if (MarkFamilyOf(text, i) is { } family)
            {
                // ‹‹ and ›› (and << >>) stand for « and »: one mark, of the guillemets' family.
                var length = i + 1 < text.Length && text[i + 1] == c && (c == '‹' || c == '›') ? 2 : 1;
                if (length == 2) family = MarkFamily.Guillemet;
                var canOpen = i + length < text.Length && !IsSpaceOrEnd(text, i + length);
                var canClose = i > 0 && !IsSpaceOrEnd(text, i - 1);
                var mark = text.Substring(i, length);
                tokens.Add(new ProseToken(ProseTokenKind.Mark, i, length, mark, mark, family, canOpen, canClose));
                i += length;
                continue;
            }
            if (IsWordChar(text, i))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text, i) || IsJoiner(text, i))) i++;
                var word = text.Substring(start, i - start);
                // Dr. and U.S. keep their full stop: it ends no sentence. Workers' keeps its possessive apostrophe.
                if (i < text.Length && text[i] == '.' && (Recognize.Quotes.QuoteLexicon.Abbreviations.Contains(word) || IsInitials(word) || IsInitialBeforeName(text, start, i))) i++;
                else if (i < text.Length && (text[i] == '\'' || text[i] == '’') && word.Length > 1 && word[word.Length - 1] == 's' && char.IsUpper(word[0])) i++;
                var written = text.Substring(start, i - start);
                var folded = ArabicFolding.Fold(word);
                // Marks or tatweel with no letter under them (a stray fatha after «, a lone ـ) fold to nothing: no word,
                // so every word has a first letter for the recognizers to look at.
                var wordKind = folded.Length == 0 ? ProseTokenKind.Other : ProseTokenKind.Word;
                tokens.Add(new ProseToken(wordKind, start, written.Length, written, folded.Length == 0 ? written : folded, default, false, false));
                continue;
            }
            var kind = c switch
            {
                ',' or '،' or '٬' => ProseTokenKind.Comma,
                ':' or '：' => ProseTokenKind.Colon,
                '.' or '!' or '?' or '؟' or '…' or '۔' => ProseTokenKind.SentenceEnd,
                _ => ProseTokenKind.Other,
            };
            tokens.Add(new ProseToken(kind, i, 1, text.Substring(i, 1), text.Substring(i, 1), default, false, false));
            i++;
        }
        return tokens;
    }

    private static bool IsSpaceOrEnd(string text, int i) =>
        i < 0 || i >= text.Length || char.IsWhiteSpace(text[i]) || TextTrim.IsInvisible(text[i]);

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || c == '\u0640') return true; // tatweel joins لـ to what follows
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>
    /// Punctuation that stays inside a word when a word character stands on both sides: Jean-Noel, minister’s, don't,
    /// 1,000 and 3.5 (between digits), U.S (between single capitals).
    /// </summary>
    private static bool IsJoiner(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length || !IsWordChar(text, i - 1) || !IsWordChar(text, i + 1)) return false;
        var c = text[i];
        if (c == '-' || c == '\'' || c == '’' || c == '٫') return true;
        if (c == ',' || c == '.' && char.IsDigit(text[i - 1])) return char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
        return c == '.' && IsSingleCapital(text, i - 1) && IsSingleCapital(text, i + 1);
    }

    /// <summary>A capital letter standing alone between non-letters (the U and S of U.S.).</summary>
    private static bool IsSingleCapital(string text, int i) =>
        char.IsUpper(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])) && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]));

    /// <summary>
    /// The initial of a name: one capital letter, its full stop, a space and a capitalized word (A. Dale, J. R. Smith).
    /// A sentence rarely ends on a lone capital, and a name cut after its initial loses its person.
    /// </summary>
    private static bool IsInitialBeforeName(string text, int start, int stop) =>
        stop - start == 1 && char.IsUpper(text[start]) && (start == 0 || !char.IsLetter(text[start - 1]))
        && stop + 2 < text.Length && text[stop + 1] == ' ' && char.IsUpper(text[stop + 2]);

    /// <summary>U.S, U.N: single capitals joined by full stops.</summary>
    private static bool IsInitials(string word) => word.Length >= 3 && word.IndexOf('.') > 0 && word.Replace(".", string.Empty).All(char.IsUpper);

    private static MarkFamily? MarkFamilyOf(string text, int i)
    {
        switch (text[i])
        {
            case '«': case '»': return MarkFamily.Guillemet;
            case '‹': case '›': return MarkFamily.SingleGuillemet;
            case '“': case '”': case '„': case '‟': return MarkFamily.CurlyDouble;
            case '"': case '＂': return MarkFamily.Straight;
            case '‘': case '‚': return MarkFamily.CurlySingle;
            case '’': return IsJoiner(text, i) ? null : MarkFamily.CurlySingle;
            default: return null;
        }
    }
}
