using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Extraction.Recognize.Facts;

/// <summary>What a frame's value measures, which decides how its statements are compared and what it belongs to.</summary>
public enum FrameKind
{
    /// <summary>A count of people or things that an event leaves (the dead, the injured, the evacuated).</summary>
    Count,

    /// <summary>A measure in a unit (a distance in km, a depth, a magnitude): its unit is part of what is compared.</summary>
    Measure,

    /// <summary>An attribute of one entity (a person's age): the fact belongs to that entity.</summary>
    Attribute,

    /// <summary>The day something was said or announced: a story has many, so days that differ are other statements, not a dispute.</summary>
    Date,
}

/// <summary>Where a frame takes the entity its fact belongs to.</summary>
public enum FrameEntity
{
    /// <summary>The fact is the story's alone (the death toll).</summary>
    None,

    /// <summary>The place the measure is taken from (250 km south of Kolkata, على بعد 20 كلم من بغداد).</summary>
    PlaceAfter,

    /// <summary>The person the sentence names nearest before the value (Maria Lopez, 52; عمره 40 عاما).</summary>
    Person,
}

/// <summary>
/// One frame of fact: what a number counts or measures, whatever words a source uses for it (<c>قتيل، قتلى، مقتل، وفاة،
/// مصرع</c>; <c>killed, dead, died, death toll</c>). Frames are data (<see cref="FrameLexicon.Frames"/>): a new kind of
/// fact is one entry there.
/// </summary>
/// <param name="Id">The frame's name in ids and the export (<c>deaths</c>).</param>
/// <param name="Kind">What the value measures.</param>
/// <param name="Entity">Where the fact's entity comes from.</param>
/// <param name="English">How an English fact's subject reads.</param>
/// <param name="Arabic">How an Arabic fact's subject reads.</param>
/// <param name="Cues">Words beside a number that name this frame (folded; a proclitic or the article joined to them is
/// taken off before they are looked up).</param>
/// <param name="Units">Units written after the number that name this frame by themselves (km), each with its canonical
/// name; empty for a count.</param>
/// <param name="Refines">For a measure whose units another frame also has (a depth in km), the frame it takes over from
/// when one of its cues stands before the number (على عمق 10 كلم); null otherwise.</param>
public sealed record FactFrame(
    string Id,
    FrameKind Kind,
    FrameEntity Entity,
    string English,
    string Arabic,
    IReadOnlyList<string> Cues,
    IReadOnlyDictionary<string, string> Units,
    string? Refines = null)
{
    /// <summary>The subject as an article in <paramref name="latin"/> script or in Arabic reads it.</summary>
    public string Label(bool latin) => latin ? English : Arabic;
}

/// <summary>
/// The frames of fact (docs/extraction.md, "Frames"): one entry each, with the words that name it in Arabic and English.
/// A number is in a frame when one of the frame's cues stands beside it within its clause (<see cref="Reach"/>
/// words, further for a <see cref="Heads"/> word), or when it is written in one of the frame's units.
/// </summary>
public static class FrameLexicon
{
    /// <summary>How many words (qualifiers not counted) a cue may stand from the number it names.</summary>
    public const int Reach = 4;

    /// <summary>How far before the number a head noun (<see cref="Heads"/>) may stand: it opens the clause that ends with the number.</summary>
    public const int HeadReach = 10;

    private static readonly Dictionary<string, string> NoUnits = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Lengths = Units(
        ("km", "km"), ("kms", "km"), ("kilometers", "km"), ("kilometres", "km"), ("kilometer", "km"), ("kilometre", "km"),
        ("كم", "km"), ("كلم", "km"), ("كيلومتر", "km"), ("كيلومترا", "km"), ("كيلومترات", "km"), ("كيلو", "km"),
        ("miles", "mi"), ("mile", "mi"), ("ميل", "mi"), ("ميلا", "mi"), ("أميال", "mi"),
        ("meters", "m"), ("metres", "m"), ("متر", "m"), ("مترا", "m"), ("أمتار", "m"));

    // Areas written in one word; a length made square (square kilometres, كيلومترا مربعا) is read by FrameFinder with Squares.
    private static readonly Dictionary<string, string> Areas = Units(
        ("hectares", "ha"), ("hectare", "ha"), ("ha", "ha"), ("acres", "acre"), ("acre", "acre"),
        ("هكتار", "ha"), ("هكتارا", "ha"), ("هكتارات", "ha"), ("دونم", "dunam"), ("دونما", "dunam"), ("دونمات", "dunam"),
        ("فدان", "feddan"), ("فدانا", "feddan"), ("أفدنة", "feddan"));

