using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// When two spellings name the same entity. Names are compared folded (<see cref="ArabicFolding"/>: diacritics, hamza
/// and alef forms, teh marbuta; Latin diacritics and case), word by word. Two words of four letters or more are the
/// same when they differ only in their long vowels after the first letter, which transliterated names spell at will
/// (باراك / برَاك, ترامب / ترمب); shorter words must be equal (بارو is not باراك, عمر is not عمرو).
/// A person's two spellings are one person when their given names and family names are the same word: middle names and
/// patronymics may come and go (أسعد حسن الشيباني / أسعد الشيباني; وليد بن عبد الكريم الخريجي / وليد الخريجي).
/// </summary>
public static class NameMatching
{
    /// <summary>Words joined to the next: عبد الكريم and أبو بكر are one given name.</summary>
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal) { "عبد", "ابو", "abd", "abu" };

    /// <summary>Words that join a name's parts and are left out of the comparison: son of, daughter of.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "bin", "ibn", "bint" };

    /// <summary>The words of a name as compared: folded, particles left out, compound given names joined.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var pendingHead = string.Empty;
        foreach (var raw in name.Split(new[] { ' ', '\t', '\u00A0', '-', '،', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = FoldLatin(ArabicFolding.Fold(raw));
            if (word.Length == 0 || Particles.Contains(word)) continue;
            if (CompoundHeads.Contains(word)) { pendingHead += word; continue; }
            words.Add(pendingHead + word);
            pendingHead = string.Empty;
        }
        if (pendingHead.Length > 0) words.Add(pendingHead);
        return words;
    }

    /// <summary>Whether two folded words are the same name (equal, or the same skeleton for words of four letters or more).</summary>
    public static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (a.Length >= 4 && b.Length >= 4 && Skeleton(a) == Skeleton(b));

    /// <summary>A word without its long vowels after the first letter (باراك → برك, برَاك → برك), for transliterated names.</summary>
    public static string Skeleton(string word)
    {
        if (word.Length < 4) return word;
        var builder = new StringBuilder().Append(word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if ("اويaeiou".IndexOf(c) >= 0) continue;
            if (builder[builder.Length - 1] == c) continue; // doubled letters: Barrot, Barot
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Whether two names of two words or more are one person: the same given name and the same family name.</summary>
    public static bool SamePerson(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count >= 2 && b.Count >= 2 && SameWord(a[0], b[0]) && SameWord(a[a.Count - 1], b[b.Count - 1]);

    /// <summary>The key organisations and places are grouped by: each word folded and without its article or proclitic.</summary>
    public static string Key(string name) => string.Join(" ", ArabicWords.Split(FoldLatin(ArabicFolding.Fold(name))).Select(ArabicWords.Key));

    private static string FoldLatin(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
