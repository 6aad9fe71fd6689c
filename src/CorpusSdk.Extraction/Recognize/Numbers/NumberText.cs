using System.Globalization;
using System.Text;

namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>Character classes and spelling folding for the number recognizer.</summary>
internal static class NumberText
{
    /// <summary>A decimal digit in any script: Western 0-9, Arabic-Indic ٠-٩, Persian ۰-۹ (and other Unicode Nd digits).</summary>
    public static bool IsDigit(char c) => char.IsDigit(c);

    public static int DigitValue(char c) => CharUnicodeInfo.GetDecimalDigitValue(c);

    /// <summary>Invisible direction marks that copy-paste leaves inside numbers (25799‪,‪52): they neither end a number nor show.</summary>
    public static bool IsTransparent(char c) =>
        c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u200B' || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Letters and marks of an Arabic-script word, tatweel and zero-width joiners included; digits and Arabic
    /// punctuation (، ؛ ؟ ٫ ٬ ٪ ۔) excluded.</summary>
    public static bool IsArabicWordChar(char c) =>
        (c >= '\u0620' && c <= '\u065F') || c == '\u066E' || c == '\u066F' || (c >= '\u0670' && c <= '\u06D3')
        || (c >= '\u06D5' && c <= '\u06EF') || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u08A0' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFDFB') || (c >= '\uFE70' && c <= '\uFEFC')
        || c == '\u200C' || c == '\u200D';

    public static bool IsLatinLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\u00C0' && c <= '\u024F' && char.IsLetter(c));

    /// <summary>Line and paragraph breaks: a number never runs across them.</summary>
    public static bool IsBreak(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';

    /// <summary>The spelling key of a word: the project's one Arabic fold (<see cref="Normalize.ArabicFolding"/>). Offsets are never taken from it.</summary>
    public static string Fold(string s) => Normalize.ArabicFolding.Fold(s);

    public static string Fold(string s, int start, int length) => Normalize.ArabicFolding.Fold(s.Substring(start, length));
}