    /// <summary>
    /// The frames. Cues are written as a reader writes them and looked up folded, without a proclitic (و ف ب ل ك) or the
    /// article: وقتل, بجروح and القتلى find قتل, جروح and قتلى.
    /// </summary>
    public static readonly IReadOnlyList<FactFrame> Frames = new[]
    {
        new FactFrame("deaths", FrameKind.Count, FrameEntity.None, "deaths", "القتلى", FoldedWords.List(
            "قتيل", "قتيلا", "قتلى", "قتل", "قتلوا", "مقتل", "وفاة", "وفيات", "توفي", "توفوا", "مصرع", "حتفه", "حتفهم", "ضحية", "ضحايا",
            "جثة", "جثث", "شهيد", "شهيدا", "شهداء", "استشهاد", "استشهد", "هلاك", "موت", "ماتوا", "الموتى",
            "killed", "kill", "killing", "kills", "dead", "died", "die", "deaths", "death", "toll", "perished", "fatalities", "lives", "bodies"), NoUnits),
        new FactFrame("injured", FrameKind.Count, FrameEntity.None, "injured", "الجرحى", FoldedWords.List(
            "جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون", "إصابة", "إصابات", "أصيب", "أصيبوا", "جروح", "جراح",
            "injured", "injuring", "injuries", "wounded", "wounding", "hurt"), NoUnits),
        new FactFrame("missing", FrameKind.Count, FrameEntity.None, "missing", "المفقودون", FoldedWords.List(
            "مفقود", "مفقودا", "مفقودين", "مفقودون", "فقدان", "missing", "unaccounted"), NoUnits),
        new FactFrame("arrested", FrameKind.Count, FrameEntity.None, "arrested", "الموقوفون", FoldedWords.List(
            "اعتقال", "اعتقل", "معتقل", "معتقلا", "معتقلين", "توقيف", "أوقف", "موقوف", "موقوفين", "القبض",
            "arrested", "arrests", "detained"), NoUnits),
        new FactFrame("displaced", FrameKind.Count, FrameEntity.None, "displaced", "النازحون", FoldedWords.List(
            "نازح", "نازحا", "نازحين", "نازحون", "نزوح", "مشرد", "مشردين", "تهجير", "displaced", "homeless"), NoUnits),
        new FactFrame("evacuated", FrameKind.Count, FrameEntity.None, "evacuated", "الذين أُجلوا", FoldedWords.List(
            "إجلاء", "أجلي", "إخلاء", "evacuated", "evacuation", "evacuees"), NoUnits),
        new FactFrame("rescued", FrameKind.Count, FrameEntity.None, "rescued", "الذين أُنقذوا", FoldedWords.List(
            "إنقاذ", "أنقذ", "rescued"), NoUnits),
        new FactFrame("capacity", FrameKind.Count, FrameEntity.None, "capacity", "السعة", FoldedWords.List(
            "تتسع", "يتسع", "تستوعب", "يستوعب", "سعة", "الاستيعابية", "استيعابية", "capacity", "accommodate"), NoUnits),
        new FactFrame("attendance", FrameKind.Count, FrameEntity.None, "attendance", "الحضور", FoldedWords.List(
            "الحضور", "حضور", "حضره", "جمهور", "متفرج", "متفرجين", "مشجع", "مشجعين", "attendance", "attended", "crowd", "spectators", "attendees"), NoUnits),
        new FactFrame("distance", FrameKind.Measure, FrameEntity.PlaceAfter, "distance", "المسافة", FoldedWords.List("away"), Lengths),
        new FactFrame("depth", FrameKind.Measure, FrameEntity.None, "depth", "العمق", FoldedWords.List("عمق", "depth", "deep"), Lengths, Refines: "distance"),
        // An area has no cue words: "area" beside a number is as often the place (20 families in the area) as its size.
        new FactFrame("area", FrameKind.Measure, FrameEntity.None, "area", "المساحة", FoldedWords.List(), Areas),
        new FactFrame("magnitude", FrameKind.Measure, FrameEntity.None, "magnitude", "القوة", FoldedWords.List("ريختر", "magnitude", "richter"), NoUnits),
        new FactFrame("statement", FrameKind.Date, FrameEntity.None, "announcement", "الإعلان", FoldedWords.List(
            "أعلن", "أعلنت", "كشف", "كشفت", "أصدر", "أصدرت", "نشر", "نشرت", "announced", "unveiled", "revealed", "released", "published"), NoUnits),
        new FactFrame("age", FrameKind.Attribute, FrameEntity.Person, "age", "العمر", FoldedWords.List(
            "aged", "age", "عمر", "عمره", "عمرها", "العمر", "البالغ", "البالغة", "يبلغ", "تبلغ"), NoUnits),
    };

