using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Prose;

namespace CorpusSdk.Extraction.Recognize.Quotes;

/// <summary>
/// The word lists the quote rules read, in one place. Entries are written as a reader writes them and matched folded
/// (<see cref="ArabicFolding"/>: hamza and alef forms, teh marbuta, alef maksura and diacritics do not matter), and
/// Arabic words are matched with or without the conjunctions و/ف on them. The lists are common, not exhaustive; every
/// rule that reads one also reads the shape of the sentence (a complementizer, a colon, quotation marks), so a missing
/// entry loses a quote without inventing one. Add entries freely; keep each list to what its comment says.
/// </summary>
internal static class QuoteLexicon
{
    /// <summary>
    /// Arabic speech verbs: the perfect (3rd person masculine singular), the imperfect and the circumstantial participle
    /// (حال: مؤكداً أن), and whether the verb takes an object before what was said (وصف القرار بأنه, اعتبر الخطوة أن).
    /// Their other forms are made from these (<see cref="ArabicVerbForms"/>): feminine, dual and plural; the imperfect's
    /// feminine, dual and plural; the participle's feminine and plurals; and, for the perfect, object pronouns
    /// (وصفته). Irregular forms are listed last. A verb counts as speech only where the sentence gives what was said: a
    /// complementizer (أن/إن), a colon or quotation marks. Left out: <c>بيّن</c> (folded it is the preposition بين);
    /// verbs of doing (رحب, جدد, دعا إلى) that take a noun, not a clause; and the participles that are everyday nouns
    /// (كاتب writer, متابع follower, مبلغ amount, ذاكرة memory, مفيد useful).
    /// </summary>
    private static readonly SpeechVerbEntry[] ArabicSpeechVerbs =
    {
        new("قال", "يقول", "قائلا"),
        new("أكد", "يؤكد", "مؤكدا"),
        new("أضاف", "يضيف", "مضيفا"),
        new("أوضح", "يوضح", "موضحا"),
        new("أعرب", "يعرب", "معربا"),
        new("أشار", "يشير", "مشيرا"),
        new("شدد", "يشدد", "مشددا"),
        new("صرح", "يصرح", "مصرحا"),
        new("ذكر", "يذكر", null),
        new("لفت", "يلفت", "لافتا"),
        new("أعلن", "يعلن", "معلنا"),
        new("أفاد", "يفيد", null),
        new("اعتبر", "يعتبر", "معتبرا", Transitive: true),
        new("وصف", "يصف", "واصفا", Transitive: true),
        new("حذر", "يحذر", "محذرا"),
        new("كشف", "يكشف", "كاشفا"),
        new("تابع", "يتابع", null),
        new("استطرد", "يستطرد", "مستطردا"),
        new("أردف", "يردف", "مردفا"),
        new("نوه", "ينوه", "منوها"),
        new("اعترف", "يعترف", "معترفا"),
        new("زعم", "يزعم", "زاعما"),
        new("أبلغ", "يبلغ", null, Transitive: true),
        new("كتب", "يكتب", null),
        new("غرد", "يغرد", "مغردا"),
        new("ألمح", "يلمح", "ملمحا"),
        new("تساءل", "يتساءل", "متسائلا"),
        new("أجاب", "يجيب", "مجيبا"),
        new("توقع", "يتوقع", "متوقعا"),
        new("رجح", "يرجح", "مرجحا"),
        new("رأى", "يرى", "رائيا", Irregular: new[] { "رأت", "رأوا", "رأيا" }),
        new("نفى", "ينفي", "نافيا", Transitive: true, Irregular: new[] { "نفت", "نفوا" }),
        new("ادعى", "يدعي", "مدعيا", Irregular: new[] { "ادعت", "ادعوا" }),
        new("أبدى", "يبدي", "مبديا", Irregular: new[] { "أبدت", "أبدوا" }),
    };

