using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Numbers;

internal enum TokenKind
{
    /// <summary>An Arabic-script or Latin word.</summary>
    Word,
    /// <summary>A number written in digits, already read by <see cref="DigitScanner"/>.</summary>
    Number,
    /// <summary>Spaces and tabs (and invisible direction marks) between tokens on one line.</summary>
    Space,
    /// <summary>A line break: number phrases do not continue across it.</summary>
    Break,
    /// <summary>Any other single character (punctuation, symbols).</summary>
    Symbol,
    /// <summary>Text that looks numeric but is not a number: digits glued to letters (20دولار, 1M, A320, F-16).</summary>
    Blocked,
}

/// <summary>What kind of digit number a <see cref="TokenKind.Number"/> token is.</summary>
[Flags]
internal enum NumberShape
{
    None = 0,
    /// <summary>The value is a whole number.</summary>
    Integer = 1,
    /// <summary>Written as bare digits: no sign, separators or decimals (the "3" of "3 مئة").</summary>
    Plain = 2,
    /// <summary>One part of a date, time, address or version (9/2/2026, 192.168.1.2): never multiplied by a following word.</summary>
    Component = 4,
    /// <summary>An English ordinal (21st, 3rd).</summary>
    Ordinal = 8,
    /// <summary>Written with a fraction bar, exponent or power (3/4, 1e10, 2^10).</summary>
    Notation = 16,
    /// <summary>Had a minus sign.</summary>
    Negative = 32,
}

internal sealed class Token
{
    public Token(TokenKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    public TokenKind Kind { get; }
    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    /// <summary>For words: the folded spelling (<see cref="NumberText.Fold(string)"/>).</summary>
    public string Folded { get; init; } = "";
    /// <summary>For words: written in Latin letters.</summary>
    public bool Latin { get; init; }
    /// <summary>For numbers: the value.</summary>
    public decimal Value { get; init; }
    public NumberShape Shape { get; init; }
    public bool Is(NumberShape shape) => (Shape & shape) != 0;
    public override string ToString() => $"{Kind}@{Start}+{Length} {Folded}{(Kind == TokenKind.Number ? Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}";
}

/// <summary>Cuts text into the tokens the number grammars read.</summary>
internal static class NumberTokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (DigitScanner.TryScan(text, i, tokens, out var next))
            {
                i = next;
                continue;
            }
            var start = i;
            if (NumberText.IsArabicWordChar(c))
            {
                while (i < text.Length && NumberText.IsArabicWordChar(text[i])) i++;
                tokens.Add(new Token(TokenKind.Word, start, i - start) { Folded = NumberText.Fold(text, start, i - start) });
            }
            else if (NumberText.IsLatinLetter(c))
            {
                while (i < text.Length && NumberText.IsLatinLetter(text[i])) i++;
                if (i < text.Length && NumberText.IsDigit(text[i]))
                {
                    // Letters followed by digits are a name or code (A320, MH17, G20, v2.0, iOS-17), not a count.
                    while (i < text.Length && ((char.IsLetterOrDigit(text[i]) && !NumberText.IsArabicWordChar(text[i]))
                           || ((text[i] == '.' || text[i] == '-' || text[i] == '_') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !NumberText.IsArabicWordChar(text[i + 1]))))
                        i++;
                    tokens.Add(new Token(TokenKind.Blocked, start, i - start));
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Word, start, i - start) { Folded = NumberText.Fold(text, start, i - start), Latin = true });
                }
            }
            else if (char.IsLetter(c) || char.IsSurrogate(c))
            {
                // Other scripts: nothing to read, but they separate words.
                while (i < text.Length && (char.IsLetter(text[i]) || char.IsSurrogate(text[i]))) i++;
                tokens.Add(new Token(TokenKind.Blocked, start, i - start));
            }
            else if (NumberText.IsBreak(c))
            {
                while (i < text.Length && NumberText.IsBreak(text[i])) i++;
                tokens.Add(new Token(TokenKind.Break, start, i - start));
            }
            else if (char.IsWhiteSpace(c) || NumberText.IsTransparent(c))
            {
                while (i < text.Length && !NumberText.IsBreak(text[i]) && (char.IsWhiteSpace(text[i]) || NumberText.IsTransparent(text[i]))) i++;
                tokens.Add(new Token(TokenKind.Space, start, i - start));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Symbol, start, 1));
                i++;
            }
        }
        return tokens;
    }
}