    /// <summary>
    /// Nouns that head a clause whose number they name from further away than <see cref="Reach"/> (the death toll in
    /// the train accident has risen to 233; حصيلة ضحايا الحريق في المدينة بلغت 50).
    /// </summary>
    internal static readonly WordSet Heads = FoldedWords.Set("toll", "tally", "حصيلة");

    /// <summary>The frame a head names when no frame word follows it (the toll is the dead unless another cue says).</summary>
    public const string HeadFrame = "deaths";

    /// <summary>How far after a sentence-opening Arabic verb of saying its date may stand (أعلن وزير الداخلية، عبد الأمير الشمري، اليوم الأحد).</summary>
    public const int StatementDateReach = 15;

    /// <summary>Words that end a clause inside a sentence: a cue beyond one names another number (killing 10 and injuring 20).</summary>
    internal static readonly WordSet ClauseBreaks = FoldedWords.Set(
        "and", "or", "but", "while", "whereas", "with", "و", "أو", "او", "بينما", "فيما", "لكن", "ثم", "مع");

    /// <summary>Words after a length that name the place it is taken from (250 km south of Kolkata, 20 كلم من بغداد).</summary>
    internal static readonly WordSet From = FoldedWords.Set("of", "from", "عن", "من");

    /// <summary>Compass words between a length and the place it is measured from (south of, southwest of, جنوب, شمال غرب).</summary>
    internal static readonly WordSet Bearings = FoldedWords.Set(
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
        "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا", "شرقا", "غربا");

    /// <summary>The frame a length takes when <see cref="Squares"/> make it square (100 square kilometres is an area, not a distance).</summary>
    public const string SquaredFrame = "area";

    /// <summary>Words that make a length square: before it in English (square kilometres, sq km), after it in Arabic (كيلومترا مربعا).</summary>
    internal static readonly WordSet Squares = FoldedWords.Set("square", "sq", "مربع", "مربعا", "مربعة", "مربعه", "المربع", "المربعة");

    /// <summary>Words written after an age (52-year-old, 40 عاما) that make the number before them one, with a cue or a person beside it.</summary>
    internal static readonly WordSet AgeUnits = FoldedWords.Set("عاما", "عام", "سنة", "سنوات", "years", "year", "year-old", "years-old");

    private static readonly Dictionary<string, FactFrame> ByCue = Index(f => f.Cues);

    private static readonly Dictionary<string, (FactFrame Frame, string Unit)> ByUnit = UnitIndex();

    private static readonly Dictionary<string, FactFrame> ById = Frames.ToDictionary(f => f.Id, StringComparer.Ordinal);

    /// <summary>The frame named <paramref name="id"/>, or null.</summary>
    public static FactFrame? Frame(string? id) => id is not null && ById.TryGetValue(id, out var frame) ? frame : null;

    /// <summary>The frame a word names, as written with a proclitic or the article, or null.</summary>
    public static FactFrame? CueOf(string folded)
    {
        foreach (var form in Forms(folded))
        {
            if (ByCue.TryGetValue(form, out var frame)) return frame;
        }
        return null;
    }

    /// <summary>The frame and canonical unit a unit word names (km → distance, km), or null.</summary>
    public static (FactFrame Frame, string Unit)? UnitOf(string folded)
    {
        foreach (var form in Forms(folded))
        {
            if (ByUnit.TryGetValue(form, out var unit)) return unit;
        }
        return null;
    }

    /// <summary>The canonical unit of a length word (kilometres → km), or null: what <see cref="Squares"/> make an area.</summary>
    public static string? LengthUnit(string folded)
    {
        foreach (var form in Forms(folded))
        {
            if (Lengths.TryGetValue(form, out var unit)) return unit;
        }
        return null;
    }

    /// <summary>The frame that takes over a measure's unit when its cue stands before the number (depth over distance), or null.</summary>
    public static FactFrame? Refining(FactFrame frame, string folded) =>
        CueOf(folded) is { } cue && cue.Refines == frame.Id ? cue : null;

