using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Training;

/// <summary>A document of training text: its sentences as the tagger reads them and each token's gold label.</summary>
internal sealed record TrainingDocument(List<NameToken[]> Sentences, List<int[]> Labels)
{
    public int Tokens => Sentences.Sum(s => s.Length);
}

/// <summary>The CoNLL-2003 English training set: word, POS, chunk, tag per line; -DOCSTART- opens a document.</summary>
internal static class ConllReader
{
    public static List<TrainingDocument> Read(string path)
    {
        var documents = new List<TrainingDocument>();
        TrainingDocument? current = null;
        var words = new List<string>();
        var tags = new List<string>();
        void EndSentence()
        {
            if (words.Count == 0) return;
            current ??= new TrainingDocument(new List<NameToken[]>(), new List<int[]>());
            current.Sentences.Add(words.Select(w => new NameToken(w, 0)).ToArray());
            current.Labels.Add(Labels(tags));
            words.Clear();
            tags.Clear();
        }
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                if (current is { Sentences.Count: > 0 }) documents.Add(current);
                current = null;
                continue;
            }
            if (line.Trim().Length == 0) { EndSentence(); continue; }
            var parts = line.Split(' ');
            words.Add(parts[0]);
            tags.Add(parts[parts.Length - 1]);
        }
        EndSentence();
        if (current is { Sentences.Count: > 0 }) documents.Add(current);
        return documents;
    }

    /// <summary>
    /// IOB1 or IOB2 tags as BIO labels: B-X begins a name; I-X begins one unless the token before is of type X too.
    /// </summary>
    public static int[] Labels(IReadOnlyList<string> tags)
    {
        var labels = new int[tags.Count];
        var previousType = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var type = tag.Length > 2 && tag[1] == '-' ? NameLabels.TypeIndex(tag.Substring(2)) : -1;
            if (type < 0) { labels[i] = NameLabels.Outside; previousType = -1; continue; }
            labels[i] = tag[0] == 'I' && previousType == type ? NameLabels.Inside(type) : NameLabels.Begin(type);
            previousType = type;
        }
        return labels;
    }
}

/// <summary>
/// NewsFANE Gold (Alotaibi and Lee 2014): word TAB fine-grained tag, a blank line between sentences. Its text is
/// ANERcorp's, pre-processed: clitics split off as tokens (و قال, ان ه) and hamza folded. The reader glues the clitics
/// back on (وقال, انه, للامم), so the model learns text as news writes it, and maps the 50 classes to the four types.
/// </summary>
internal static class NewsFaneReader
{
    /// <summary>One-letter proclitics written as tokens of their own, joined to the word after them.</summary>
    private static readonly HashSet<string> Proclitics = new(StringComparer.Ordinal) { "و", "ف", "ب", "ل" };

    /// <summary>Pronouns written as tokens of their own, joined to the word before them.</summary>
    private static readonly HashSet<string> Enclitics = new(StringComparer.Ordinal) { "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ي", "ك" };

    private static readonly string[] PersonClasses = { "Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Police", "Businessperson", "Lawyer", "Engineer" };

    private static readonly string[] OrganizationClasses = { "Non-Governmental", "Sports", "Media", "Government", "Commercial", "Educational", "Medical-Science", "Entertainment", "Religious_ORG" };

    /// <summary>
    /// Places: the geo-political entities and natural regions, and facilities (a building, an airport, a road), which
    /// CoNLL's guidelines count as locations. Everything else (groups of people, works, vehicles, products) is MISC.
    /// </summary>
    private static readonly string[] PlaceClasses =
    {
        "Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent", "Water-Body", "County-or-District",
        "Land-Region-Natural", "Building-Grounds", "Airport", "Path", "Subarea-Facility", "Celestial",
    };

    public static string TypeOf(string fineClass) =>
        PersonClasses.Contains(fineClass) ? "PER" : OrganizationClasses.Contains(fineClass) ? "ORG" : PlaceClasses.Contains(fineClass) ? "LOC" : "MISC";

    /// <summary>The sentences, each as (words, coarse IOB tags), in file order.</summary>
    public static List<(List<string> Words, List<string> Tags)> ReadSentences(string path) => ReadSentences(File.ReadLines(path, Encoding.UTF8));

