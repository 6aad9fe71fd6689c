using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Training;

/// <summary>
/// tools/train-entities: trains the English and Arabic name taggers and writes their models (and the gazetteer) into
/// src/CorpusSdk.Extraction/Recognize/Entities/Data. Deterministic: the same inputs and sources give the same bytes.
///   --training DIR   the annotated news (default ../shared/training)
///   --suites DIR     the measuring suites, read only to leave ANERcorp's test split out of NewsFANE and, with --eval,
///                    to print their scores (default ../shared/conformance/entities)
///   --out DIR        where the models go (default src/CorpusSdk.Extraction/Recognize/Entities/Data)
///   --mirrors DIR    where `fetch github:OWNER/NAME` put the repository snapshots (default ../.mirror): WikiFANE Gold
///                    is read from one (<see cref="WikiFane"/>)
///   --validate       hold out the last tenth of each training set (of NewsFANE for Arabic) and print its scores every
///                    second epoch; write nothing
///   --eval           after training, score the suites in process (tokens split at spaces)
///   --language en|ar only one of the two models
/// </summary>
public static class Program
{
    /// <summary>Passes over the training data: the held-out tenth stops gaining after about this many.</summary>
    private const int Epochs = 12;

    /// <summary>
    /// How often a name's token is shown without its word in training: a measure against learning names by heart, so the
    /// model reads the names it has never seen (most names of a new story) from their context, shape and the gazetteer.
    /// </summary>
    private const double WordDropout = 0.25;

    /// <summary>NewsFANE marks no documents: runs of this many sentences stand for one (the suites' documents are ten).</summary>
    private const int SentencesPerDocument = 10;

    /// <summary>How many times each epoch shows NewsFANE's news beside WikiFANE's Wikipedia text.</summary>
    private const int NewsWeight = 2;

    /// <summary>The files whose text decides what a model is: the trainer, and the tagger's features and lexicons.</summary>
    internal static readonly string[] ScriptFiles =
    {
        "tools/train-entities",
        "tools/CorpusSdk.Training/CorpusSdk.Training.csproj",
        "tools/CorpusSdk.Training/AveragedPerceptron.cs",
        "tools/CorpusSdk.Training/Program.cs",
        "tools/CorpusSdk.Training/TrainingData.cs",
        "src/CorpusSdk.Extraction/Normalize/ArabicFolding.cs",
        "src/CorpusSdk.Extraction/Normalize/ArabicWords.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/EntityLexicon.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/FeatureHash.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/Gazetteer.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/NameFeatures.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/NameLetters.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/NameLabels.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/NameModel.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/NameTagger.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/NameToken.cs",
        "src/CorpusSdk.Extraction/Recognize/Quotes/QuoteLexicon.cs",
        "src/CorpusSdk.Extraction/Segment/SegmentLexicon.cs",
        "src/CorpusSdk.Extraction/Recognize/Entities/Data/gazetteer.tsv",
    };

