using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>What a number word contributes to the grammar in <see cref="ArabicNumberParser"/> and <see cref="EnglishNumberParser"/>.</summary>
internal enum WordKind
{
    /// <summary>صفر, zero: a number on its own, never part of a compound.</summary>
    Zero,
    /// <summary>1–9 (cardinal or ordinal), the units place.</summary>
    Unit,
    /// <summary>A form of 1 or 2 used only before عشر/عشرة (أحد عشر, اثنا عشر).</summary>
    TeenHead,
    /// <summary>عشر/عشرة, ten: 10 on its own, or the second word of 11–19 after a unit.</summary>
    Ten,
    /// <summary>11–19 in one word (spoken Arabic حداشر, English eleven).</summary>
    Teen,
    /// <summary>20, 30 … 90.</summary>
    Tens,
    /// <summary>100–900 (مائة, مئتان, ثلاثمائة; hundred).</summary>
    Hundred,
    /// <summary>A multiplier that closes a group: thousand, million, billion, trillion, and dozen (12).</summary>
    Scale,
    /// <summary>A fraction word; <see cref="WordEntry.Value"/> is the denominator (نصف 2, ربع 4).</summary>
    Fraction,
    /// <summary>فاصلة, point: the decimal point said in words.</summary>
    Point,
    /// <summary>سالب/ناقص, minus/negative before a number.</summary>
    Negative,
    /// <summary>جزء/أجزاء "part(s)", as in جزء من مئة (one part of a hundred).</summary>
    Part,
    /// <summary>English "and" inside a number (one hundred and five).</summary>
    And,
}

/// <summary>How a word behaves beyond its kind.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,
    /// <summary>An ordinal form (الثالث, third).</summary>
    Ordinal = 1,
    /// <summary>A dual form: two of the thing (ألفان, مئتان is entered with its value, ثلثان).</summary>
    Dual = 2,
    /// <summary>A plural form that needs a count before it (آلاف, ملايين, أرباع): alone it is vague ("thousands").</summary>
    Plural = 4,
    /// <summary>Not a number unless another number word follows (حادي needs عشر; متين alone is the adjective "solid").</summary>
    NeedsCompanion = 8,
    /// <summary>With the article and alone it is something else: الاثنين is Monday.</summary>
    NoArticleAlone = 16,
    /// <summary>A two-letter stem (ست): only و and ب may attach, since لست "I am not" and الست "the lady" are ordinary words.</summary>
    ShortStem = 32,
    /// <summary>Indefinite and alone it is something else: ثانية is also "a second" (of time).</summary>
    NoIndefiniteAlone = 64,
    /// <summary>A fraction spelled like a cardinal (خُمس/خمس, عُشر/عشر): read as a fraction only before a definite noun.</summary>
    Ambiguous = 128,
}

/// <summary>One reading of a number word.</summary>
internal sealed class WordEntry
{
    public WordEntry(WordKind kind, decimal value, WordFlags flags)
    {
        Kind = kind;
        Value = value;
        Flags = flags;
    }

    public WordKind Kind { get; }
    public decimal Value { get; }
    public WordFlags Flags { get; }
    public bool Has(WordFlags flag) => (Flags & flag) != 0;
    public override string ToString() => $"{Kind} {Value} {Flags}";
}

/// <summary>
/// The vocabulary of number words, in one place. The recognizer's grammar (ArabicNumberParser, EnglishNumberParser) only
/// knows word kinds; every spelling it accepts is listed here, written in the usual orthography. Matching folds each
/// form with <see cref="NumberText.Fold(string)"/> (hamza seats, alif maqsura, teh marbuta, tashkeel, tatweel), so one spelling
/// per word is enough and ئ/ي, ى/ي, ة/ه variants need no entries of their own.
/// Sources: Modern Standard Arabic forms as any reference grammar gives them (nominative -ون/-ان and oblique -ين/-ين,
/// masculine and feminine, e.g. K. Ryding, A Reference Grammar of Modern Standard Arabic, ch. 15 "Numerals");
/// Egyptian and Levantine spoken spellings (تلاتة, اتنين, حداشر, تلتمية) as they appear in quotes, social posts and
/// the Egyptian corpus of facebook/duckling; English forms from standard English.
/// </summary>
internal static class NumberWords
{
    // ---------------------------------------------------------------- Arabic

