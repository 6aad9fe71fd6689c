using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>A name the tagger found: sentence, tokens [From, To), type (<see cref="NameLabels.Types"/>).</summary>
internal readonly record struct TaggedName(int Sentence, int From, int To, int Type);

/// <summary>
/// The statistical name tagger: an averaged perceptron (Collins 2002) over <see cref="NameFeatures"/>, decoded greedily
/// left to right, each token's label read with the two labels before it and with what the article called the same word
/// earlier (Ratinov and Roth 2009 found greedy decoding with such history as good as Viterbi for news NER). The same
/// <see cref="Decode{TWeights}"/> runs in training, with the gold labels and an update, so training and tagging cannot
/// drift apart.
/// </summary>
internal static class NameTagger
{
    /// <summary>Features the decoder adds to the static ones: previous label, previous two, previous label with the word,
    /// and the word's history.</summary>
    public const int MaxDynamic = 4;

    /// <summary>Called in training for each token: its features, its count, the label predicted, the gold label.</summary>
    public delegate void Update(ulong[] features, int count, int predicted, int gold);

    /// <summary>Whether the document's language has a model.</summary>
    public static bool HasModel(IReadOnlyList<NameToken[]> sentences) => NameModel.For(NameFeatures.LanguageOf(sentences)) is not null;

    /// <summary>The names of a document (an article's sentences, in order), or none if the language's model is missing.</summary>
    public static List<TaggedName> Tag(IReadOnlyList<NameToken[]> sentences)
    {
        var language = NameFeatures.LanguageOf(sentences);
        var model = NameModel.For(language);
        if (model is null) return new List<TaggedName>();
        var labels = Decode(language, sentences, model, null, null);
        return Names(labels);
    }

    /// <summary>The spans of a labelled document. An I without its B (which decoding does not produce) opens a name too.</summary>
    public static List<TaggedName> Names(int[][] labels)
    {
        var names = new List<TaggedName>();
        for (var s = 0; s < labels.Length; s++)
        {
            var start = -1;
            var type = -1;
            for (var i = 0; i <= labels[s].Length; i++)
            {
                var label = i < labels[s].Length ? labels[s][i] : NameLabels.Outside;
                var continues = label != NameLabels.Outside && NameLabels.IsInside(label) && NameLabels.TypeOf(label) == type;
                if (continues) continue;
                if (start >= 0) names.Add(new TaggedName(s, start, i, type));
                start = label == NameLabels.Outside ? -1 : i;
                type = NameLabels.TypeOf(label);
            }
        }
        return names;
    }

    /// <summary>
    /// Labels every token of the document. With <paramref name="gold"/> and <paramref name="update"/> (training), each
    /// token's prediction is reported with its features before decoding goes on from the predicted label.
    /// </summary>
    /// <param name="forget">Training only (<see cref="NameFeatures.Extract"/>): sentence and token whose word is left out.</param>
    public static int[][] Decode<TWeights>(NameLanguage language, IReadOnlyList<NameToken[]> sentences, TWeights weights, int[][]? gold, Update? update,
        Func<int, int, bool>? forget = null)
        where TWeights : ILabelWeights
    {
        var documentCase = language == NameLanguage.English ? NameFeatures.DocumentCase(sentences) : EmptyCase;
        var history = new Dictionary<ulong, int[]>(); // by the hash of the folded word (NameFeatures.Extract's words)
        var result = new int[sentences.Count][];
        var scores = new float[NameLabels.Count];
        var longest = 0;
        foreach (var sentence in sentences) longest = Math.Max(longest, sentence.Length);
        var buffers = Buffers.For(longest);
        var features = buffers.Features;
        var counts = buffers.Counts;
        var words = buffers.Words;
        // A trained model scores each word's features once per process (NameFeatures.Extract); training scores them all.
        var model = forget is null ? weights as NameModel : null;
        var wordScores = model is null ? null : buffers.WordScores;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            NameFeatures.Extract(language, sentence, documentCase, features, counts, words, forget is null ? null : i => forget(s, i), model, wordScores);
            var labels = new int[sentence.Length];
            for (var i = 0; i < sentence.Length; i++)
            {
                var f = features[i];
                var c = counts[i];
                var previous = i > 0 ? labels[i - 1] : -1;
                var beforePrevious = i > 1 ? labels[i - 2] : -1;
                var word = forget is not null && forget(s, i) ? 0 : words[i];
                f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousLabel, (ulong)(previous + 2));
                f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousTwoLabels, (ulong)(beforePrevious + 2), (ulong)(previous + 2));
                f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousLabelWord, (ulong)(previous + 2), word);
                var seen = history.TryGetValue(words[i], out var counted) ? Majority(counted) : -1;
                if (seen >= -1) f[c++] = FeatureHash.Feature(FeatureTemplate.History, (ulong)(seen + 2));
                if (wordScores is not null) Array.Copy(wordScores[i], scores, scores.Length);
                else Array.Clear(scores, 0, scores.Length);
                for (var k = 0; k < c; k++) weights.AddTo(f[k], scores);
                var best = NameLabels.Outside;
                for (var l = 1; l < NameLabels.Count; l++)
                {
                    if (scores[l] > scores[best]) best = l;
                }
                update?.Invoke(f, c, best, gold![s][i]);
                labels[i] = best;
            }
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!HasLetter(sentence[i].Text)) continue;
                if (!history.TryGetValue(words[i], out var counted)) history[words[i]] = counted = new int[NameLabels.Types.Count + 1];
                counted[NameLabels.TypeOf(labels[i]) + 1]++;
            }
            result[s] = labels;
        }
        return result;
    }

    /// <summary>
    /// The per-token arrays of <see cref="Decode{TWeights}"/>, kept per thread and grown to the longest sentence met:
    /// an article would otherwise allocate a hundred features per token of its longest sentence, which the garbage
    /// collector pays for across a corpus.
    /// </summary>
    private sealed class Buffers
    {
        [ThreadStatic] private static Buffers? _current;

        /// <summary>The longest sentence whose arrays are kept (some 900 bytes a token).</summary>
        private const int MaxKeptLength = 2048;

        private Buffers(int length)
        {
            Features = new ulong[length][];
            WordScores = new float[length][];
            for (var i = 0; i < length; i++)
            {
                Features[i] = new ulong[NameFeatures.MaxStatic + MaxDynamic];
                WordScores[i] = new float[NameLabels.Count];
            }
            Counts = new int[length];
            Words = new ulong[length];
        }

        public ulong[][] Features { get; }
        public float[][] WordScores { get; }
        public int[] Counts { get; }
        public ulong[] Words { get; }

        public static Buffers For(int length)
        {
            // A document with a sentence longer than this (a page without full stops) gets arrays of its own, which the
            // collector takes back, so that a long-lived compiler or editor process does not keep them per thread.
            if (length > MaxKeptLength) return new Buffers(length);
            var current = _current;
            if (current is null || current.Counts.Length < length) _current = current = new Buffers(Math.Max(length, 64));
            return current;
        }
    }

    private static readonly Dictionary<string, int> EmptyCase = new(StringComparer.Ordinal);

    /// <summary>The type the word was given most often earlier (-1 outside a name, 0.. a type); ties go to the earlier index.</summary>
    private static int Majority(int[] counted)
    {
        var best = 0;
        for (var t = 1; t < counted.Length; t++) if (counted[t] > counted[best]) best = t;
        return counted[best] == 0 ? -2 : best - 1;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text) if (char.IsLetter(c)) return true;
        return false;
    }
}
