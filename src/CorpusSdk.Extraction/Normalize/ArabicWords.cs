using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusSdk.Extraction.Normalize;

/// <summary>
/// Words of folded text, and the key two spellings of one word share. Arabic writes the article and the one-letter
/// proclitics on the word (التحالف, وسوريا, للمملكة), so "does this word occur there" compares keys, not surfaces.
/// </summary>
public static class ArabicWords
{
    private static readonly char[] Separators =
    {
        ' ', '\t', '\u00A0', '.', '،', ',', ':', '؛', ';', '"', '\'', '«', '»', '“', '”', '(', ')', '[', ']', '!', '?', '؟', '…', '-', '–', '—', '/',
    };

    /// <summary>The article with the proclitics that fuse with it, longest first: وال، فال، بال، كال، لل (ل + ال)، ال.</summary>
    private static readonly string[] ArticleClusters = { "وال", "فال", "بال", "كال", "لل", "ال" };

    /// <summary>The words of a folded text, punctuation left out.</summary>
    public static IEnumerable<string> Split(string folded) => folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A folded word without its article or one proclitic (و ف ب ل), so التحالف and تحالف, وسوريا and سوريا share a key.
    /// The stem must keep three letters, and a bare proclitic is removed only from words of five letters or more,
    /// since و ف ب ل also begin roots (وزير, فريق, بلد, لجنة).
    /// </summary>
    public static string Key(string foldedWord)
    {
        foreach (var cluster in ArticleClusters)
        {
            if (foldedWord.Length - cluster.Length >= 3 && foldedWord.StartsWith(cluster, StringComparison.Ordinal))
                return foldedWord.Substring(cluster.Length);
        }
        return foldedWord.Length > 4 && "وفبل".IndexOf(foldedWord[0]) >= 0 ? foldedWord.Substring(1) : foldedWord;
    }

    /// <summary>The keys of every word of a folded text.</summary>
    public static HashSet<string> Keys(IEnumerable<string> foldedTexts) =>
        new(foldedTexts.SelectMany(Split).Select(Key), StringComparer.Ordinal);
}