    /// <summary>The same from the file's bytes (WikiFANE Gold, read out of its archive).</summary>
    public static List<(List<string> Words, List<string> Tags)> ReadSentences(byte[] utf8) => ReadSentences(Encoding.UTF8.GetString(utf8).Split('\n'));

    private static List<(List<string> Words, List<string> Tags)> ReadSentences(IEnumerable<string> lines)
    {
        var sentences = new List<(List<string>, List<string>)>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Replace("\u200E", string.Empty, StringComparison.Ordinal).Replace("\uFEFF", string.Empty, StringComparison.Ordinal).TrimEnd('\r');
            var parts = line.Split('\t');
            var word = parts[0].Trim();
            if (word.Length == 0)
            {
                if (words.Count > 0) sentences.Add((Glue(words, tags, out var glued), glued));
                words = new List<string>();
                tags = new List<string>();
                continue;
            }
            var tag = parts.Length > 1 ? parts[1].Trim() : "O";
            words.Add(word);
            tags.Add(tag.Length > 2 && tag[1] == '-' ? tag.Substring(0, 2) + TypeOf(tag.Substring(2)) : "O");
        }
        if (words.Count > 0) sentences.Add((Glue(words, tags, out var last), last));
        return sentences;
    }

    /// <summary>Clitic tokens joined to their word: و قال → وقال, ان ه → انه, ل الامم → للامم. The word keeps its tag.</summary>
    public static List<string> Glue(List<string> words, List<string> tags, out List<string> gluedTags)
    {
        var glued = new List<string>();
        gluedTags = new List<string>();
        var pending = new StringBuilder();
        var pendingTag = "O";
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var nextIsWord = i + 1 < words.Count && char.IsLetter(words[i + 1][0]);
            if (Proclitics.Contains(word) && nextIsWord)
            {
                if (pending.Length == 0) pendingTag = tags[i];
                pending.Append(word);
                continue;
            }
            if (pending.Length > 0)
            {
                // ل with the article writes one lam less: ل + الامم is للامم.
                var text = pending[pending.Length - 1] == 'ل' && word.StartsWith("ال", StringComparison.Ordinal) ? pending + word.Substring(1) : pending + word;
                pending.Clear();
                glued.Add(text);
                // A name keeps its own tag (و محمد: B-PER); a conjunction inside a name (الناس و انا) keeps the name's.
                gluedTags.Add(tags[i] == "O" && pendingTag != "O" ? pendingTag : tags[i]);
                continue;
            }
            if (Enclitics.Contains(word) && glued.Count > 0 && char.IsLetter(glued[glued.Count - 1][glued[glued.Count - 1].Length - 1]))
            {
                glued[glued.Count - 1] += word;
                continue;
            }
            glued.Add(word);
            gluedTags.Add(tags[i]);
        }
        return glued;
    }

    /// <summary>Sentences as documents of <paramref name="size"/> sentences (the file marks none), with their BIO labels.</summary>
    public static List<TrainingDocument> Documents(IReadOnlyList<(List<string> Words, List<string> Tags)> sentences, int size)
    {
        var documents = new List<TrainingDocument>();
        for (var start = 0; start < sentences.Count; start += size)
        {
            var document = new TrainingDocument(new List<NameToken[]>(), new List<int[]>());
            for (var s = start; s < Math.Min(start + size, sentences.Count); s++)
            {
                document.Sentences.Add(sentences[s].Words.Select(w => new NameToken(w, 0)).ToArray());
                document.Labels.Add(ConllReader.Labels(sentences[s].Tags));
            }
            documents.Add(document);
        }
        return documents;
    }

    /// <summary>
    /// The sentences of ANERcorp's CAMeL Lab test split, which NewsFANE holds too (it re-annotates ANERcorp): the
    /// measuring suite is its first half and the project is measured on the second without seeing it, so neither may be
    /// learned from. The suite's sentences are found in NewsFANE (folded, spaces and clitic splits ignored); they lie in
    /// one run, and the held-out half follows it. Returned: the indexes to leave out, that run and as many sentences
    /// again after it, with a quarter more on each side for margin, and any other sentence of the suite found elsewhere.
    /// </summary>
    public static HashSet<int> HeldOut(IReadOnlyList<(List<string> Words, List<string> Tags)> sentences, string suitePath)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var joined = new StringBuilder();
        var starts = new List<int>();
        foreach (var (words, _) in sentences)
        {
            starts.Add(joined.Length);
            joined.Append(Compact(string.Concat(words))).Append('|');
        }
        var all = joined.ToString();
        var found = new List<int>();
        foreach (var line in File.ReadLines(suitePath, Encoding.UTF8))
        {
            if (line.Trim().Length == 0) continue;
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var text = Compact(json.RootElement.GetProperty("text").GetString() ?? string.Empty);
            if (text.Length < 20) continue;
            var probe = text.Substring(text.Length / 4, Math.Min(30, text.Length - text.Length / 4));
            var hit = all.IndexOf(probe, StringComparison.Ordinal);
            if (hit < 0) continue;
            var index = starts.BinarySearch(hit);
            found.Add(index >= 0 ? index : ~index - 1);
        }
        var excluded = new HashSet<int>(found);
        if (found.Count == 0) return excluded;
        // The run: the longest stretch of found sentences with gaps of at most 20 between them.
        var sorted = found.Distinct().OrderBy(i => i).ToList();
        int bestFrom = sorted[0], bestTo = sorted[0], from = sorted[0];
        for (var k = 1; k <= sorted.Count; k++)
        {
            if (k < sorted.Count && sorted[k] - sorted[k - 1] <= 20) continue;
            var to = sorted[k - 1];
            if (to - from > bestTo - bestFrom) (bestFrom, bestTo) = (from, to);
            if (k < sorted.Count) from = sorted[k];
        }
        var length = bestTo - bestFrom + 1;
        for (var i = Math.Max(0, bestFrom - length / 4); i <= Math.Min(sentences.Count - 1, bestTo + length + length / 4); i++) excluded.Add(i);
        return excluded;
    }

    /// <summary>Folded, without diacritics, hamza, spaces or the escapes of JSON: the text two copies of a sentence share.</summary>
    private static string Compact(string text)
    {
        var folded = ArabicFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c == 'ء') continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}