    /// <summary>Cardinals 1–9, masculine and feminine, nominative and oblique; spoken spellings after the MSA ones.
    /// واحد is not a teen head (11 is أحد عشر), so the forms of 1 and 2 used in 11 and 12 are in <see cref="ArabicTeenHeads"/>.</summary>
    internal static readonly (int Value, string[] Forms)[] ArabicUnits =
    {
        (1, new[] { "واحد", "واحدة" }),
        (2, new[] { "اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين", "اتنين", "اتنان" }),
        (3, new[] { "ثلاثة", "ثلاث", "تلاتة", "تلات" }),
        (4, new[] { "أربعة", "أربع" }),
        (5, new[] { "خمسة", "خمس" }),
        (6, new[] { "ستة", "ست" }),
        (7, new[] { "سبعة", "سبع" }),
        (8, new[] { "ثمانية", "ثماني", "ثمان", "تمانية", "تمان" }),
        (9, new[] { "تسعة", "تسع" }),
    };

    /// <summary>The forms of 2 that mean Monday with the article (الاثنين, Egyptian الاتنين).</summary>
    internal static readonly string[] ArabicWeekdayLikeTwos = { "اثنين", "اثنان", "اتنين", "اتنان" };

    /// <summary>Forms of 1 and 2 that only occur before عشر/عشرة: أحد عشر, إحدى عشرة, اثنا/اثني عشر, اثنتا/اثنتي عشرة.
    /// Alone, أحد is "someone" or Sunday (الأحد), so these never stand for a number by themselves.</summary>
    internal static readonly (int Value, string[] Forms)[] ArabicTeenHeads =
    {
        (1, new[] { "أحد", "إحدى" }),
        (2, new[] { "اثنا", "اثني", "اثنتا", "اثنتي", "إتنا" }),
    };

    /// <summary>Ten: alone it is 10; after a unit it makes 11–19 (ثلاثة عشر, ثلاث عشرة).</summary>
    internal static readonly string[] ArabicTen = { "عشرة", "عشر" };

    /// <summary>11–19 in one word, as spoken in Egypt and the Levant (حداشر, اتناشر … تسعتاشر), with the ط spellings.</summary>
    internal static readonly (int Value, string[] Forms)[] ArabicSpokenTeens =
    {
        (11, new[] { "حداشر", "احداشر" }),
        (12, new[] { "اتناشر", "اطناشر" }),
        (13, new[] { "تلتاشر", "تلاتاشر", "تلطاشر" }),
        (14, new[] { "اربعتاشر", "اربعطاشر" }),
        (15, new[] { "خمستاشر", "خمسطاشر", "خمصتاشر" }),
        (16, new[] { "ستاشر", "سطاشر" }),
        (17, new[] { "سبعتاشر", "سبعطاشر" }),
        (18, new[] { "تمنتاشر", "تمانتاشر", "طمنطاشر" }),
        (19, new[] { "تسعتاشر", "تسعطاشر" }),
    };

    /// <summary>The tens 20–90, nominative -ون and oblique -ين (the oblique is the usual spoken form too).</summary>
    internal static readonly (int Value, string[] Forms)[] ArabicTens =
    {
        (20, new[] { "عشرون", "عشرين" }),
        (30, new[] { "ثلاثون", "ثلاثين", "تلاتين" }),
        (40, new[] { "أربعون", "أربعين" }),
        (50, new[] { "خمسون", "خمسين" }),
        (60, new[] { "ستون", "ستين" }),
        (70, new[] { "سبعون", "سبعين" }),
        (80, new[] { "ثمانون", "ثمانين", "تمانين" }),
        (90, new[] { "تسعون", "تسعين" }),
    };

    /// <summary>Hundred: مائة (classical spelling), مئة (reformed spelling), مية (spoken).</summary>
    internal static readonly string[] ArabicHundred = { "مائة", "مئة", "مية" };

