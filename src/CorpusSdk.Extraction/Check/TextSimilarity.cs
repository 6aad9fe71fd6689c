using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction.Check;

/// <summary>
/// How much two texts say in the same words: the content words of each (folded, without article or proclitic, function
/// words and words of one or two letters left out), compared as sets (which words) and as word trigrams (which words in
/// which order: a rewrite keeps the first, a copy the second).
/// </summary>
public static class TextSimilarity
{
    /// <summary>The content words of a text, in order.</summary>
    public static List<string> ContentWords(string text) =>
        ArabicWords.Split(ArabicFolding.Fold(text)).Select(ArabicWords.Key)
            .Where(w => w.Length >= 3 && !SegmentLexicon.FunctionWords.Contains(w) && !char.IsDigit(w[0])).ToList();

    /// <summary>Shared words over all words (Jaccard).</summary>
    public static double Jaccard(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var left = new HashSet<string>(a, StringComparer.Ordinal);
        var right = new HashSet<string>(b, StringComparer.Ordinal);
        var union = left.Count + right.Count - left.Count(right.Contains);
        return union == 0 ? 0 : (double)left.Count(right.Contains) / union;
    }

    /// <summary>Shared words over the words of the smaller text.</summary>
    public static double Containment(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var left = new HashSet<string>(a, StringComparer.Ordinal);
        var right = new HashSet<string>(b, StringComparer.Ordinal);
        var smaller = Math.Min(left.Count, right.Count);
        return smaller == 0 ? 0 : (double)left.Count(right.Contains) / smaller;
    }

    /// <summary>Shared word trigrams over the trigrams of the smaller text.</summary>
    public static double TrigramContainment(IReadOnlyList<string> a, IReadOnlyList<string> b) => Containment(Trigrams(a), Trigrams(b));

    /// <summary>
    /// A text's content-word trigrams as distinct 64-bit hashes (FNV-1a over the trigram's UTF-16 code units), in
    /// ascending order: what comparing two articles for shared text (CORPUS206) needs, small enough to keep with each
    /// article and compared without building strings. Two different trigrams share a hash with odds of about 2^-64.
    /// </summary>
    public static long[] TrigramFingerprint(string text)
    {
        var words = ContentWords(text);
        var hashes = new List<long>(Math.Max(0, words.Count - 2));
        for (var i = 0; i + 2 < words.Count; i++) hashes.Add(Fnv1a(words[i], words[i + 1], words[i + 2]));
        hashes.Sort();
        var distinct = new List<long>(hashes.Count);
        foreach (var hash in hashes)
        {
            if (distinct.Count == 0 || distinct[distinct.Count - 1] != hash) distinct.Add(hash);
        }
        return distinct.ToArray();
    }

    private static long Fnv1a(string first, string second, string third)
    {
        unchecked
        {
            var hash = (long)14695981039346656037UL;
            foreach (var word in new[] { first, second, third })
            {
                foreach (var c in word) hash = (hash ^ c) * 1099511628211L;
                hash = (hash ^ ' ') * 1099511628211L;
            }
            return hash;
        }
    }

    /// <summary>The word trigrams of a text's content words, in order.</summary>
    public static List<string> Trigrams(IReadOnlyList<string> words)
    {
        var trigrams = new List<string>(Math.Max(0, words.Count - 2));
        for (var i = 0; i + 2 < words.Count; i++) trigrams.Add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        return trigrams;
    }
}