    /// <summary>
    /// English speech verbs, every form listed (say, says, said, saying). Participles in -ing introduce a second
    /// report in the same sentence (<c>…, adding that …</c>).
    /// </summary>
    private static readonly string[] EnglishSpeechVerbs =
    {
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "state", "states", "stated", "stating", "announce", "announces", "announced", "announcing", "note", "notes", "noted", "noting",
        "explain", "explains", "explained", "explaining", "stress", "stresses", "stressed", "stressing", "insist", "insists", "insisted", "insisting",
        "warn", "warns", "warned", "warning", "claim", "claims", "claimed", "claiming", "argue", "argues", "argued", "arguing",
        "assert", "asserts", "asserted", "asserting", "confirm", "confirms", "confirmed", "confirming", "declare", "declares", "declared", "declaring",
        "write", "writes", "wrote", "writing", "post", "posts", "posted", "posting", "tweet", "tweets", "tweeted", "tweeting",
        "reply", "replies", "replied", "replying", "respond", "responds", "responded", "responding", "acknowledge", "acknowledges", "acknowledged",
        "admit", "admits", "admitted", "deny", "denies", "denied", "denying", "describe", "describes", "described", "describing",
        "emphasize", "emphasizes", "emphasized", "emphasise", "emphasised", "emphasising", "emphasizing", "reiterate", "reiterated", "reiterating",
        "suggest", "suggests", "suggested", "suggesting", "vow", "vows", "vowed", "pledge", "pledged", "promise", "promised", "predict", "predicted",
        "recall", "recalled", "caution", "cautioned", "continue", "continued", "ask", "asked", "asks", "report", "reports", "reported",
    };

    /// <summary>
    /// English verbs whose report may follow with no "that" (Officials said the toll could rise; she told Reuters the
    /// talks failed). Others take an object first (described the plan as …, confirmed the deal), which is no report.
    /// </summary>
    internal static readonly WordSet BareReportVerbs = FoldSet(
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "warn", "warns", "warned", "insist", "insists", "insisted",
        "claim", "claims", "claimed", "stress", "stresses", "stressed", "note", "notes", "noted", "argue", "argues", "argued",
        "believe", "believes", "believed", "acknowledged", "admitted", "predicted", "suggested");

    /// <summary>
    /// Words that open what was said after a speech verb: أن/إن with the pronouns joined to them (إنه بحث …) and بأن
    /// (وصفه بأنه …); English <c>that</c>.
    /// </summary>
    internal static readonly WordSet Complementizers = FoldSet(
        "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "إنهما", "أنهن", "أننا", "إننا", "أنني", "إنني", "أني", "إني",
        "بأن", "بأنه", "بأنها", "بأنهم", "بأنهما", "بأننا", "وأن", "وإن", "وبأن", "وأنه", "وإنه", "that");

    /// <summary>
    /// Words after which a few words in marks are the speaker's own words, not a name: the complementizers, Arabic
    /// بوصفه/باعتباره ("as"), English <c>as</c> and the copulas (<c>called it “a mistake”</c>, <c>was “a first step”</c>).
    /// </summary>
    internal static readonly WordSet PartialQuoteIntroducers = new(
        Complementizers.Concat(FoldSet("بوصفه", "بوصفها", "باعتباره", "باعتبارها", "as", "is", "was", "are", "were", "be", "been", "it", "them", "had", "has", "have")));

    /// <summary>
    /// Arabic and English "according to": at the end of a sentence they attribute all of it to the source they name
    /// (<c>…، بحسب مصادر محلية.</c>, <c>…, according to officials.</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> AttributionPhrases = Fold("بحسب", "حسب", "وفق", "وفقا ل", "وفقا لـ", "according to");

    /// <summary>Each of <see cref="AttributionPhrases"/> cut into its words once, as the recognizer tries them at every word.</summary>
    public static readonly IReadOnlyList<string[]> AttributionPhraseWords = AttributionPhrases.Select(phrase => phrase.Split(' ')).ToArray();

    /// <summary>
    /// Words that open an adverbial between a speech verb and what was said: where, when, how (في منشور, خلال مؤتمر,
    /// يوم الأحد; in a statement, on Monday). A comma-separated part of the speaker phrase that opens with one is not
    /// the speaker.
    /// </summary>
    internal static readonly WordSet AdverbialOpeners = FoldSet(
        "في", "خلال", "عبر", "على", "أمام", "بعد", "قبل", "عقب", "أثناء", "يوم", "اليوم", "أمس", "مساء", "صباح", "ظهر", "ليلة", "فجر", "منذ",
        "لدى", "ل", "لـ", "مع", "وفي", "حسب", "بحسب", "إلى", "الى",
        "in", "on", "at", "during", "after", "before", "via", "through", "to", "late", "earlier", "yesterday", "today", "tonight", "last",
        "this", "when", "while", "from", "with");

