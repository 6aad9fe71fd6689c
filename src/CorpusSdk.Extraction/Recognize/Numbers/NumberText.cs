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

    /// <summary>
    /// The spelling key of a word: tashkeel, tatweel and joiners dropped; أ إ آ ٱ → ا, ى and Persian ی → ي, ة → ه,
    /// ئ → ي, ؤ → و, Persian ک → ك; presentation forms decomposed; Latin lower-cased. News spells the same word with
    /// and without hamza seats, with ة or ه and ى or ي, and adds vowels to some spellings only (ثلاثة/ثلاثه, إحدى/احدي,
    /// مئة/مائة), so matching must not see these differences. Offsets are never taken from the folded text.
    /// </summary>
    public static string Fold(string s) => Fold(s, 0, s.Length);

    public static string Fold(string s, int start, int length) => Fold(s, start, length, decompose: true);

    private static string Fold(string s, int start, int length, bool decompose)
    {
        var sb = new StringBuilder(length);
        var presentation = false;
        for (var i = start; i < start + length; i++)
        {
            var c = s[i];
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC')) presentation = true;
            if (char.IsSurrogate(c)) decompose = false; // Normalize throws on a lone surrogate; words never hold one, but be safe.
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED')
                || c == '\u200C' || c == '\u200D' || IsTransparent(c))
                continue;
            sb.Append(c switch
            {
                '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
                '\u0649' or '\u06CC' or '\u0626' => '\u064A',
                '\u0629' => '\u0647',
                '\u0624' => '\u0648',
                '\u06A9' => '\u0643',
                _ when c < '\u0250' => char.ToLowerInvariant(c),
                _ => c,
            });
        }
        var folded = sb.ToString();
        // Presentation forms (ﻻ, ﺔ) come from old PDFs and fonts: decompose them, then fold the result again.
        if (!presentation || !decompose) return folded;
        var decomposed = folded.Normalize(NormalizationForm.FormKC);
        return Fold(decomposed, 0, decomposed.Length, decompose: false);
    }
}