    /// <summary>A word as written, then without a conjunction, a preposition and the article joined to it (وبالقتلى → قتلى).</summary>
    internal static IEnumerable<string> Forms(string folded)
    {
        yield return folded;
        if (EntityLexicon.IsLatin(folded)) yield break;
        var word = folded;
        if (word.Length > 3 && (word[0] == 'و' || word[0] == 'ف'))
        {
            word = word.Substring(1);
            yield return word;
        }
        if (word.Length > 3 && (word[0] == 'ب' || word[0] == 'ل' || word[0] == 'ك'))
        {
            word = word.Substring(1);
            yield return word;
        }
        if (word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal)) yield return word.Substring(2);
        else if (word.Length > 3 && word.StartsWith("ل", StringComparison.Ordinal)) yield return word.Substring(1);
        // قتيلاً and جريحًا fold to قتيلا, جريحا (listed); a word with the tanwin alef and the article off is tried last.
        if (word.Length > 4 && word[word.Length - 1] == 'ا') yield return word.Substring(0, word.Length - 1);
    }

    private static Dictionary<string, string> Units(params (string Word, string Unit)[] entries)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, unit) in entries) units[ArabicFolding.Fold(word)] = unit;
        return units;
    }

    private static Dictionary<string, FactFrame> Index(Func<FactFrame, IEnumerable<string>> words)
    {
        var index = new Dictionary<string, FactFrame>(StringComparer.Ordinal);
        foreach (var frame in Frames)
        {
            foreach (var word in words(frame))
            {
                // The first frame to list a word keeps it: the table's order is the order of precedence.
                if (!index.ContainsKey(word)) index[word] = frame;
            }
        }
        return index;
    }

    private static Dictionary<string, (FactFrame, string)> UnitIndex()
    {
        var index = new Dictionary<string, (FactFrame, string)>(StringComparer.Ordinal);
        foreach (var frame in Frames.Where(f => f.Refines is null))
        {
            foreach (var unit in frame.Units)
            {
                if (!index.ContainsKey(unit.Key)) index[unit.Key] = (frame, unit.Value);
            }
        }
        return index;
    }
}

/// <summary>The words that bound a stated value, and the ranges they make (docs/extraction.md, "Qualifiers").</summary>
public static class BoundLexicon
{
    /// <summary>How far either side of the value "about" reaches: two "about"s 10 % apart (about 250 km, about 220 km) differ.</summary>
    public const decimal AboutShare = 0.05m;

    /// <summary>How far below the value "nearly" reaches.</summary>
    public const decimal NearlyShare = 0.1m;

    /// <summary>Phrases written before the number, longest first (so "more than" is tried before "more").</summary>
    internal static readonly IReadOnlyList<(string[] Words, ValueBound Bound)> Before = Phrases(
        ("in excess of", ValueBound.MoreThan), ("upwards of", ValueBound.MoreThan), ("more than", ValueBound.MoreThan), ("over", ValueBound.MoreThan),
        ("above", ValueBound.MoreThan), ("exceeding", ValueBound.MoreThan), ("أكثر من", ValueBound.MoreThan), ("ما يزيد عن", ValueBound.MoreThan),
        ("ما يزيد على", ValueBound.MoreThan), ("يزيد عن", ValueBound.MoreThan), ("يزيد على", ValueBound.MoreThan), ("أزيد من", ValueBound.MoreThan),
        ("ما يربو على", ValueBound.MoreThan), ("يربو على", ValueBound.MoreThan), ("فوق", ValueBound.MoreThan),
        ("at least", ValueBound.AtLeast), ("no fewer than", ValueBound.AtLeast), ("no less than", ValueBound.AtLeast), ("a minimum of", ValueBound.AtLeast),
        ("ما لا يقل عن", ValueBound.AtLeast), ("لا يقل عن", ValueBound.AtLeast),
        ("about", ValueBound.About), ("around", ValueBound.About), ("some", ValueBound.About), ("roughly", ValueBound.About),
        ("approximately", ValueBound.About), ("an estimated", ValueBound.About), ("estimated", ValueBound.About), ("نحو", ValueBound.About),
        ("حوالي", ValueBound.About), ("حوالى", ValueBound.About), ("زهاء", ValueBound.About), ("قرابة", ValueBound.About),
        ("ما يقارب", ValueBound.About), ("ما يقرب من", ValueBound.About),
        ("nearly", ValueBound.Nearly), ("almost", ValueBound.Nearly), ("close to", ValueBound.Nearly), ("just under", ValueBound.Nearly),
        ("up to", ValueBound.AtMost), ("as many as", ValueBound.AtMost), ("no more than", ValueBound.AtMost), ("ما يصل إلى", ValueBound.AtMost),
        ("less than", ValueBound.LessThan), ("fewer than", ValueBound.LessThan), ("under", ValueBound.LessThan), ("below", ValueBound.LessThan),
        ("أقل من", ValueBound.LessThan));

