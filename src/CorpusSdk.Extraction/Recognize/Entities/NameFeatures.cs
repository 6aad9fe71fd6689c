using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Quotes;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>The two models of the name tagger: one reads text in Latin script, the other Arabic.</summary>
internal enum NameLanguage
{
    English,
    Arabic,
}

/// <summary>
/// What the name tagger observes of a token (docs/extraction.md, "How names are found"): the word, its fold and its
/// stem without the article and proclitics; its prefixes and suffixes; its shape (Xxxx, XX, dd); the words and shapes
/// around it; whether it opens a sentence or stands in a line of capitals; how the rest of the article writes it; the
/// cues the rule lexicons give (a title before it, a speech verb after it, an organisation's head noun); the gazetteers
/// (<see cref="Gazetteer"/>). These are the features of the sentence alone; the labels before the token and what the
/// article called the word earlier are added as it is tagged (<see cref="NameTagger"/>).
/// Training (tools/CorpusSdk.Training) calls this class too: what the model learned is what it is shown here.
/// </summary>
internal static class NameFeatures
{
    /// <summary>The most features one token has (the static ones); the tagger adds five more.</summary>
    public const int MaxStatic = 96;

    private static readonly ulong SentenceStartWord = FeatureHash.Of("<s>");
    private static readonly ulong SentenceEndWord = FeatureHash.Of("</s>");

    /// <summary>Cue values (<see cref="FeatureTemplate.Cue"/>).</summary>
    private enum CueKind : ulong
    {
        TitleBefore = 1,
        TitleTwoBefore = 2,
        SpeechVerbAfter = 3,
        OrganizationHead = 4,
        OrganizationHeadBefore = 5,
        PlaceNounBefore = 6,
        GivenName = 7,
        GivenNameBefore = 8,
        SpeechVerbBefore = 9,
        Joiner = 10,
        JoinerBefore = 11,
        Title = 12,
        FunctionWord = 13,
        CommaAfter = 14,
        NumberAfterComma = 15,
        Nationality = 16,
        NationalityBefore = 17,
    }