    /// <summary>Hundreds in the plural (ثلاث مئات): a count must come before them.</summary>
    internal static readonly string[] ArabicHundreds = { "مئات" };

    /// <summary>Two hundred, the dual: nominative, oblique and construct (مائتا ألف), plus spoken ميتين.</summary>
    internal static readonly string[] ArabicTwoHundred = { "مائتان", "مئتان", "مائتين", "مئتين", "مائتا", "مئتا", "مائتي", "مئتي", "ميتين" };

    /// <summary>Spoken Egyptian 200. In Standard Arabic متين is the adjective "solid", so it counts only inside a compound (متين وعشرة).</summary>
    internal static readonly string[] ArabicTwoHundredSpoken = { "متين" };

    /// <summary>The unit stems that join مائة/مئة/مية in one word for 300–900 (ثلاثمائة, ثلثمائة, خمسمئة, تلتمية, ربعمية, تمنمية).</summary>
    internal static readonly (int Value, string[] Stems)[] ArabicHundredStems =
    {
        (3, new[] { "ثلاث", "ثلث", "تلت", "تلات" }),
        (4, new[] { "أربع", "ربع" }),
        (5, new[] { "خمس" }),
        (6, new[] { "ست" }),
        (7, new[] { "سبع" }),
        (8, new[] { "ثمان", "ثماني", "تمن", "تمان" }),
        (9, new[] { "تسع" }),
    };

    /// <summary>Thousand, million, billion (مليار; بليون in some countries), trillion; dozen (دزينة) works like a small scale.
    /// Singular forms include the accusative with tanween alif (ألفًا after 11–99: عشرين ألفا); dual forms include the
    /// construct (ألفي دولار); plural forms need a count (ثلاثة آلاف), alone they mean "thousands of".</summary>
    internal static readonly (decimal Value, string[] Singular, string[] Dual, string[] Plural)[] ArabicScales =
    {
        (1_000m, new[] { "ألف", "ألفا" }, new[] { "ألفان", "ألفين", "ألفي" }, new[] { "آلاف", "ألوف" }),
        (1_000_000m, new[] { "مليون", "مليونا" }, new[] { "مليونان", "مليونين", "مليوني" }, new[] { "ملايين" }),
        (1_000_000_000m, new[] { "مليار", "مليارا", "بليون", "بليونا" }, new[] { "ملياران", "مليارين", "ملياري", "بليونان", "بليونين" }, new[] { "مليارات", "بلايين" }),
        (1_000_000_000_000m, new[] { "تريليون", "ترليون", "تريليونا", "ترليونا" }, new[] { "تريليونان", "تريليونين", "ترليونان", "ترليونين" }, new[] { "تريليونات", "ترليونات" }),
        (12m, new[] { "دزينة", "درزن" }, new[] { "دزينتان", "دزينتين" }, new[] { "دزينات" }),
    };

    /// <summary>Fractions by denominator: singular, dual, plural (a count comes before the plural: ثلاثة أرباع).
    /// خمس, سبع, تسع, عشر are spelled like the cardinals 5, 7, 9, 10 (only the vowels differ), so their singular is
    /// <see cref="WordFlags.Ambiguous"/>. The singular ثُمن "eighth" is left out: unvowelled it is ثَمن "price", far
    /// more common in news. Duals of 5–10 are left out: خُمسين is spelled like خمسين (fifty).</summary>
    internal static readonly (int Denominator, string[] Singular, string[] Dual, string[] Plural, bool Ambiguous)[] ArabicFractions =
    {
        (2, new[] { "نصف" }, new[] { "نصفان", "نصفين" }, new[] { "أنصاف" }, false),
        (3, new[] { "ثلث" }, new[] { "ثلثان", "ثلثين", "ثلثا", "ثلثي" }, new[] { "أثلاث" }, false),
        (4, new[] { "ربع" }, new[] { "ربعان" }, new[] { "أرباع" }, false),
        (5, new[] { "خمس" }, Array.Empty<string>(), new[] { "أخماس" }, true),
        (6, new[] { "سدس" }, Array.Empty<string>(), new[] { "أسداس" }, false),
        (7, new[] { "سبع" }, Array.Empty<string>(), new[] { "أسباع" }, true),
        (8, Array.Empty<string>(), Array.Empty<string>(), new[] { "أثمان" }, false),
        (9, new[] { "تسع" }, Array.Empty<string>(), new[] { "أتساع" }, true),
        (10, new[] { "عشر" }, Array.Empty<string>(), new[] { "أعشار" }, true),
    };

