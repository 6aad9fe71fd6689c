using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>
/// The gazetteer: names of countries, regions and cities, given names, words of people's names, universities and
/// companies, in English and Arabic, from public data (<c>Data/gazetteer.tsv</c>, built by tools/build-gazetteer.py,
/// whose header names each source with its commit and licence). It is a feature of the tagger, not a rule: a word in
/// it is a name only where the model, reading its context, says so (Reading is a city; "reading the report" is not).
/// Entries are matched folded, the longest at each token first, with a proclitic or ل with the article on the first
/// word allowed (بالرياض, وبغداد, للعراق).
/// </summary>
internal static class Gazetteer
{
    /// <summary>The kinds of entry, in the order of their bits.</summary>
    public static readonly IReadOnlyList<string> Kinds = new[] { "country", "region", "city1", "city2", "city3", "given", "person", "org" };

    private static int IndexOfKind(string kind)
    {
        for (var k = 0; k < Kinds.Count; k++) if (Kinds[k] == kind) return k;
        return -1;
    }

    /// <summary>The bits of the kinds that are words of people's names: given names and names of people.</summary>
    public const int PersonKinds = (1 << 5) | (1 << 6);

    private const int MaxWords = 5;

    private static readonly Lazy<Table> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>How many entries the gazetteer holds (0 if its resource is missing).</summary>
    public static int Count => Loaded.Value.Entries.Count;

    /// <summary>The kinds (bits of <see cref="Kinds"/>) of a folded name, or 0.</summary>
    public static int KindsOf(string folded) => Loaded.Value.Entries.TryGetValue(folded, out var kinds) ? kinds : 0;

    /// <summary>
    /// For each token of the sentence, the gazetteer features: each kind of the longest entry that covers it, with the
    /// token's place in the entry (alone, first, inside, last).
    /// </summary>
    public static void Features(NameLanguage language, NameToken[] sentence, ulong[][] features, int[] counts)
    {
        var table = Loaded.Value;
        if (table.Entries.Count == 0) return;
        var covered = new int[sentence.Length]; // the length of the longest match covering the token, per token
        var words = new StringBuilder();
        for (var j = 0; j < sentence.Length; j++)
        {
            if (!StartsName(language, sentence[j])) continue;
            foreach (var first in FirstWordForms(sentence[j].Folded))
            {
                if (!table.MostWords.TryGetValue(first, out var most)) continue;
                var matched = false;
                for (var length = Math.Min(most, sentence.Length - j); length >= 1; length--)
                {
                    words.Clear().Append(first);
                    for (var w = 1; w < length; w++) words.Append(' ').Append(sentence[j + w].Folded);
                    if (!table.Entries.TryGetValue(words.ToString(), out var kinds)) continue;
                    for (var t = j; t < j + length; t++)
                    {
                        if (covered[t] > length) continue;
                        covered[t] = length;
                        var position = length == 1 ? 0UL : t == j ? 1UL : t == j + length - 1 ? 3UL : 2UL;
                        for (var k = 0; k < Kinds.Count; k++)
                        {
                            if ((kinds & (1 << k)) != 0 && counts[t] < features[t].Length - NameTagger.MaxDynamic)
                                features[t][counts[t]++] = FeatureHash.Feature(FeatureTemplate.Gazetteer, (ulong)k, position);
                        }
                    }
                    matched = true;
                    break;
                }
                if (matched) break;
            }
        }
    }

    /// <summary>Latin names start with a capital (Reading, READING; not reading); Arabic has no case to ask.</summary>
    private static bool StartsName(NameLanguage language, NameToken token)
    {
        if (token.Text.Length == 0 || !char.IsLetter(token.Text[0])) return false;
        return token.Text[0] >= 0x0250 || char.IsUpper(token.Text[0]);
    }

    /// <summary>The first word as the gazetteer may list it: as written, without a proclitic (و ف ب ل ك, وب, فل), and
    /// ل with the article written لل (للعراق is ل + العراق).</summary>
    private static IEnumerable<string> FirstWordForms(string folded)
    {
        yield return folded;
        if (folded.Length < 3 || folded[0] < '\u0600') yield break;
        if (folded.StartsWith("لل", StringComparison.Ordinal) && folded.Length > 3) yield return "ال" + folded.Substring(2);
        if ((folded.StartsWith("ولل", StringComparison.Ordinal) || folded.StartsWith("فلل", StringComparison.Ordinal)) && folded.Length > 4) yield return "ال" + folded.Substring(3);
        if (folded.Length > 3 && "وفبلك".IndexOf(folded[0]) >= 0) yield return folded.Substring(1);
        if (folded.Length > 4 && "وف".IndexOf(folded[0]) >= 0 && "بلك".IndexOf(folded[1]) >= 0) yield return folded.Substring(2);
    }

    private sealed class Table
    {
        public Dictionary<string, int> Entries { get; } = new(StringComparer.Ordinal);

        /// <summary>The most words an entry that starts with a word has.</summary>
        public Dictionary<string, int> MostWords { get; } = new(StringComparer.Ordinal);
    }

    private static Table Load()
    {
        var table = new Table();
        using var stream = NameModel.Resource("gazetteer.tsv");
        if (stream is null) return table;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab < 0) continue;
            var kind = IndexOfKind(line.Substring(0, tab));
            if (kind < 0) continue;
            var name = ArabicFolding.Fold(line.Substring(tab + 1));
            table.Entries.TryGetValue(name, out var kinds);
            table.Entries[name] = kinds | (1 << kind);
            var space = name.IndexOf(' ');
            var first = space < 0 ? name : name.Substring(0, space);
            var words = 1;
            foreach (var c in name) if (c == ' ') words++;
            if (words > MaxWords) continue;
            table.MostWords.TryGetValue(first, out var most);
            if (words > most) table.MostWords[first] = words;
        }
        return table;
    }
}
