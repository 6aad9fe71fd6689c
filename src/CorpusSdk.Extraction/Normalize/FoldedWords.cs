using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusSdk.Extraction.Normalize;

/// <summary>
/// Builds the word lists of the lexicons: entries are written as a reader writes them and stored folded
/// (<see cref="ArabicFolding"/>), so that matching ignores spelling variation.
/// </summary>
internal static class FoldedWords
{
    /// <summary>The entries folded, without repeats, longest first (so a prefix match tries "اقرأ المزيد" before "اقرأ").</summary>
    public static IReadOnlyList<string> List(params string[] entries) =>
        entries.Select(ArabicFolding.Fold).Distinct(StringComparer.Ordinal).OrderByDescending(e => e.Length).ToArray();

    /// <summary>The entries folded, for lookups of whole words.</summary>
    internal static WordSet Set(params string[] entries) => new(entries.Select(ArabicFolding.Fold));
}