    /// <summary>Ordinals 1–10, masculine and feminine (the article is stripped before lookup: الأول → أول).
    /// الثان/ثان is the form of ثانٍ without its yeh. حادي/حادية is 1 only in 11th and 21st…91st (الحادي عشر,
    /// الحادي والعشرون). ثانية alone and indefinite is "a second" of time, so it needs the article or a companion.</summary>
    internal static readonly (int Value, string[] Forms)[] ArabicOrdinals =
    {
        (1, new[] { "أول", "أولى" }),
        (2, new[] { "ثاني", "ثان" }),
        (3, new[] { "ثالث", "ثالثة" }),
        (4, new[] { "رابع", "رابعة" }),
        (5, new[] { "خامس", "خامسة" }),
        (6, new[] { "سادس", "سادسة" }),
        (7, new[] { "سابع", "سابعة" }),
        (8, new[] { "ثامن", "ثامنة" }),
        (9, new[] { "تاسع", "تاسعة" }),
        (10, new[] { "عاشر", "عاشرة" }),
    };

    /// <summary>Ordinal forms that stand for a number only with the article or a companion (see <see cref="ArabicOrdinals"/>).</summary>
    internal static readonly (int Value, string[] Forms, WordFlags Flags)[] ArabicBoundOrdinals =
    {
        (2, new[] { "ثانية" }, WordFlags.NoIndefiniteAlone),
        (1, new[] { "حادي", "حادية" }, WordFlags.NeedsCompanion),
    };

    internal static readonly string[] ArabicZero = { "صفر" };

    /// <summary>The folded forms of the Arabic cardinals, units to thousands (خمسة, تسعين, مئة, ألف), for the rules that must not read them as names.</summary>
    private static readonly HashSet<string> ArabicCardinalForms = new(
        ArabicUnits.SelectMany(u => u.Forms).Concat(ArabicWeekdayLikeTwos).Concat(ArabicTeenHeads.SelectMany(t => t.Forms)).Concat(ArabicTen)
            .Concat(ArabicTens.SelectMany(t => t.Forms)).Concat(ArabicHundred).Concat(ArabicTwoHundred).Concat(ArabicScales.SelectMany(s => s.Singular.Concat(s.Dual).Concat(s.Plural)))
            .Select(Normalize.ArabicFolding.Fold),
        StringComparer.Ordinal);

    /// <summary>Whether a folded word is an Arabic cardinal as written alone (تسعين, والتسعين is not: the article and و are left on).</summary>
    internal static bool IsCardinalWord(string folded) => ArabicCardinalForms.Contains(folded);
    internal static readonly string[] ArabicPoint = { "فاصلة" };
    /// <summary>سالب "negative", ناقص "minus": make the number after them negative (سالب خمسة, ناقص 3 درجات).</summary>
    internal static readonly string[] ArabicNegative = { "سالب", "ناقص" };
    /// <summary>"part"/"parts" in the fraction phrase [count] جزء/أجزاء من N.</summary>
    internal static readonly string[] ArabicPartSingular = { "جزء" };
    internal static readonly string[] ArabicPartPlural = { "أجزاء" };
    /// <summary>The word "من" (of) in the fraction phrase above.</summary>
    internal const string ArabicOf = "من";

    /// <summary>Words before which a lone واحد/واحدة is the pronoun "one" (أي واحد "which one", كل واحد "each one").</summary>
    internal static readonly string[] ArabicPronounOneHeads = { "أي", "كل" };

    /// <summary>The word في: في المائة is "per cent", so مائة after it is no number.</summary>
    internal const string ArabicIn = "في";