    /// <summary>
    /// Words that end the speaker inside a part with no comma before the adverbial (قال المتحدث خلال مؤتمر صحفي إن,
    /// كتب الوزير على منصة إكس).
    /// <c>في</c> ends it only before a channel or a time (قال مسؤول في الوزارة keeps its affiliation): see
    /// <see cref="ChannelOrTimeAfterIn"/>.
    /// </summary>
    internal static readonly WordSet SpeakerEnders = FoldSet(
        "خلال", "عبر", "على", "أمام", "يوم", "اليوم", "أمس", "مساء", "صباح", "أثناء", "عقب", "لـ",
        "in", "on", "at", "during", "via", "yesterday", "today", "late", "earlier", "last", "told", "to");

    /// <summary>Words after في that make it an adverbial of channel or time rather than part of the speaker.</summary>
    internal static readonly WordSet ChannelOrTimeAfterIn = FoldSet(
        "منشور", "تغريدة", "تدوينة", "بيان", "مؤتمر", "مقابلة", "حديث", "تصريح", "تصريحات", "كلمة", "خطاب", "اتصال", "رسالة", "حوار",
        "إحاطة", "لقاء", "يوم", "وقت", "ختام", "مستهل", "بداية", "نهاية", "أعقاب",
        "a", "an", "the", "his", "her", "their", "its");

    /// <summary>Social platforms, written as they are met, with the name the export uses (X for إكس, Twitter, تويتر).</summary>
    public static readonly IReadOnlyDictionary<string, string> Platforms = FoldMap(
        ("إكس", "X"), ("اكس", "X"), ("x", "X"), ("تويتر", "X"), ("twitter", "X"), ("فيسبوك", "Facebook"), ("فيس بوك", "Facebook"),
        ("facebook", "Facebook"), ("تلغرام", "Telegram"), ("تليغرام", "Telegram"), ("تيليغرام", "Telegram"), ("telegram", "Telegram"),
        ("إنستغرام", "Instagram"), ("انستغرام", "Instagram"), ("instagram", "Instagram"), ("يوتيوب", "YouTube"), ("youtube", "YouTube"),
        ("تيك توك", "TikTok"), ("tiktok", "TikTok"), ("تروث سوشيال", "Truth Social"), ("truth social", "Truth Social"),
        ("threads", "Threads"), ("ثريدز", "Threads"), ("bluesky", "Bluesky"), ("linkedin", "LinkedIn"));

    /// <summary>Words after which "X" alone is the platform (on X, via X, عبر إكس, منصة إكس).</summary>
    internal static readonly WordSet PlatformIntroducers = FoldSet("on", "via", "عبر", "على", "منصة");

    /// <summary>Prepositions between an interview noun and its outlet (مقابلة مع, حديث لـ, interview with, to).</summary>
    internal static readonly WordSet InterviewPrepositions = FoldSet("ل", "لـ", "مع", "with", "to");

