using System.Text;

namespace CorpusSdk.Extraction.Normalize;

/// <summary>
/// The character folds for matching Arabic text, as Lucene's ArabicNormalizer and CAMeL Tools' normalize/dediac apply
/// them: diacritics (tashkeel) and tatweel removed; alef forms (أ إ آ ٱ) to ا; alef maksura ى to ي; teh marbuta ة to ه;
/// hamza on waw/yeh (ؤ ئ) to و/ي; Eastern Arabic and Persian digits to ASCII; Latin lowercased (invariant).
/// For matching only: offsets and the text users see stay as written; <see cref="OriginalLength"/> maps a folded
/// prefix back to the original.
/// </summary>
public static class ArabicFolding
{
    /// <summary>The folded text, with removed characters dropped.</summary>
    public static string Fold(string text)
    {
        // Most tokens are folded already (no marks, no hamza, lower case): they are returned as they are, not copied.
        var unchanged = true;
        foreach (var c in text)
        {
            if (FoldChar(c) != c) { unchanged = false; break; }
        }
        if (unchanged && !HasPresentationForms(text)) return text;
        var builder = new StringBuilder(text.Length);
        var presentation = false;
        foreach (var c in text)
        {
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC')) presentation = true;
            var folded = FoldChar(c);
            if (folded != '\0') builder.Append(folded);
        }
        if (!presentation) return builder.ToString();
        // Presentation forms (ﻻ, ﺔ) come from old PDFs and fonts: decompose them to letters, then fold those. A lone
        // surrogate makes Normalize throw, so such a text keeps its presentation forms.
        var result = builder.ToString();
        foreach (var c in result) if (char.IsSurrogate(c)) return result;
        var decomposed = result.Normalize(NormalizationForm.FormKC);
        var again = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var folded = FoldChar(c);
            if (folded != '\0') again.Append(folded);
        }
        return again.ToString();
    }

    private static bool HasPresentationForms(string text)
    {
        foreach (var c in text)
        {
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC')) return true;
        }
        return false;
    }

    /// <summary>The folded character, or U+0000 for a character that matching ignores.</summary>
    public static char FoldChar(char c)
    {
        if (IsIgnored(c)) return '\0';
        switch (c)
        {
            case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
            case 'ى': return 'ي';
            case 'ة': return 'ه';
            case 'ؤ': return 'و';
            case 'ئ': return 'ي';
            case 'ک': return 'ك';   // Persian keheh, common in Kurdish and Persian sources' Arabic text
            case 'ی': return 'ي';   // Persian yeh
        }
        if (c >= '٠' && c <= '٩') return (char)('0' + (c - '٠'));
        if (c >= '۰' && c <= '۹') return (char)('0' + (c - '۰'));
        // Case exists in neither ASCII digits and punctuation nor the Arabic block; only other letters ask the culture
        // tables, which cost a quarter of all extraction time when every character went to them.
        if (c < '\u0080') return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        if (c >= '\u0600' && c <= '\u06FF') return c;
        // Nor Latin-1's symbols (NBSP, « »), general punctuation (– — … ‏ “ ”) or Arabic presentation forms, all common in
        // scraped news.
        if (c < '\u00C0' || (c >= '\u2000' && c <= '\u206F') || (c >= '\uFB50' && c <= '\uFEFF')) return c;
        return char.ToLowerInvariant(c);
    }

    /// <summary>
    /// How many characters of <paramref name="text"/> fold to its first <paramref name="foldedLength"/> folded characters
    /// (folding drops diacritics and tatweel, so a folded prefix may be shorter than the original one).
    /// </summary>
    public static int OriginalLength(string text, int foldedLength)
    {
        int i = 0, folded = 0;
        while (i < text.Length && folded < foldedLength)
        {
            if (FoldChar(text[i]) != '\0') folded++;
            i++;
        }
        while (i < text.Length && FoldChar(text[i]) == '\0') i++; // marks on the prefix's last letter belong to it
        return i;
    }

    /// <summary>
    /// Tashkeel, Quranic marks, superscript alef and tatweel, which never change which word is meant; and the invisible
    /// characters copy-paste leaves inside words and numbers (zero-width joiners and spaces, direction marks and
    /// embeddings, the BOM).
    /// </summary>
    public static bool IsIgnored(char c) =>
        (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
        || (c >= '\u06D6' && c <= '\u06ED') || c == '\u0640'
        || (c >= '\u200B' && c <= '\u200F') || c == '\u061C' || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