    /// <summary>Proclitics that attach to a number word, in the order they stack (و/ف, then ب/ل/ك, then ال).
    /// ل + ال is written لل (للعشرين).</summary>
    internal static readonly char[] ArabicConjunctions = { 'و', 'ف' };
    internal static readonly char[] ArabicPrepositions = { 'ب', 'ل', 'ك' };

    // ---------------------------------------------------------------- English

    internal static readonly string[] EnglishUnits = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
    internal static readonly string[] EnglishTeens = { "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    internal static readonly string[] EnglishTens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
    internal static readonly string[] EnglishUnitOrdinals = { "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth" };
    internal static readonly string[] EnglishTeenOrdinals = { "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth" };
    internal static readonly string[] EnglishTensOrdinals = { "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth" };
    internal static readonly (decimal Value, string Cardinal, string Ordinal)[] EnglishScales =
    {
        (1_000m, "thousand", "thousandth"),
        (1_000_000m, "million", "millionth"),
        (1_000_000_000m, "billion", "billionth"),
        (1_000_000_000_000m, "trillion", "trillionth"),
        (12m, "dozen", ""),
    };
    /// <summary>Words before which a lone "one" is a pronoun (no one, the one, which one).</summary>
    internal static readonly string[] EnglishPronounOneHeads = { "no", "any", "every", "each", "the", "this", "that", "which", "anyone", "someone" };

    // ---------------------------------------------------------------- lookup tables built from the lists above

    /// <summary>Arabic forms, folded, to their readings (a word may have several: خمس is 5 or one fifth).</summary>
    internal static readonly Dictionary<string, WordEntry[]> Arabic = BuildArabic();

    /// <summary>English forms, lower case, to their readings.</summary>
    internal static readonly Dictionary<string, WordEntry[]> English = BuildEnglish();

    internal static readonly HashSet<string> ArabicPronounOneHeadSet = FoldedSet(ArabicPronounOneHeads);
    internal static readonly HashSet<string> EnglishPronounOneHeadSet = new(EnglishPronounOneHeads, StringComparer.Ordinal);
    internal static readonly string ArabicOfFolded = NumberText.Fold(ArabicOf);
    internal static readonly string ArabicInFolded = NumberText.Fold(ArabicIn);

    private static HashSet<string> FoldedSet(IEnumerable<string> forms)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in forms) set.Add(NumberText.Fold(f));
        return set;
    }

    private static Dictionary<string, WordEntry[]> BuildArabic()
    {
        var map = new Dictionary<string, List<WordEntry>>(StringComparer.Ordinal);
        void Add(string form, WordKind kind, decimal value, WordFlags flags = WordFlags.None)
        {
            var key = NumberText.Fold(form);
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<WordEntry>();
            list.Add(new WordEntry(kind, value, flags));
        }

        foreach (var f in ArabicZero) Add(f, WordKind.Zero, 0);
        var twos = FoldedSet(ArabicWeekdayLikeTwos);
        foreach (var (v, forms) in ArabicUnits)
            foreach (var f in forms)
            {
                var flags = twos.Contains(NumberText.Fold(f)) ? WordFlags.NoArticleAlone : WordFlags.None;
                if (NumberText.Fold(f).Length <= 2) flags |= WordFlags.ShortStem;
                Add(f, WordKind.Unit, v, flags);
            }
        foreach (var (v, forms) in ArabicTeenHeads)
            foreach (var f in forms) Add(f, WordKind.TeenHead, v);
        foreach (var f in ArabicTen) Add(f, WordKind.Ten, 10);
        foreach (var (v, forms) in ArabicSpokenTeens)
            foreach (var f in forms) Add(f, WordKind.Teen, v);
        foreach (var (v, forms) in ArabicTens)
            foreach (var f in forms) Add(f, WordKind.Tens, v);
        foreach (var f in ArabicHundred) Add(f, WordKind.Hundred, 100);
        foreach (var f in ArabicHundreds) Add(f, WordKind.Hundred, 100, WordFlags.Plural);
        foreach (var f in ArabicTwoHundred) Add(f, WordKind.Hundred, 200, WordFlags.Dual);
        foreach (var f in ArabicTwoHundredSpoken) Add(f, WordKind.Hundred, 200, WordFlags.Dual | WordFlags.NeedsCompanion);
        foreach (var (v, stems) in ArabicHundredStems)
            foreach (var s in stems)
                foreach (var h in ArabicHundred) Add(s + h, WordKind.Hundred, v * 100);
        foreach (var (v, singular, dual, plural) in ArabicScales)
        {
            foreach (var f in singular) Add(f, WordKind.Scale, v);
            foreach (var f in dual) Add(f, WordKind.Scale, v, WordFlags.Dual);
            foreach (var f in plural) Add(f, WordKind.Scale, v, WordFlags.Plural);
        }
        foreach (var (d, singular, dual, plural, ambiguous) in ArabicFractions)
        {
            foreach (var f in singular) Add(f, WordKind.Fraction, d, ambiguous ? WordFlags.Ambiguous : WordFlags.None);
            foreach (var f in dual) Add(f, WordKind.Fraction, d, WordFlags.Dual);
            foreach (var f in plural) Add(f, WordKind.Fraction, d, WordFlags.Plural);
        }
        foreach (var (v, forms) in ArabicOrdinals)
            foreach (var f in forms) Add(f, WordKind.Unit, v, WordFlags.Ordinal);
        foreach (var (v, forms, flags) in ArabicBoundOrdinals)
            foreach (var f in forms) Add(f, WordKind.Unit, v, WordFlags.Ordinal | flags);
        foreach (var f in ArabicPoint) Add(f, WordKind.Point, 0);
        foreach (var f in ArabicNegative) Add(f, WordKind.Negative, 0);
        foreach (var f in ArabicPartSingular) Add(f, WordKind.Part, 1);
        foreach (var f in ArabicPartPlural) Add(f, WordKind.Part, 1, WordFlags.Plural);

        var result = new Dictionary<string, WordEntry[]>(StringComparer.Ordinal);
        foreach (var kv in map) result[kv.Key] = kv.Value.ToArray();
        return result;
    }

    private static Dictionary<string, WordEntry[]> BuildEnglish()
    {
        var map = new Dictionary<string, List<WordEntry>>(StringComparer.Ordinal);
        void Add(string form, WordKind kind, decimal value, WordFlags flags = WordFlags.None)
        {
            if (form.Length == 0) return;
            if (!map.TryGetValue(form, out var list)) map[form] = list = new List<WordEntry>();
            list.Add(new WordEntry(kind, value, flags));
        }

        Add(EnglishUnits[0], WordKind.Zero, 0);
        for (var i = 1; i < EnglishUnits.Length; i++) Add(EnglishUnits[i], WordKind.Unit, i);
        for (var i = 1; i < EnglishUnitOrdinals.Length; i++) Add(EnglishUnitOrdinals[i], WordKind.Unit, i, WordFlags.Ordinal);
        for (var i = 0; i < EnglishTeens.Length; i++) Add(EnglishTeens[i], WordKind.Teen, 10 + i);
        for (var i = 0; i < EnglishTeenOrdinals.Length; i++) Add(EnglishTeenOrdinals[i], WordKind.Teen, 10 + i, WordFlags.Ordinal);
        for (var i = 0; i < EnglishTens.Length; i++) Add(EnglishTens[i], WordKind.Tens, 20 + 10 * i);
        for (var i = 0; i < EnglishTensOrdinals.Length; i++) Add(EnglishTensOrdinals[i], WordKind.Tens, 20 + 10 * i, WordFlags.Ordinal);
        Add("hundred", WordKind.Hundred, 100);
        Add("hundredth", WordKind.Hundred, 100, WordFlags.Ordinal);
        foreach (var (v, cardinal, ordinal) in EnglishScales)
        {
            Add(cardinal, WordKind.Scale, v);
            Add(ordinal, WordKind.Scale, v, WordFlags.Ordinal);
        }
        Add("and", WordKind.And, 0);
        Add("minus", WordKind.Negative, 0);
        Add("negative", WordKind.Negative, 0);

        var result = new Dictionary<string, WordEntry[]>(StringComparer.Ordinal);
        foreach (var kv in map) result[kv.Key] = kv.Value.ToArray();
        return result;
    }
}
