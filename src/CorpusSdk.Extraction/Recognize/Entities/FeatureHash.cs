namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>
/// The 64-bit hashes that name the tagger's features: a feature is its template and its value (a word, a suffix, two
/// labels), hashed without building the string "suffix3=ية". Training and tagging use these functions alone, so a
/// feature learned is the feature looked up. FNV-1a over UTF-16 code units, finished with splitmix64's mixer so that
/// nearby values spread over the table; 0 is never a feature (the weight table's empty slot).
/// </summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of the characters [start, start + length) of <paramref name="text"/>.</summary>
    public static ulong Of(string text, int start, int length)
    {
        var h = OffsetBasis;
        for (var i = start; i < start + length; i++) h = (h ^ text[i]) * Prime;
        return h;
    }

    public static ulong Of(string text) => Of(text, 0, text.Length);

    /// <summary>A feature of <paramref name="template"/> with one value.</summary>
    public static ulong Feature(FeatureTemplate template, ulong value) => NonZero(Mix(value ^ Mix((ulong)template + 0x9E3779B97F4A7C15UL)));

    /// <summary>A feature of <paramref name="template"/> with two values, in order.</summary>
    public static ulong Feature(FeatureTemplate template, ulong first, ulong second) => Feature(template, Mix(first) ^ (second * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>A feature of <paramref name="template"/> with three values, in order.</summary>
    public static ulong Feature(FeatureTemplate template, ulong first, ulong second, ulong third) =>
        Feature(template, Mix(Mix(first) ^ (second * 0xC2B2AE3D27D4EB4FUL)) ^ (third * 0x165667B19E3779F9UL));

    /// <summary>splitmix64's finalizer.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}

/// <summary>
/// The feature templates. The numbers are part of the trained model (they are hashed into every feature): a template's
/// number never changes, and a new template takes a new number and a retraining.
/// </summary>
internal enum FeatureTemplate
{
    Bias = 1,
    Lower = 2,
    Written = 3,
    Key = 4,
    Prefix1 = 5, Prefix2 = 6, Prefix3 = 7, Prefix4 = 8,
    Suffix1 = 9, Suffix2 = 10, Suffix3 = 11, Suffix4 = 12,
    Shape = 13,
    ShortShape = 14,
    PreviousWord = 15, NextWord = 16, SecondPreviousWord = 17, SecondNextWord = 18,
    PreviousShape = 19, NextShape = 20, ShapeTrigram = 21,
    PreviousBigram = 22, NextBigram = 23,
    SentenceStartShape = 24,
    CapitalsLineWord = 25,
    DocumentCase = 26,
    Cue = 27,
    Gazetteer = 28,
    WordLength = 29,
    Proclitic = 30,
    PreviousKey = 31, NextKey = 32,
    GazetteerKinds = 33, PreviousGazetteerKinds = 34, NextGazetteerKinds = 35,
    Letters = 36, PreviousLetters = 37, NextLetters = 38,
    PreviousLabel = 40,
    PreviousTwoLabels = 41,
    PreviousLabelWord = 42,
    History = 43,
}