    /// <summary>
    /// Kinds of channel, by the nouns (or two words) that name them (في منشور, في بيان, خلال مؤتمر صحفي, in an interview
    /// with). A conference alone is not a press conference (على هامش المؤتمر).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ChannelNouns = FoldMap(
        ("منشور", ChannelKinds.Post), ("تغريدة", ChannelKinds.Post), ("تدوينة", ChannelKinds.Post), ("بوست", ChannelKinds.Post),
        ("post", ChannelKinds.Post), ("tweet", ChannelKinds.Post), ("posted", ChannelKinds.Post), ("tweeted", ChannelKinds.Post),
        ("بيان", ChannelKinds.Statement), ("statement", ChannelKinds.Statement),
        ("مؤتمر صحفي", ChannelKinds.PressConference), ("مؤتمر صحافي", ChannelKinds.PressConference), ("إحاطة", ChannelKinds.PressConference),
        ("press conference", ChannelKinds.PressConference), ("news conference", ChannelKinds.PressConference), ("briefing", ChannelKinds.PressConference),
        ("مقابلة", ChannelKinds.Interview), ("حوار", ChannelKinds.Interview), ("حديث", ChannelKinds.Interview), ("تصريح", ChannelKinds.Interview),
        ("تصريحات", ChannelKinds.Interview), ("interview", ChannelKinds.Interview),
        ("كلمة", ChannelKinds.Speech), ("خطاب", ChannelKinds.Speech), ("speech", ChannelKinds.Speech), ("address", ChannelKinds.Speech),
        ("remarks", ChannelKinds.Speech),
        ("اتصال", ChannelKinds.Call), ("call", ChannelKinds.Call));

    /// <summary>
    /// Heads of a source that is not a person: documents (بيان, تقارير, statement) and unnamed or collective sources
    /// (مصادر, مسؤولون, المشاركون, الجانب السوري; officials, participants). Matched without the article ال.
    /// </summary>
    internal static readonly WordSet SourceHeads = FoldSet(
        "بيان", "مصدر", "مصادر", "تقرير", "تقارير", "وثيقة", "رسالة", "مسؤول", "مسؤولون", "مسؤولين", "مسؤولو", "مسؤولي", "مراقبون", "محللون", "خبراء",
        "شهود", "سكان", "ناشطون", "مشاركون", "مشاركين", "مجتمعون", "مجتمعين", "أعضاء", "جانب", "أوساط", "دوائر", "وسائل", "استطلاع", "دراسة",
        "statement", "source", "sources", "report", "reports", "official", "officials", "document", "analysts", "experts", "witnesses",
        "residents", "activists", "participants", "members", "observers", "study", "survey", "people");

    /// <summary>
    /// Words that end an untitled speaker phrase: the prepositions that open its complement (أعضاء التحالف عن شكرهم,
    /// المشاركون على ضرورة).
    /// </summary>
    internal static readonly WordSet NounPhraseStops = FoldSet(
        "عن", "على", "في", "من", "إلى", "الى", "مع", "ضد", "حول", "بشأن", "نحو", "خلال", "عبر", "أمام", "بعد", "قبل", "منذ", "يوم", "أن", "إن",
        "ذلك", "هذا", "هذه", "تلك", "ذاك", "الذي", "التي", "الذين",
        "of", "in", "on", "at", "for", "with", "to", "from", "that", "about", "who", "which");

    /// <summary>
    /// Prepositions a speech verb takes before its complementizer (أشار إلى أن, شدد على أن, أعرب عن أمله في أن): they end
    /// the speaker phrase and belong to neither speaker nor speech.
    /// </summary>
    internal static readonly WordSet ComplementPrepositions = FoldSet("إلى", "الى", "على", "عن", "من", "في", "ب");

    /// <summary>
    /// Times of day that end a speaker phrase only before a day (قال الوزير صباح اليوم إن): before a family name they are a
    /// given name (الناشطة صباح الحسن).
    /// </summary>
    internal static readonly WordSet TimesOfDay = FoldSet("صباح", "مساء", "ظهر", "فجر", "ليلة", "عصر");

    /// <summary>The days a time of day can stand before (صباح اليوم, مساء الأحد, ليلة أمس).</summary>
    internal static readonly WordSet Days = FoldSet(
        "اليوم", "أمس", "الأمس", "غد", "الغد", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow");

    /// <summary>
    /// English words after which a speech-verb spelling is a noun: determiners and possessives (the claims, his promise,
    /// a warning, its report).
    /// </summary>
    internal static readonly WordSet Determiners = FoldSet(
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "whose", "no", "any", "every", "each");

    /// <summary>English words that cannot open a report given with no "that": a report starts with its subject, not a verb (which officials said was worth …).</summary>
    internal static readonly WordSet Auxiliaries = FoldSet(
        "was", "is", "were", "are", "be", "been", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might", "did",
        "does", "do", "not");

    /// <summary>
    /// Who a speaker tells (قال لوكالة فرانس برس, قال للصحفيين; told reporters, told the court): after ل or "told" these
    /// end the speaker phrase, and a named outlet among them is the interview's.
    /// </summary>
    internal static readonly WordSet Listeners = FoldSet(
        "وكالة", "صحيفة", "قناة", "شبكة", "موقع", "إذاعة", "تلفزيون", "مجلة", "صحفيين", "صحافيين", "الصحفيين", "الصحافيين", "مراسل", "مراسلي",
        "وسائل", "reporters", "journalists", "court", "lawmakers", "parliament", "congress", "senators", "members", "supporters");

    /// <summary>English abbreviations whose full stop ends no sentence (Dr. Tedros, Gen. Milley, Mr. Biden).</summary>
    internal static readonly WordSet Abbreviations = new(new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Prof", "Maj", "Adm", "Cmdr", "No", "Rev", "Mt",
    });

    /// <summary>Prepositions with a pronoun a verb after ما takes (وفق ما أفادت به المصادر).</summary>
    internal static readonly WordSet PronounPrepositions = FoldSet("به", "بها", "بهم", "عنه", "عنها", "له", "لها", "فيه", "فيها");

    /// <summary>Relative pronouns, which end an "according to" source (a UN official who spoke …).</summary>
    internal static readonly WordSet RelativePronouns = FoldSet("who", "which", "whom", "الذي", "التي", "الذين", "اللذين", "اللواتي");

    /// <summary>English conjunctions that start a new clause before a subject (…, and the minister said …).</summary>
    internal static readonly WordSet Conjunctions = FoldSet("and", "but", "or", "so");

    /// <summary>English pronouns that continue the previous speaker (<c>he said</c>, <c>she added</c>).</summary>
    internal static readonly WordSet Pronouns = FoldSet("he", "she", "they", "we", "i", "it");

    /// <summary>
    /// Words that, after a comma, open the reporter's next clause: <c>…، كما أعرب …</c>, <c>…، فيما قال …</c>,
    /// <c>…, while she said …</c>, and "in addition to" (<c>…، إضافة لترحيبهم …</c>), which adds to the reporter's
    /// clause. What was said before ends there. (English "and" and "but" are left out: they join the reported words as
    /// often as they leave them.)
    /// </summary>
    internal static readonly WordSet ClauseOpeners = FoldSet("فيما", "بينما", "كما", "ثم", "حين", "في حين", "إضافة", "بالإضافة", "while", "whereas");

    private static readonly Dictionary<string, SpeechVerbForm> ArabicForms = ArabicVerbForms.Build(ArabicSpeechVerbs);

    /// <summary>A speech verb that takes no object, with one joined (تابعه "followed it"): another verb, of the same word.</summary>
    private static readonly HashSet<string> ArabicObjectForms = ArabicVerbForms.ObjectForms(ArabicSpeechVerbs);

    /// <summary>
    /// Whether the word is of a speech verb's family, as a word: <see cref="SpeechVerb"/>'s forms, and the forms with an
    /// object of the verbs that take none (تابعته). The name tagger reads this as a cue beside a name; only
    /// <see cref="SpeechVerb"/> reports speech.
    /// </summary>
    public static bool IsSpeechVerbWord(string folded) =>
        SpeechVerb(folded) is not null || ArabicObjectForms.Contains(folded) || (WithoutConjunction(folded) is { } bare && ArabicObjectForms.Contains(bare));

    /// <summary>The word without the conjunction و or ف joined to it (وقال → قال), or null when it has none.</summary>
    private static string? WithoutConjunction(string folded) =>
        folded.Length > 3 && (folded[0] == 'و' || folded[0] == 'ف') ? folded.Substring(1) : null;

    private static readonly Dictionary<string, SpeechVerbForm> EnglishForms = EnglishSpeechVerbs.ToDictionary(
        v => v, v => new SpeechVerbForm(v.EndsWith("ing", StringComparison.Ordinal) ? VerbForm.Participle : VerbForm.Finite, false, false),
        StringComparer.Ordinal);

    /// <summary>
    /// The speech-verb form of a folded word, or null: Arabic with or without و/ف before it (وقال, فأضاف), English
    /// lowercased.
    /// </summary>
    public static SpeechVerbForm? SpeechVerb(string folded)
    {
        if (EnglishForms.TryGetValue(folded, out var english)) return english;
        if (ArabicForms.TryGetValue(folded, out var form)) return form;
        if (WithoutConjunction(folded) is { } bare && ArabicForms.TryGetValue(bare, out form)) return form;
        return null;
    }

    private static IReadOnlyList<string> Fold(params string[] entries) => FoldedWords.List(entries);

    private static WordSet FoldSet(params string[] entries) => FoldedWords.Set(entries);

    private static IReadOnlyDictionary<string, string> FoldMap(params (string Written, string Value)[] entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (written, value) in entries) map[ArabicFolding.Fold(written)] = value;
        return map;
    }
}