    public static int Main(string[] args)
    {
        var root = FindRoot();
        string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var training = Path.GetFullPath(Option("--training", Path.Combine(root, "..", "shared", "training")));
        var suites = Path.GetFullPath(Option("--suites", Path.Combine(root, "..", "shared", "conformance", "entities")));
        var output = Path.GetFullPath(Option("--out", Path.Combine(root, "src", "CorpusSdk.Extraction", "Recognize", "Entities", "Data")));
        var validate = args.Contains("--validate");
        var evaluate = args.Contains("--eval");
        var only = Option("--language", "both");
        var mirrors = Path.GetFullPath(Option("--mirrors", Path.Combine(root, "..", ".mirror")));

        if (args.Contains("--tag"))
        {
            var text = Option("--tag", "");
            var tokens = text.Split(' ').Select(w => new NameToken(w, 0)).ToArray();
            var language = NameFeatures.LanguageOf(new[] { tokens });
            using var stream = File.OpenRead(Path.Combine(output, language == NameLanguage.Arabic ? "names-ar.model" : "names-en.model"));
            var model = NameModel.Read(stream);
            var labels = NameTagger.Decode(language, new[] { tokens }, model, null, null)[0];
            Console.WriteLine(string.Join(" ", tokens.Select((t, i) => t.Text + "/" + NameLabels.Name(labels[i]))));
            return 0;
        }
        if (only is "both" or "en")
        {
            var conll = Path.Combine(training, "conll2003-eng.train");
            var documents = ConllReader.Read(conll);
            Console.Error.WriteLine($"en: {documents.Count} documents, {documents.Sum(d => d.Tokens)} tokens");
            var model = Train(NameLanguage.English, validate ? documents.Take(documents.Count * 9 / 10).ToList() : documents,
                validate ? documents.Skip(documents.Count * 9 / 10).ToList() : new List<TrainingDocument>(), validate);
            if (!validate)
            {
                var header = Header("names-en.model: the English name tagger", root, model,
                    new[] { ("conll2003-eng.train", File.ReadAllBytes(conll)) },
                    "trained on the CoNLL-2003 English training set (Tjong Kim Sang and De Meulder 2003; Reuters RCV1 text, research use)");
                Write(Path.Combine(output, "names-en.model"), header, model);
                if (evaluate) Evaluate(NameLanguage.English, Path.Combine(output, "names-en.model"), Path.Combine(suites, "conll2003-testa.jsonl"), ErrorCount(args), args);
            }
        }
        if (only is "both" or "ar")
        {
            var newsFane = Path.Combine(training, "newsfane-gold-2014.txt");
            var suite = Path.Combine(suites, "anercorp-dev.jsonl");
            var sentences = NewsFaneReader.ReadSentences(newsFane);
            var heldOut = NewsFaneReader.HeldOut(sentences, suite);
            var kept = sentences.Where((_, i) => !heldOut.Contains(i)).ToList();
            var wikiText = WikiFane.Read(mirrors);
            if (wikiText is null)
            {
                Console.Error.WriteLine($"train-entities: no snapshot of {WikiFane.Repository} in {mirrors} (fetch github:{WikiFane.Repository}, or pass --mirrors DIR)");
                return 2;
            }
            var wiki = NewsFaneReader.ReadSentences(wikiText);
            Console.Error.WriteLine($"ar: {sentences.Count} NewsFANE sentences, {heldOut.Count} left out as ANERcorp's test split, {kept.Count} kept; {wiki.Count} WikiFANE sentences");
            var news = NewsFaneReader.Documents(kept, SentencesPerDocument);
            var held = validate ? news.Skip(news.Count * 9 / 10).ToList() : new List<TrainingDocument>();
            var newsTrained = validate ? news.Take(news.Count * 9 / 10).ToList() : news;
            // Wikipedia's articles first, then the news NewsWeight times: the model is for news, and WikiFANE is four
            // times NewsFANE's size.
            var documents = NewsFaneReader.Documents(wiki, SentencesPerDocument);
            for (var copy = 0; copy < NewsWeight; copy++) documents.AddRange(newsTrained);
            if (args.Contains("--dump"))
            {
                foreach (var d in news.Take(3))
                    for (var s = 0; s < d.Sentences.Count; s++)
                        Console.Error.WriteLine(string.Join(" ", d.Sentences[s].Select((t, i) => d.Labels[s][i] == 0 ? t.Text : t.Text + "/" + NameLabels.Name(d.Labels[s][i]))));
                return 0;
            }
            var letters = CountLetters(Path.Combine(root, "src", "CorpusSdk.Extraction", "Recognize", "Entities", "Data", "gazetteer.tsv"), documents);
            NameLetters.Use(letters);
            if (!validate) WriteLetters(Path.Combine(output, "letters-ar.tsv"), letters);
            var model = Train(NameLanguage.Arabic, documents, held, validate);
            if (!validate)
            {
                var header = Header("names-ar.model: the Arabic name tagger", root, model,
                    new[] { ("newsfane-gold-2014.txt", File.ReadAllBytes(newsFane)), ("anercorp-dev.jsonl (only to leave ANERcorp's test split out)", File.ReadAllBytes(suite)),
                        (WikiFane.InputName, wikiText) },
                    $"trained on NewsFANE Gold (news, weighted {NewsWeight}) and WikiFANE Gold (Wikipedia) (Alotaibi and Lee 2014, CC BY-SA 3.0), clitics rejoined, {heldOut.Count} sentences of ANERcorp's test split left out");
                Write(Path.Combine(output, "names-ar.model"), header, model);
                if (evaluate) Evaluate(NameLanguage.Arabic, Path.Combine(output, "names-ar.model"), suite, ErrorCount(args), args);
            }
        }
        return 0;
    }

