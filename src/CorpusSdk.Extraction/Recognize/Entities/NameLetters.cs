using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>
/// How much an Arabic word's letters look like a person's name: a letter-trigram model that compares the name words
/// of the gazetteer (Wikidata's people written in Arabic, common given names) with the words annotated as no name in
/// the tagger's training text. A transliterated foreign name the gazetteer lacks (فيلاندروفسكي) still has a name's
/// letters, which the tagger reads as one bucket of this score. Built by tools/train-entities into
/// Data/letters-ar.tsv (trigram TAB log-ratio in hundredths).
/// </summary>
internal static class NameLetters
{
    /// <summary>The bucket edges of the mean log-ratio per trigram, in hundredths.</summary>
    private static readonly int[] Edges = { -150, -100, -50, 0, 50, 100, 150 };

    private static Dictionary<string, int>? table;

    private static Dictionary<string, int> Table => table ??= Load();

    /// <summary>Training only: the table the trainer has just counted, before it is written and embedded.</summary>
    internal static void Use(Dictionary<string, int> counted) => table = counted;

    /// <summary>The bucket (0 to 7) of <paramref name="key"/>'s mean log-ratio; 0 also for a word too short to judge.</summary>
    public static int Bucket(string key)
    {
        if (key.Length < 3) return 0;
        var sum = 0;
        var n = 0;
        foreach (var trigram in Trigrams(key))
        {
            if (Table.TryGetValue(trigram, out var weight)) sum += weight;
            n++;
        }
        var mean = sum / n;
        var bucket = 1;
        foreach (var edge in Edges) if (mean >= edge) bucket++;
        return bucket;
    }

    /// <summary>The letter trigrams of a word padded with ^ and $.</summary>
    public static IEnumerable<string> Trigrams(string key)
    {
        var padded = "^" + key + "$";
        for (var i = 0; i + 3 <= padded.Length; i++) yield return padded.Substring(i, 3);
    }

    private static Dictionary<string, int> Load()
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = typeof(NameLetters).Assembly.GetManifestResourceStream("CorpusSdk.Extraction.Recognize.Entities.Data.letters-ar.tsv");
        if (stream is null) return result;
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab > 0) result[line.Substring(0, tab)] = int.Parse(line.Substring(tab + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        return result;
    }
}