/// <summary>Whether a speech verb's form heads its clause or hangs on another one.</summary>
public enum VerbForm
{
    /// <summary>قال, يقول, said: the verb of its own clause, with its own subject.</summary>
    Finite,

    /// <summary>مؤكداً, adding: a second report hanging on the clause before it, said by that clause's subject.</summary>
    Participle,
}

/// <summary>What a speech verb's form says about its clause.</summary>
/// <param name="Feminine">The form is feminine (قالت, تقول, مؤكدة): its subject is a woman, or a feminine or plural noun (الوزارة, المصادر).</param>
/// <param name="ObjectFollows">The verb takes an object and none is joined to it (وصف, not وصفه): the speaker phrase ends with the object.</param>
public readonly record struct SpeechVerbForm(VerbForm Form, bool Feminine, bool ObjectFollows);

/// <summary>One Arabic speech verb of <see cref="QuoteLexicon"/>: its perfect, imperfect and participle (null when that participle is an everyday noun).</summary>
internal sealed record SpeechVerbEntry(string Perfect, string Imperfect, string? Participle, bool Transitive = false, string[]? Irregular = null);

/// <summary>Makes the forms of the Arabic speech verbs from the forms <see cref="QuoteLexicon"/> lists.</summary>
internal static class ArabicVerbForms
{
    /// <summary>Object pronouns on a perfect verb: وصفته, اعتبرها, أبلغهم.</summary>
    private static readonly string[] ObjectSuffixes = { "ه", "ها", "هم", "هما" };