    /// <summary>Phrases written after the number or the noun it counts (100 شخص على الأقل, 900 تقريبا).</summary>
    internal static readonly IReadOnlyList<(string[] Words, ValueBound Bound)> After = Phrases(
        ("على الأقل", ValueBound.AtLeast), ("at least", ValueBound.AtLeast), ("or more", ValueBound.AtLeast), ("تقريبا", ValueBound.About));

    /// <summary>
    /// Words before a name that attribute a statement to it (according to the ministry, وفق وزارة الصحة, نقلا عن مصدر):
    /// the first mention after one is the statement's authority.
    /// </summary>
    internal static readonly WordSet Attribution = FoldedWords.Set(
        "according", "citing", "quoting", "per", "وفق", "وفقا", "بحسب", "حسب", "نقلا", "طبقا", "بموجب");

    /// <summary>
    /// Words that say the time a statement holds for when a day or a part of one follows them (as of Saturday morning,
    /// by 10 pm, حتى مساء أمس, لغاية صباح اليوم): two counts of one frame for different times are an update, not a dispute.
    /// Alone they say nothing of time (killed by the train, حتى الأطفال), so a time must follow within two words.
    /// </summary>
    internal static readonly IReadOnlyList<string[]> AsOf = FoldedPhrases("as of", "as at", "by", "until", "till", "up until", "حتى", "لغاية", "لحد", "إلى غاية", "الى حدود");

    /// <summary>Words that say a statement holds until the time of writing (so far, حتى الآن): its time is the article's day.</summary>
    internal static readonly IReadOnlyList<string[]> SoFar = FoldedPhrases("so far", "to date", "thus far", "حتى الآن", "حتى اللحظة", "حتى هذه اللحظة", "لحد الآن", "لغاية الآن");

    /// <summary>
    /// The parts of a day, with the hour each is taken at, so that two statements of one day are ordered (the toll by
    /// the morning, then by the evening). A part that names no hour of its own is not listed.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, int> DayParts = new[]
    {
        ("dawn", 5), ("morning", 9), ("noon", 12), ("midday", 12), ("afternoon", 15), ("evening", 19), ("tonight", 21), ("night", 22), ("midnight", 23),
        ("فجر", 5), ("صباح", 9), ("صباحا", 9), ("ظهر", 12), ("ظهيرة", 12), ("عصر", 15), ("مساء", 19), ("مساءا", 19), ("ليلة", 22), ("ليل", 22), ("ليلا", 22),
    }.ToDictionary(e => ArabicFolding.Fold(e.Item1), e => e.Item2, StringComparer.Ordinal);

    /// <summary>The values a bounded statement allows, lowest and highest.</summary>
    public static (decimal Low, decimal High) Range(decimal value, ValueBound bound) => bound switch
    {
        ValueBound.Exact => (value, value),
        ValueBound.About => (value * (1 - AboutShare), value * (1 + AboutShare)),
        ValueBound.Nearly => (value * (1 - NearlyShare), value),
        ValueBound.AtLeast or ValueBound.MoreThan => (value, decimal.MaxValue),
        ValueBound.AtMost or ValueBound.LessThan => (0, value),
        _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, "a bound with no range"),
    };

    /// <summary>How a bound reads before the value in a message (more than 150, أكثر من 150); empty for an exact value.</summary>
    public static string Words(ValueBound bound, bool latin) => bound switch
    {
        ValueBound.Exact => string.Empty,
        ValueBound.About => latin ? "about" : "نحو",
        ValueBound.Nearly => latin ? "nearly" : "قرابة",
        ValueBound.AtLeast => latin ? "at least" : "على الأقل",
        ValueBound.MoreThan => latin ? "more than" : "أكثر من",
        ValueBound.AtMost => latin ? "up to" : "ما يصل إلى",
        ValueBound.LessThan => latin ? "less than" : "أقل من",
        _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, "a bound with no words"),
    };

    private static IReadOnlyList<string[]> FoldedPhrases(params string[] phrases) =>
        phrases.Select(p => p.Split(' ').Select(ArabicFolding.Fold).ToArray()).OrderByDescending(w => w.Length).ToArray();

    private static IReadOnlyList<(string[] Words, ValueBound Bound)> Phrases(params (string Phrase, ValueBound Bound)[] entries) =>
        entries.Select(e => (e.Phrase.Split(' ').Select(ArabicFolding.Fold).ToArray(), e.Bound))
            .OrderByDescending(e => e.Item1.Length).ToArray();
}