/// <summary>
/// WikiFANE Gold (Alotaibi and Lee 2014): 500K tokens of Arabic Wikipedia, hand-annotated in NewsFANE's 50 classes and
/// format, under the same licence (CC BY-SA 3.0). Many more names than NewsFANE, and many of them foreign names in
/// transliteration. Read from a pinned snapshot of the repository that distributes it (`fetch github:` puts it in the
/// mirrors folder), out of the zip archive it is kept in.
/// </summary>
public static class WikiFane
{
    public const string Repository = "ibrahim85/Arabic-Named-Entity-Recognition-1";
    public const string Commit = "f39c35bd0949678688af70608821eb2cdecf0d12";
    public const string Archive = "WikiFANE_2014_Gold_standard.zip";
    public const string Entry = "WikiFANE_2014_Gold_standard/WikiFANE_Gold_2014_500K.txt";

    /// <summary>The name the model's header gives this input (the test of the models reads it back).</summary>
    public const string InputName = "WikiFANE_Gold_2014_500K.txt (github " + Repository + " @ " + Commit + ", " + Archive + ")";

    /// <summary>The corpus file's bytes, or null when there is no snapshot of the repository in <paramref name="mirrors"/>.</summary>
    public static byte[]? Read(string mirrors)
    {
        var gitDir = Path.Combine(mirrors, Repository.Replace('/', '+'), "repo");
        if (Directory.Exists(Path.Combine(gitDir, ".git"))) gitDir = Path.Combine(gitDir, ".git");
        if (!Directory.Exists(gitDir)) return null;
        var start = new System.Diagnostics.ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--git-dir", gitDir, "show", Commit + ":" + Archive }) start.ArgumentList.Add(arg);
        using var git = System.Diagnostics.Process.Start(start)!;
        using var archiveBytes = new MemoryStream();
        var stderr = git.StandardError.ReadToEndAsync();
        git.StandardOutput.BaseStream.CopyTo(archiveBytes);
        git.WaitForExit();
        if (git.ExitCode != 0) throw new InvalidOperationException($"git show {Commit}:{Archive} in {gitDir} failed: {stderr.Result}");
        archiveBytes.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(archiveBytes, System.IO.Compression.ZipArchiveMode.Read);
        var entry = zip.GetEntry(Entry) ?? throw new InvalidOperationException($"{Archive} has no {Entry}");
        using var text = entry.Open();
        using var bytes = new MemoryStream();
        text.CopyTo(bytes);
        return bytes.ToArray();
    }
}