    /// <summary>
    /// Which model reads a paragraph: Arabic when it has more Arabic letters than Latin ones, so that an English name
    /// inside an Arabic article is read by the Arabic model, which was trained on such text.
    /// </summary>
    public static NameLanguage LanguageOf(IReadOnlyList<NameToken[]> sentences)
    {
        int arabic = 0, latin = 0;
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                foreach (var c in token.Text)
                {
                    if (c >= '\u0600' && c <= '\u06FF') arabic++;
                    else if (c < 0x0250 && char.IsLetter(c)) latin++;
                }
            }
        }
        return arabic > latin ? NameLanguage.Arabic : NameLanguage.English;
    }

    /// <summary>What the document says of each folded word: the case it is written in away from a sentence's start.</summary>
    public static Dictionary<string, int> DocumentCase(IReadOnlyList<NameToken[]> sentences)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var capitalsLine = IsCapitalsLine(sentence);
            for (var i = 0; i < sentence.Length; i++)
            {
                var text = sentence[i].Text;
                if (text.Length == 0 || !char.IsLetter(text[0]) || text[0] >= 0x0250) continue;
                int flag;
                if (char.IsLower(text[0])) flag = 1;
                else if (capitalsLine) continue;
                else if (IsAllCapitals(text)) flag = 2;
                else if (i > 0 && !IsSentenceStart(sentence, i)) flag = 4;
                else continue;
                seen.TryGetValue(sentence[i].Folded, out var flags);
                seen[sentence[i].Folded] = flags | flag;
            }
        }
        return seen;
    }

    /// <summary>
    /// The static features of every token of <paramref name="sentence"/>, into <paramref name="features"/> (one array
    /// per token, <see cref="MaxStatic"/> long, the count in <paramref name="counts"/>), and the hash of each token's
    /// folded word into <paramref name="words"/>.
    /// </summary>
    /// <param name="forget">Training only: tokens whose own word is left out of their features (the word, its stem,
    /// the bigrams with it), so that the model learns to find a name it has never seen from its shape, affixes, context
    /// and the gazetteer; null when tagging.</param>
    /// <param name="model">When tagging with a trained model: the features of the word alone (<see cref="WordFeatures"/>)
    /// are not written out but scored once per word and process, into <paramref name="wordScores"/> (the same sums, since
    /// the weights are integers: the labels chosen are the same).</param>
    public static void Extract(NameLanguage language, NameToken[] sentence, Dictionary<string, int> documentCase, ulong[][] features, int[] counts,
        ulong[] words, Func<int, bool>? forget = null, NameModel? model = null, float[][]? wordScores = null)
    {
        var n = sentence.Length;
        var views = new WordFacts[n];
        for (var i = 0; i < n; i++)
        {
            views[i] = FactsOf(language, sentence[i]);
            words[i] = views[i].Lower;
        }
        var capitalsLine = language == NameLanguage.English && IsCapitalsLine(sentence);
        var scored = model is not null && wordScores is not null && forget is null;
        for (var i = 0; i < n; i++)
        {
            var f = features[i];
            var c = 0;
            var v = views[i];
            var known = forget is null || !forget(i);
            if (scored)
            {
                // The word's own features and those it lends each neighbour are scored once per word: add the sums.
                var sum = wordScores![i];
                Array.Copy(v.ScoresFor(language, model!), 0, sum, 0, NameLabels.Count);
                for (var o = 0; o < NeighbourOffsets.Length; o++)
                {
                    var j = i + NeighbourOffsets[o];
                    if (j >= 0 && j < n) AddScores(views[j].ScoresFor(language, model!), (o + 1) * NameLabels.Count, sum);
                    else c = BoundaryFeatures(language, NeighbourOffsets[o], f, c);
                }
            }
            else
            {
                c = WordFeatures(language, v, known, f, c);
                for (var o = 0; o < NeighbourOffsets.Length; o++)
                {
                    var j = i + NeighbourOffsets[o];
                    c = j >= 0 && j < n ? NeighbourFeatures(language, views[j], NeighbourOffsets[o], f, c) : BoundaryFeatures(language, NeighbourOffsets[o], f, c);
                }
            }
            var word = language == NameLanguage.Arabic ? v.Key : v.Lower;
            var previous = i > 0 ? (language == NameLanguage.Arabic ? views[i - 1].Key : views[i - 1].Lower) : SentenceStartWord;
            var next = i + 1 < n ? (language == NameLanguage.Arabic ? views[i + 1].Key : views[i + 1].Lower) : SentenceEndWord;
            var previousShape = i > 0 ? views[i - 1].ShortShape : SentenceStartWord;
            var nextShape = i + 1 < n ? views[i + 1].ShortShape : SentenceEndWord;
            f[c++] = FeatureHash.Feature(FeatureTemplate.ShapeTrigram, previousShape, v.ShortShape, nextShape);
            if (known)
            {
                f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousBigram, previous, word);
                f[c++] = FeatureHash.Feature(FeatureTemplate.NextBigram, word, next);
            }
            if (language == NameLanguage.English)
            {
                if (IsSentenceStart(sentence, i)) f[c++] = FeatureHash.Feature(FeatureTemplate.SentenceStartShape, v.ShortShape);
                if (capitalsLine) f[c++] = FeatureHash.Feature(FeatureTemplate.CapitalsLineWord, v.Lower);
                if (v.IsCapitalized && documentCase.TryGetValue(sentence[i].Folded, out var seen))
                    f[c++] = FeatureHash.Feature(FeatureTemplate.DocumentCase, (ulong)seen, capitalsLine ? 1UL : IsSentenceStart(sentence, i) ? 2UL : 3UL);
            }
            c = Cues(sentence, views, i, f, c);
            counts[i] = c;
        }
        Gazetteer.Features(language, sentence, features, counts);
    }

    /// <summary>Where the neighbours a token takes features from stand, in the order of <see cref="WordFacts.ScoresFor"/>'s blocks.</summary>
    private static readonly int[] NeighbourOffsets = { -2, -1, 1, 2 };

    private static void AddScores(float[] from, int at, float[] to)
    {
        for (var l = 0; l < NameLabels.Count; l++) to[l] += from[at + l];
    }

    /// <summary>
    /// The features a token takes from the word <paramref name="offset"/> places from it (-2, -1, +1, +2) that depend on
    /// that word alone: the word and its key, its shape, and the cues it gives (a title or a speech verb before the
    /// token, a speech verb after it, and so on).
    /// </summary>
    private static int NeighbourFeatures(NameLanguage language, WordFacts w, int offset, ulong[] f, int c)
    {
        var arabic = language == NameLanguage.Arabic;
        switch (offset)
        {
            case -1:
                if (arabic) f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousWord, w.Lower);
                if (arabic) f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousLetters, (ulong)w.Letters);
                f[c++] = FeatureHash.Feature(arabic ? FeatureTemplate.PreviousKey : FeatureTemplate.PreviousWord, arabic ? w.Key : w.Lower);
                f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousShape, w.ShortShape);
                if (w.IsTitle) f[c++] = Cue(CueKind.TitleBefore);
                if (w.IsSpeechVerb) f[c++] = Cue(CueKind.SpeechVerbBefore);
                if (w.IsOrganizationHead) f[c++] = Cue(CueKind.OrganizationHeadBefore);
                if (w.IsPlaceNoun) f[c++] = Cue(CueKind.PlaceNounBefore);
                if (w.IsGivenName) f[c++] = Cue(CueKind.GivenNameBefore);
                if (w.IsJoiner) f[c++] = Cue(CueKind.JoinerBefore);
                if (w.IsNationality) f[c++] = Cue(CueKind.NationalityBefore);
                break;
            case 1:
                if (arabic) f[c++] = FeatureHash.Feature(FeatureTemplate.NextWord, w.Lower);
                if (arabic) f[c++] = FeatureHash.Feature(FeatureTemplate.NextLetters, (ulong)w.Letters);
                f[c++] = FeatureHash.Feature(arabic ? FeatureTemplate.NextKey : FeatureTemplate.NextWord, arabic ? w.Key : w.Lower);
                f[c++] = FeatureHash.Feature(FeatureTemplate.NextShape, w.ShortShape);
                if (w.IsSpeechVerb) f[c++] = Cue(CueKind.SpeechVerbAfter);
                break;
            case -2:
                f[c++] = FeatureHash.Feature(FeatureTemplate.SecondPreviousWord, arabic ? w.Key : w.Lower);
                if (w.IsTitle) f[c++] = Cue(CueKind.TitleTwoBefore);
                break;
            case 2:
                f[c++] = FeatureHash.Feature(FeatureTemplate.SecondNextWord, arabic ? w.Key : w.Lower);
                break;
        }
        return c;
    }

    /// <summary>What <see cref="NeighbourFeatures"/> gives where the sentence has no word at <paramref name="offset"/>.</summary>
    private static int BoundaryFeatures(NameLanguage language, int offset, ulong[] f, int c)
    {
        var arabic = language == NameLanguage.Arabic;
        var edge = offset < 0 ? SentenceStartWord : SentenceEndWord;
        switch (offset)
        {
            case -1:
                if (arabic) f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousWord, edge);
                f[c++] = FeatureHash.Feature(arabic ? FeatureTemplate.PreviousKey : FeatureTemplate.PreviousWord, edge);
                f[c++] = FeatureHash.Feature(FeatureTemplate.PreviousShape, edge);
                break;
            case 1:
                if (arabic) f[c++] = FeatureHash.Feature(FeatureTemplate.NextWord, edge);
                f[c++] = FeatureHash.Feature(arabic ? FeatureTemplate.NextKey : FeatureTemplate.NextWord, edge);
                f[c++] = FeatureHash.Feature(FeatureTemplate.NextShape, edge);
                break;
            case -2:
                f[c++] = FeatureHash.Feature(FeatureTemplate.SecondPreviousWord, edge);
                break;
            case 2:
                f[c++] = FeatureHash.Feature(FeatureTemplate.SecondNextWord, edge);
                break;
        }
        return c;
    }

    /// <summary>
    /// The features of a word alone, whatever stands around it: the bias, the word, its key, proclitic and length, what
    /// the writing shows (affixes, shape) and the lexicons' cues of the word itself.
    /// </summary>
    private static int WordFeatures(NameLanguage language, WordFacts v, bool known, ulong[] f, int c)
    {
        f[c++] = FeatureHash.Feature(FeatureTemplate.Bias, 0);
        if (known) f[c++] = FeatureHash.Feature(FeatureTemplate.Lower, v.Lower);
        if (language == NameLanguage.Arabic)
        {
            if (known) f[c++] = FeatureHash.Feature(FeatureTemplate.Key, v.Key);
            f[c++] = FeatureHash.Feature(FeatureTemplate.Proclitic, v.Proclitic);
            f[c++] = FeatureHash.Feature(FeatureTemplate.WordLength, (ulong)Math.Min(v.KeyText.Length, 8));
            f[c++] = FeatureHash.Feature(FeatureTemplate.Letters, (ulong)v.Letters);
        }
        else if (known)
        {
            f[c++] = FeatureHash.Feature(FeatureTemplate.Written, v.Written);
        }
        for (var k = 0; k < 4; k++)
        {
            if (v.Prefixes[k] != 0) f[c++] = FeatureHash.Feature(FeatureTemplate.Prefix1 + k, v.Prefixes[k]);
            if (v.Suffixes[k] != 0) f[c++] = FeatureHash.Feature(FeatureTemplate.Suffix1 + k, v.Suffixes[k]);
        }
        f[c++] = FeatureHash.Feature(FeatureTemplate.Shape, v.Shape);
        f[c++] = FeatureHash.Feature(FeatureTemplate.ShortShape, v.ShortShape);
        if (v.IsTitle) f[c++] = Cue(CueKind.Title);
        if (v.IsOrganizationHead) f[c++] = Cue(CueKind.OrganizationHead);
        if (v.IsGivenName) f[c++] = Cue(CueKind.GivenName);
        if (v.IsJoiner) f[c++] = Cue(CueKind.Joiner);
        if (v.IsFunctionWord) f[c++] = Cue(CueKind.FunctionWord);
        if (v.IsNationality) f[c++] = Cue(CueKind.Nationality);
        return c;
    }

    /// <summary>The most features <see cref="WordFeatures"/> gives a word.</summary>
    private const int MaxWordFeatures = 24;

    /// <summary>The cues that read more than one word around the token (the neighbours' own are <see cref="NeighbourFeatures"/>).</summary>
    private static int Cues(NameToken[] sentence, WordFacts[] views, int i, ulong[] f, int c)
    {
        // An apposition with an age (Lopez, 52,) or a description (Maria Lopez, a nurse): a person's name before the comma.
        if (i + 1 < views.Length && sentence[i + 1].Text is "," or "،")
        {
            f[c++] = Cue(CueKind.CommaAfter);
            if (i + 2 < views.Length && sentence[i + 2].Text.Length is > 0 and <= 3 && IsDigits(sentence[i + 2].Folded)) f[c++] = Cue(CueKind.NumberAfterComma);
        }
        return c;
    }

    private static ulong Cue(CueKind kind) => FeatureHash.Feature(FeatureTemplate.Cue, (ulong)kind);

    private static bool IsDigits(string text)
    {
        foreach (var ch in text) if (ch < '0' || ch > '9') return false;
        return text.Length > 0;
    }

    /// <summary>A line of capitals (a headline: LEICESTERSHIRE TAKE OVER AT TOP): case tells nothing there.</summary>
    public static bool IsCapitalsLine(NameToken[] sentence)
    {
        var words = 0;
        foreach (var token in sentence)
        {
            var letters = false;
            foreach (var ch in token.Text)
            {
                if (!char.IsLetter(ch)) continue;
                if (ch >= 0x0250) return false;
                if (char.IsLower(ch)) return false;
                letters = true;
            }
            if (letters) words++;
        }
        return words >= 2;
    }

    /// <summary>The first word of a sentence, or the first after an opening mark or bracket at its start.</summary>
    public static bool IsSentenceStart(NameToken[] sentence, int i)
    {
        for (var k = 0; k < i; k++)
        {
            foreach (var ch in sentence[k].Text) if (char.IsLetterOrDigit(ch)) return false;
        }
        return true;
    }

    private static bool IsAllCapitals(string text)
    {
        var letters = 0;
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch)) continue;
            if (!char.IsUpper(ch)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>Xxxx → Xx, U.S. → X.X., 1996-08-30 → d-d-d, بغداد → a: each run of one class of character as one.</summary>
    private static string ShapeOf(string text, bool collapse, int max)
    {
        var chars = new char[Math.Min(text.Length, max)];
        var length = 0;
        var last = '\0';
        foreach (var ch in text)
        {
            char cls;
            if (ch >= '\u0600' && ch <= '\u06FF') cls = char.IsLetter(ch) ? 'a' : ch;
            else if (char.IsUpper(ch)) cls = 'X';
            else if (char.IsLower(ch)) cls = 'x';
            else if (char.IsDigit(ch)) cls = 'd';
            else if (char.IsLetter(ch)) cls = 'l';
            else cls = ch;
            if (collapse && cls == last) continue;
            last = cls;
            if (length == chars.Length) break;
            chars[length++] = cls;
        }
        return new string(chars, 0, length);
    }

    /// <summary>
    /// What the features read of a word, worked out once per word and process: a word's facts depend on its text and
    /// the model's language alone, and news repeats its words (the hundred commonest are half of all tokens), so the
    /// lookups in the lexicons, the folds and the hashes are not done again for every token. The cache stops growing at
    /// <see cref="MaxCachedWords"/>; past that, a word's facts are worked out each time, with the same result.
    /// </summary>
    private static WordFacts FactsOf(NameLanguage language, NameToken token)
    {
        var cache = language == NameLanguage.Arabic ? ArabicWordFacts : EnglishWordFacts;
        if (cache.TryGetValue(token.Text, out var facts)) return facts;
        facts = new WordFacts(language, token.Text, token.Folded);
        if (cache.Count < MaxCachedWords) cache.TryAdd(token.Text, facts);
        return facts;
    }

    /// <summary>About the vocabulary of a few thousand articles (some 30 MB of facts): the words met most are met first.</summary>
    private const int MaxCachedWords = 100_000;

    private static readonly ConcurrentDictionary<string, WordFacts> ArabicWordFacts = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordFacts> EnglishWordFacts = new(StringComparer.Ordinal);

    /// <summary>What is worked out once per word and read by its own features and its neighbours'.</summary>
    private sealed class WordFacts
    {
        public WordFacts(NameLanguage language, string text, string folded)
        {
            Lower = FeatureHash.Of(folded);
            Written = FeatureHash.Of(text);
            KeyText = language == NameLanguage.Arabic ? ArabicWords.Key(folded) : folded;
            Key = FeatureHash.Of(KeyText);
            Proclitic = language == NameLanguage.Arabic && KeyText.Length < folded.Length ? FeatureHash.Of(folded, 0, folded.Length - KeyText.Length) : 0;
            Shape = FeatureHash.Of(ShapeOf(text, collapse: false, max: 6));
            ShortShape = FeatureHash.Of(ShapeOf(text, collapse: true, max: 8));
            var affixes = language == NameLanguage.Arabic ? KeyText : folded;
            for (var k = 1; k <= 4; k++)
            {
                if (affixes.Length > k) Prefixes[k - 1] = FeatureHash.Of(affixes, 0, k);
                if (folded.Length > k) Suffixes[k - 1] = FeatureHash.Of(folded, folded.Length - k, k);
            }
            IsCapitalized = text.Length > 0 && char.IsUpper(text[0]);
            var bare = folded.EndsWith(".", StringComparison.Ordinal) ? folded.Substring(0, folded.Length - 1) : folded;
            var head = EntityLexicon.Head(bare);
            var bareKey = ArabicWords.Key(bare);
            IsTitle = bare.Length > 1 && (EntityLexicon.Titles.Contains(head) || EntityLexicon.Titles.Contains(bareKey))
                && !EntityLexicon.GivenNames.Contains(bare);
            IsSpeechVerb = QuoteLexicon.IsSpeechVerbWord(bare);
            IsOrganizationHead = EntityLexicon.OrganizationHeads.Contains(head) || EntityLexicon.OrganizationHeads.Contains(bareKey);
            IsPlaceNoun = EntityLexicon.PlaceNouns.Contains(head) || EntityLexicon.PlaceNouns.Contains(bareKey);
            IsGivenName = EntityLexicon.GivenNames.Contains(bare) || EntityLexicon.GivenNames.Contains(bareKey);
            IsJoiner = EntityLexicon.NameJoiners.Contains(bare);
            IsFunctionWord = SegmentLexicon.FunctionWords.Contains(bare);
            IsNationality = language == NameLanguage.Arabic && Gazetteer.IsNisbaOfCountry(KeyText);
            Letters = language == NameLanguage.Arabic ? NameLetters.Bucket(KeyText) : 0;
        }

        /// <summary>The bucket of how much the Arabic word's letters look like a name's (<see cref="NameLetters"/>); 0 in English.</summary>
        public int Letters { get; }

        public ulong Lower { get; }
        public ulong Written { get; }
        public string KeyText { get; }
        public ulong Key { get; }
        public ulong Proclitic { get; }
        public ulong Shape { get; }
        public ulong ShortShape { get; }

        /// <summary>The hashes of the first one to four letters (of the key in Arabic), 0 where the word is no longer.</summary>
        public ulong[] Prefixes { get; } = new ulong[4];

        /// <summary>The hashes of the last one to four letters of the fold, 0 where the word is no longer.</summary>
        public ulong[] Suffixes { get; } = new ulong[4];

        public bool IsCapitalized { get; }
        public bool IsTitle { get; }
        public bool IsSpeechVerb { get; }
        public bool IsOrganizationHead { get; }
        public bool IsPlaceNoun { get; }
        public bool IsGivenName { get; }
        public bool IsJoiner { get; }
        public bool IsFunctionWord { get; }
        public bool IsNationality { get; }

        /// <summary>
        /// The word's features scored by <paramref name="model"/>, worked out at the first call for it: its own
        /// (<see cref="WordFeatures"/>), then what it gives a token as the word two before it, one before, one after and two after
        /// (<see cref="NeighbourFeatures"/>), <see cref="NameLabels.Count"/> sums each. The weights are integers, so
        /// adding these sums gives the labels that adding each feature's weights gives.
        /// </summary>
        public float[] ScoresFor(NameLanguage language, NameModel model)
        {
            var cached = _scored;
            if (cached is not null && ReferenceEquals(cached.Model, model)) return cached.Scores;
            var f = new ulong[MaxWordFeatures];
            var scores = new float[(1 + NeighbourOffsets.Length) * NameLabels.Count];
            var count = WordFeatures(language, this, known: true, f, 0);
            Score(model, f, count, scores, 0);
            for (var o = 0; o < NeighbourOffsets.Length; o++)
            {
                count = NeighbourFeatures(language, this, NeighbourOffsets[o], f, 0);
                Score(model, f, count, scores, (o + 1) * NameLabels.Count);
            }
            _scored = new ScoredWord(model, scores); // one reference written whole: readers on other threads see old or new
            return scores;
        }

        private static void Score(NameModel model, ulong[] f, int count, float[] scores, int at)
        {
            var sum = new float[NameLabels.Count];
            for (var k = 0; k < count; k++) model.AddTo(f[k], sum);
            Array.Copy(sum, 0, scores, at, NameLabels.Count);
        }

        private ScoredWord? _scored;
    }

    private sealed class ScoredWord
    {
        public ScoredWord(NameModel model, float[] scores)
        {
            Model = model;
            Scores = scores;
        }

        public NameModel Model { get; }
        public float[] Scores { get; }
    }
}