    /// <summary>The endings of the perfect: قال، قالت، قالا، قالتا، قالوا.</summary>
    private static readonly string[] PerfectEndings = { "", "ت", "ا", "تا", "وا" };

    /// <summary>The perfect forms with an object pronoun of the verbs that take no object (تابعه, قالته).</summary>
    public static HashSet<string> ObjectForms(IEnumerable<SpeechVerbEntry> verbs) =>
        new(verbs.Where(v => !v.Transitive).SelectMany(v => PerfectEndings.SelectMany(ending => WithObject(v, ending))).Select(ArabicFolding.Fold), StringComparer.Ordinal);

    /// <summary>A perfect form with each object pronoun (وصفه, وصفته, وصفوه: the plural's alif drops before one).</summary>
    private static IEnumerable<string> WithObject(SpeechVerbEntry verb, string ending) =>
        ObjectSuffixes.Select(suffix => verb.Perfect + (ending == "وا" ? "و" : ending) + suffix);

    public static Dictionary<string, SpeechVerbForm> Build(IEnumerable<SpeechVerbEntry> verbs)
    {
        var forms = new Dictionary<string, SpeechVerbForm>(StringComparer.Ordinal);
        void Add(string written, VerbForm form, bool feminine, bool objectFollows)
        {
            var folded = ArabicFolding.Fold(written);
            if (!forms.ContainsKey(folded)) forms[folded] = new SpeechVerbForm(form, feminine, objectFollows);
        }
        foreach (var verb in verbs)
        {
            // Perfect: قال، قالت، قالا، قالتا، قالوا, and, for a verb that takes an object, with it: وصفه، وصفته، وصفوه.
            // A verb of speech that takes none is another verb with one: تابع "went on (saying)", تابعه "followed it"
            // (مؤتمر صحفي تابعته «الغدير»: the outlet that followed the press conference is no speaker).
            foreach (var ending in PerfectEndings)
            {
                var feminine = ending.StartsWith("ت", StringComparison.Ordinal);
                Add(verb.Perfect + ending, VerbForm.Finite, feminine, verb.Transitive);
                if (!verb.Transitive) continue;
                foreach (var withObject in WithObject(verb, ending)) Add(withObject, VerbForm.Finite, feminine, false);
            }
            // Imperfect: يقول، تقول، يقولون، يقولان، تقولان.
            var stem = verb.Imperfect.Substring(1);
            Add("ي" + stem, VerbForm.Finite, false, verb.Transitive);
            Add("ت" + stem, VerbForm.Finite, true, verb.Transitive);
            Add("ي" + stem + "ون", VerbForm.Finite, false, verb.Transitive);
            Add("ي" + stem + "ان", VerbForm.Finite, false, verb.Transitive);
            Add("ت" + stem + "ان", VerbForm.Finite, true, verb.Transitive);
            // Participle: قائلاً، قائلةً، قائلين، قائلات.
            if (verb.Participle is { } participleForm)
            {
                var participle = participleForm.TrimEnd('ا', 'ً');
                foreach (var ending in new[] { "ا", "اً", "ة", "ين", "ات" }) Add(participle + ending, VerbForm.Participle, ending is "ة" or "ات", false);
            }
            foreach (var irregular in verb.Irregular ?? Array.Empty<string>()) Add(irregular, VerbForm.Finite, irregular.EndsWith("ت", StringComparison.Ordinal), false);
        }
        return forms;
    }
}