    /// <summary>Add-one smoothing of the letter-trigram counts.</summary>
    private const double LetterSmoothing = 1.0;

    /// <summary>
    /// The letter model of <see cref="NameLetters"/>: for each trigram, the log-ratio (in hundredths) of how often it
    /// occurs in the Arabic name words of the gazetteer (person, given) against the Arabic words the training text
    /// marks as no name, each word counted once.
    /// </summary>
    private static Dictionary<string, int> CountLetters(string gazetteer, List<TrainingDocument> documents)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(gazetteer, Encoding.UTF8))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
            var kind = line.Substring(0, tab);
            if (kind is not ("person" or "given")) continue;
            foreach (var word in line.Substring(tab + 1).Split(' '))
            {
                var key = CorpusSdk.Extraction.Normalize.ArabicWords.Key(CorpusSdk.Extraction.Normalize.ArabicFolding.Fold(word));
                if (IsFoldedArabicWord(key)) names.Add(key);
            }
        }
        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
            for (var s = 0; s < document.Sentences.Count; s++)
                for (var i = 0; i < document.Sentences[s].Length; i++)
                {
                    if (document.Labels[s][i] != NameLabels.Outside) continue;
                    var key = CorpusSdk.Extraction.Normalize.ArabicWords.Key(document.Sentences[s][i].Folded);
                    if (IsFoldedArabicWord(key) && !names.Contains(key)) others.Add(key);
                }
        Dictionary<string, int> Count(IEnumerable<string> words)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in words)
                foreach (var trigram in NameLetters.Trigrams(word))
                    counts[trigram] = counts.TryGetValue(trigram, out var n) ? n + 1 : 1;
            return counts;
        }
        var inNames = Count(names);
        var inOthers = Count(others);
        var all = inNames.Keys.Union(inOthers.Keys, StringComparer.Ordinal).ToList();
        double nameTotal = inNames.Values.Sum(), otherTotal = inOthers.Values.Sum();
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var trigram in all)
        {
            inNames.TryGetValue(trigram, out var a);
            inOthers.TryGetValue(trigram, out var b);
            var ratio = Math.Log((a + LetterSmoothing) / (nameTotal + LetterSmoothing * all.Count)) - Math.Log((b + LetterSmoothing) / (otherTotal + LetterSmoothing * all.Count));
            table[trigram] = (int)Math.Round(ratio * 100);
        }
        Console.Error.WriteLine($"letters: {names.Count} name words, {others.Count} other words, {table.Count} trigrams");
        return table;
    }

    /// <summary>
    /// A folded Arabic word of three letters or more, each a base letter (hamza to yeh): folding leaves no diacritic,
    /// tatweel or letter variant, so a word with anything else (a digit, a Latin letter) is no name word to count.
    /// </summary>
    private static bool IsFoldedArabicWord(string key) => key.Length >= 3 && key.All(c => c >= '\u0621' && c <= '\u064A');

    private static void WriteLetters(string path, Dictionary<string, int> table)
    {
        var text = new StringBuilder();
        text.Append("# letters-ar.tsv: the letter model of NameLetters (trigram TAB log-ratio in hundredths of name words against other words).\n");
        text.Append("# Built by tools/train-entities from the gazetteer's Arabic person and given-name words and the Arabic training text's words that are no name.\n");
        foreach (var pair in table.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(pair.Key).Append('\t').Append(pair.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Trains over the documents in a fixed shuffled order each epoch; with validation, scores the held-out ones.</summary>
    private static List<(ulong Feature, short[] Weights)> Train(NameLanguage language, List<TrainingDocument> train, List<TrainingDocument> held, bool validate)
    {
        var perceptron = new AveragedPerceptron();
        var random = new SplitMix(20261207);
        var order = Enumerable.Range(0, train.Count).ToArray();
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = (int)(random.Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            var wrong = 0;
            var seen = 0;
            foreach (var d in order)
            {
                var document = train[d];
                // Each name token forgets its word with probability WordDropout, decided once per token and epoch.
                var forgotten = document.Labels.Select(labels => labels.Select(l => l != NameLabels.Outside && random.Next() % 1000 < WordDropout * 1000).ToArray()).ToArray();
                NameTagger.Decode(language, document.Sentences, perceptron, document.Labels.ToArray(), (features, count, predicted, gold) =>
                {
                    seen++;
                    if (predicted != gold) wrong++;
                    perceptron.Learn(features, count, predicted, gold);
                }, (s, i) => forgotten[s][i]);
            }
            Console.Error.WriteLine($"{language} epoch {epoch}: {wrong} of {seen} tokens wrong, {perceptron.FeatureCount} features");
            if (validate && (epoch % 2 == 0 || epoch == Epochs))
            {
                var quantized = Quantize(perceptron.Averaged());
                var model = RoundTrip(quantized);
                Console.Error.WriteLine($"  held-out tenth: {Score(language, model, held)}");
            }
        }
        return Quantize(perceptron.Averaged());
    }

    /// <summary>
    /// The averaged weights as 16-bit integers: scaled so the largest is 32,000, rounded; a feature all of whose
    /// weights round to zero is left out.
    /// </summary>
    private static List<(ulong Feature, short[] Weights)> Quantize(List<(ulong Feature, float[] Weights)> averaged)
    {
        var largest = averaged.Max(f => f.Weights.Max(Math.Abs));
        var scale = 32000f / largest;
        var result = new List<(ulong, short[])>();
        foreach (var (feature, weights) in averaged)
        {
            var q = weights.Select(w => (short)Math.Round(w * scale, MidpointRounding.AwayFromZero)).ToArray();
            if (q.Any(w => w != 0)) result.Add((feature, q));
        }
        return result;
    }

    private static NameModel RoundTrip(List<(ulong Feature, short[] Weights)> model)
    {
        using var stream = new MemoryStream();
        NameModel.Write(stream, Array.Empty<string>(), model);
        stream.Position = 0;
        return NameModel.Read(stream);
    }

    private static string Score(NameLanguage language, NameModel model, List<TrainingDocument> documents)
    {
        var counts = new int[NameLabels.Types.Count, 3];
        foreach (var document in documents)
        {
            var predicted = NameTagger.Names(NameTagger.Decode(language, document.Sentences, model, null, null));
            var gold = NameTagger.Names(document.Labels.ToArray());
            Count(counts, predicted, gold);
        }
        return Report(counts);
    }

    private static void Count(int[,] counts, List<TaggedName> predicted, List<TaggedName> gold)
    {
        var goldSet = new HashSet<TaggedName>(gold);
        foreach (var name in predicted) { counts[name.Type, 1]++; if (goldSet.Contains(name)) counts[name.Type, 0]++; }
        foreach (var name in gold) counts[name.Type, 2]++;
    }

    private static string Report(int[,] counts)
    {
        var parts = new List<string>();
        int tp = 0, np = 0, ng = 0;
        for (var t = 0; t < 3; t++)
        {
            tp += counts[t, 0]; np += counts[t, 1]; ng += counts[t, 2];
            parts.Add($"{NameLabels.Types[t]} {F1(counts[t, 0], counts[t, 1], counts[t, 2]):0.000}");
        }
        return $"F1 {F1(tp, np, ng):0.000} (" + string.Join(", ", parts) + $"; MISC {F1(counts[3, 0], counts[3, 1], counts[3, 2]):0.000})";
    }

    private static double F1(int tp, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)tp / predicted;
        var r = gold == 0 ? 0 : (double)tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>A suite scored in process: the tagger alone, tokens split at spaces (the CLI's `entities` adds the rules).</summary>
    private static void Evaluate(NameLanguage language, string modelPath, string suitePath, int errors, string[] args)
    {
        using var stream = File.OpenRead(modelPath);
        var model = NameModel.Read(stream);
        var counts = new int[NameLabels.Types.Count, 3];
        var lines = File.ReadLines(suitePath).Where(l => l.Trim().Length > 0).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        foreach (var group in lines.GroupBy(l => l.GetProperty("doc").GetString()))
        {
            var sentences = new List<NameToken[]>();
            var gold = new List<TaggedName>();
            foreach (var line in group)
            {
                var text = line.GetProperty("text").GetString()!;
                var tokens = new List<NameToken>();
                var at = 0;
                foreach (var word in text.Split(' '))
                {
                    tokens.Add(new NameToken(word, at));
                    at += word.Length + 1;
                }
                foreach (var g in line.GetProperty("gold").EnumerateArray())
                {
                    var start = g.GetProperty("start").GetInt32();
                    var end = start + g.GetProperty("length").GetInt32();
                    var from = tokens.FindIndex(t => t.End > start);
                    var to = tokens.FindLastIndex(t => t.Start < end) + 1;
                    var type = g.GetProperty("kind").GetString() switch { "person" => 0, "organization" => 1, _ => 2 };
                    gold.Add(new TaggedName(sentences.Count, from, to, type));
                }
                sentences.Add(tokens.ToArray());
            }
            var labelled = NameTagger.Decode(language, sentences, model, null, null);
            var predicted = NameTagger.Names(labelled).Where(n => n.Type != NameLabels.Misc).ToList();
            Count(counts, predicted, gold);
            if (args.Contains("--explain") && group.Key == args.SkipWhile(a => a != "--explain").Skip(1).First())
            {
                for (var s = 0; s < sentences.Count; s++)
                    Console.Error.WriteLine(string.Join(" ", sentences[s].Select((t, i) => labelled[s][i] == 0 ? t.Text : t.Text + "/" + NameLabels.Name(labelled[s][i]))));
            }
            if (errors > 0)
            {
                string Show(TaggedName n) => NameLabels.Types[n.Type] + ":" + string.Join(" ", sentences[n.Sentence].Skip(n.From).Take(n.To - n.From).Select(t => t.Text));
                var missed = gold.Except(predicted).ToList();
                var wrong = predicted.Except(gold).ToList();
                if (missed.Count + wrong.Count > 0)
                {
                    errors--;
                    Console.Error.WriteLine($"  {group.Key}: missed [{string.Join(", ", missed.Select(Show))}] wrong [{string.Join(", ", wrong.Select(Show))}]");
                }
            }
        }
        Console.Error.WriteLine($"{Path.GetFileName(suitePath)} (tagger alone): {Report(counts)}");
    }

    private static int ErrorCount(string[] args) =>
        int.TryParse(args.SkipWhile(a => a != "--errors").Skip(1).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static List<string> Header(string title, string root, List<(ulong Feature, short[] Weights)> model, (string Name, byte[] Bytes)[] inputs, string trainedOn)
    {
        var header = new List<string>
        {
            title,
            "built by tools/train-entities (tools/CorpusSdk.Training); do not edit: run tools/train-entities to rebuild",
            trainedOn,
        };
        foreach (var (name, bytes) in inputs) header.Add($"input {name} sha256 {Sha256(bytes)}");
        header.Add($"script sha256 {ScriptHash(root)} over {string.Join(" ", ScriptFiles)}");
        header.Add(string.Create(CultureInfo.InvariantCulture, $"epochs {Epochs}, features {model.Count}, labels {string.Join(" ", Enumerable.Range(0, NameLabels.Count).Select(NameLabels.Name))}"));
        return header;
    }

    private static void Write(string path, List<string> header, List<(ulong Feature, short[] Weights)> model)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = File.Create(path)) NameModel.Write(stream, header, model);
        Console.Error.WriteLine($"wrote {path}: {new FileInfo(path).Length} bytes, {model.Count} features");
    }

    /// <summary>
    /// The hash of the script's files, in the order listed, each as its path, a NUL, its text with line ends as LF, a
    /// NUL (so a checkout with CRLF line ends hashes alike). The test of the models computes the same.
    /// </summary>
    internal static string ScriptHash(string root)
    {
        var all = new StringBuilder();
        foreach (var file in ScriptFiles)
        {
            all.Append(file).Append('\0').Append(File.ReadAllText(Path.Combine(root, file), Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\0');
        }
        return Sha256(Encoding.UTF8.GetBytes(all.ToString()));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "CorpusSdk.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? Directory.GetCurrentDirectory();
    }

    /// <summary>A fixed pseudo-random sequence (splitmix64), the same on every runtime, for the order of training.</summary>
    private sealed class SplitMix
    {
        private ulong _state;

        public SplitMix(ulong seed) => _state = seed;

        public ulong Next() => FeatureHash.Mix(_state += 0x9E3779B97F4A7C15UL);
    }
}
