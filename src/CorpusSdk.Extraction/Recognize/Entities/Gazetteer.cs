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

    /// <summary>The bit of given names.</summary>
    public const int GivenKind = 1 << 5;

    /// <summary>The bits of the kinds that are words of people's names: given names and names of people.</summary>
    public const int PersonKinds = GivenKind | (1 << 6);

    /// <summary>The bit of countries.</summary>
    public const int CountryKind = 1 << 0;

    /// <summary>
    /// Countries, regions and the largest cities: the kinds whose Arabic entries are names. The smaller cities' lists (city2,
    /// city3, from GeoNames) hold common words too (إطار, دعوة, تشكيل are towns somewhere).
    /// </summary>
    public const int NamedPlaceKinds = (1 << 0) | (1 << 1) | (1 << 2);

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
        // Per thread and reused, as the tagger's own arrays are (NameTagger.Buffers).
        int[] covered, coveredKinds; // per token: the length of the longest match covering it, and that match's kinds
        if (sentence.Length > 2048)
        {
            // A sentence this long (a page without full stops) gets arrays of its own, not kept per thread.
            covered = new int[sentence.Length];
            coveredKinds = new int[sentence.Length];
        }
        else
        {
            if (_covered is null || _covered.Length < sentence.Length)
            {
                _covered = new int[Math.Max(sentence.Length, 64)];
                _coveredKinds = new int[_covered.Length];
            }
            covered = _covered;
            coveredKinds = _coveredKinds!;
        }
        Array.Clear(covered, 0, sentence.Length);
        Array.Clear(coveredKinds, 0, sentence.Length);
        var words = _words ??= new StringBuilder();
        for (var j = 0; j < sentence.Length; j++)
        {
            if (!StartsName(language, sentence[j])) continue;
            foreach (var (first, most) in EntryStarts(table, sentence[j].Folded))
            {
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
                        coveredKinds[t] = kinds;
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
        // The set of kinds as one feature (a word that is only a person's name is not one that is also a city), and
        // the sets of the neighbours: a word after a given name or before a family name is likely a name too.
        for (var t = 0; t < sentence.Length; t++)
        {
            var room = features[t].Length - NameTagger.MaxDynamic - counts[t];
            if (room < 3) continue;
            if (coveredKinds[t] != 0) features[t][counts[t]++] = FeatureHash.Feature(FeatureTemplate.GazetteerKinds, (ulong)coveredKinds[t], covered[t] == 1 ? 0UL : 1UL);
            if (t > 0 && coveredKinds[t - 1] != 0) features[t][counts[t]++] = FeatureHash.Feature(FeatureTemplate.PreviousGazetteerKinds, (ulong)coveredKinds[t - 1]);
            if (t + 1 < sentence.Length && coveredKinds[t + 1] != 0) features[t][counts[t]++] = FeatureHash.Feature(FeatureTemplate.NextGazetteerKinds, (ulong)coveredKinds[t + 1]);
        }
    }

    [ThreadStatic] private static int[]? _covered;
    [ThreadStatic] private static int[]? _coveredKinds;
    [ThreadStatic] private static StringBuilder? _words;

    /// <summary>
    /// An adjective of nationality, the nisba of a country in the gazetteer (الفرنسي, التشيكية, الأميركيين): the word
    /// after it is often a foreigner's transliterated name (اللاعب الروسي كافلنيكوف). <paramref name="key"/> is a folded
    /// word without its article (<see cref="ArabicWords.Key"/>); the nisba's ي and its endings come off, and the stem is
    /// tried as a country's name bare, with ا or يا (فرنسا, روسيا), with ه (تركيه is folded تركية), or with the
    /// article (التشيك).
    /// </summary>
    public static bool IsNisbaOfCountry(string key)
    {
        foreach (var ending in NisbaEndings)
        {
            if (!key.EndsWith(ending, StringComparison.Ordinal) || key.Length < ending.Length + 3) continue;
            var stem = key.Substring(0, key.Length - ending.Length);
            return IsCountry(stem) || IsCountry(stem + "ا") || IsCountry(stem + "يا") || IsCountry(stem + "ه") || IsCountry("ال" + stem);
        }
        return false;
    }

    private static bool IsCountry(string folded) => (KindsOf(folded) & CountryKind) != 0;

    /// <summary>The nisba's endings as folded (ة is ه), longest first: the plurals, the dual, the feminine, the masculine.</summary>
    private static readonly string[] NisbaEndings = { "يين", "يون", "يان", "يه", "ي" };

    /// <summary>Latin names start with a capital (Reading, READING; not reading); Arabic has no case to ask.</summary>
    private static bool StartsName(NameLanguage language, NameToken token)
    {
        if (token.Text.Length == 0 || !char.IsLetter(token.Text[0])) return false;
        return token.Text[0] >= 0x0250 || char.IsUpper(token.Text[0]);
    }

    /// <summary>
    /// The forms of a word that start an entry, with the most words such an entry has, in the order of
    /// <see cref="FirstWordForms"/>; cached per word (most words start none, and are asked again and again).
    /// </summary>
    private static (string Form, int Most)[] EntryStarts(Table table, string folded)
    {
        if (table.Starts.TryGetValue(folded, out var starts)) return starts;
        List<(string, int)>? found = null;
        foreach (var form in FirstWordForms(folded))
        {
            if (table.MostWords.TryGetValue(form, out var most)) (found ??= new List<(string, int)>()).Add((form, most));
        }
        starts = found is null ? NoStarts : found.ToArray();
        if (table.Starts.Count < MaxCachedWords) table.Starts.TryAdd(folded, starts);
        return starts;
    }

    private static readonly (string Form, int Most)[] NoStarts = new (string, int)[0];

    private const int MaxCachedWords = 100_000;

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

        /// <summary>The words asked about so far, with the entries they may start (<see cref="EntryStarts"/>).</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, (string Form, int Most)[]> Starts { get; } = new(StringComparer.Ordinal);
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
