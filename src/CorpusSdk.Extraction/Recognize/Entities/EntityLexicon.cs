using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>
/// The word lists that tell people, organisations, places and events in news text, in one place: the quote rules read
/// the titles and organisation heads too. Entries are written as a reader writes them and matched folded
/// (<see cref="ArabicFolding"/>); heads are matched without the article ال. The lists are common, not exhaustive: each
/// rule that reads one also reads the shape of the phrase, so a missing entry loses a mention without inventing one.
/// </summary>
internal static class EntityLexicon
{
    /// <summary>
    /// Common Arabic given names: a name after a title is a name when it starts with one (الرئيس محمد), a family name that
    /// is also one is not looked for alone, and a byline ("عمرو أحمد") is told from a short caption or heading by one
    /// (a byline line also passes without one, after a byline marker or a dateline; the list only tips short, unmarked
    /// lines). The gazetteer (<see cref="Gazetteer"/>) holds many more; this short list is what the rules read.
    /// </summary>
    internal static readonly WordSet GivenNames = FoldedWords.Set(
        "محمد", "أحمد", "محمود", "مصطفى", "علي", "عمر", "عمرو", "خالد", "حسن", "حسين", "إبراهيم", "يوسف", "عبد", "عبدالله", "عبدالرحمن",
        "سعيد", "سعد", "سامي", "سمير", "طارق", "عادل", "عماد", "فادي", "فراس", "كريم", "ماجد", "مازن", "مالك", "مراد", "مروان", "منير",
        "ناصر", "نبيل", "هاني", "هشام", "وائل", "وليد", "ياسر", "يحيى", "زياد", "رامي", "رائد", "جمال", "حازم", "حمزة", "بلال", "أيمن",
        "أنس", "أسامة", "إياد", "باسل", "بسام", "جهاد", "حسام", "رضا", "زكريا", "شادي", "صالح", "صلاح", "ضياء", "عصام", "علاء", "عمار",
        "غسان", "فؤاد", "فهد", "فيصل", "قاسم", "لؤي", "مجدي", "محسن", "مهند", "نادر", "نزار", "هيثم", "ياسين", "يونس", "سليمان", "داود", "أمير", "أمين",
        "فاطمة", "عائشة", "مريم", "زينب", "سارة", "نور", "هدى", "ليلى", "رنا", "رانيا", "دينا", "منى", "سلمى", "هبة", "نادية", "سعاد",
        "أمل", "إيمان", "أسماء", "لينا", "ريم", "هالة", "رشا", "سناء", "نسرين", "ياسمين", "شيماء", "آلاء", "دعاء", "ولاء", "لمى", "جنى", "صباح");

    /// <summary>
    /// Titles and honorifics that head a person's description (وزير الخارجية أسعد الشيباني, the French foreign minister
    /// Jean-Noel Barrot): the words before the name are the role. Matched without the article ال.
    /// </summary>
    internal static readonly WordSet Titles = FoldedWords.Set(
        "وزير", "وزيرة", "نائب", "رئيس", "رئيسة", "مبعوث", "مبعوثة", "سفير", "سفيرة", "قائد", "متحدث", "متحدثة", "ناطق", "ناطقة", "مدير",
        "مديرة", "أمين", "مستشار", "مستشارة", "مساعد", "محافظ", "عضو", "زعيم", "أمير", "ملك", "ولي", "شيخ", "عميد", "لواء", "عقيد", "جنرال",
        "مندوب", "مندوبة", "ممثل", "ممثلة", "مفوض", "منسق", "سكرتير", "دكتور", "مهندس", "سيد", "سيدة", "قاضي", "نقيب", "مراسل",
        "minister", "president", "prime", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "commander",
        "chief", "head", "leader", "governor", "mayor", "general", "director", "deputy", "senator", "representative", "chairman",
        "chairwoman", "chair", "ceo", "king", "queen", "prince", "sheikh", "dr", "mr", "mrs", "ms", "judge", "colonel", "captain", "lt",
        "foreign", "defence", "defense", "interior", "finance", "special", "former", "acting", "vice", "executive", "senior",
        "commissioner", "inspector", "superintendent", "magistrate", "officer");

    /// <summary>Heads of a body that speaks as one: a ministry, a government, an army. Matched without the article ال.</summary>
    internal static readonly WordSet OrganizationHeads = FoldedWords.Set(
        "وزارة", "حكومة", "جيش", "مجلس", "هيئة", "منظمة", "حزب", "قوات", "تحالف", "أمم", "اتحاد", "رئاسة", "خارجية", "داخلية", "شرطة", "بلدية",
        "محكمة", "برلمان", "سفارة", "قيادة", "حركة", "جبهة", "وكالة", "صحيفة", "قناة", "مكتب", "شركة", "دائرة", "إدارة", "لجنة", "الكرملين",
        "تنظيم", "جماعة", "ميليشيا", "فصيل", "كتائب", "جامعة",
        "ministry", "government", "army", "military", "police", "council", "agency", "organization", "organisation", "party", "coalition",
        "alliance", "union", "commission", "court", "parliament", "embassy", "command", "movement", "kremlin", "department", "office",
        "company", "committee", "administration", "pentagon", "un", "nato", "house", "authority", "bank", "university", "forces", "force", "front", "brigade", "brigades");

    /// <summary>Prepositions of place: the word after one that the gazetteer has as a town is a place (في صفاقس).</summary>
    internal static readonly WordSet PlacePrepositions = FoldedWords.Set("في", "من", "إلى", "الى", "نحو", "قرب", "داخل", "وفي", "ومن", "وإلى");

    /// <summary>The points of the compass, which the gazetteer lists as regions (جنوب): in front of a name, not one.</summary>
    internal static readonly WordSet Directions = FoldedWords.Set("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي");

    /// <summary>
    /// Heads whose name is the domain after them, a definite noun (وزارة الزراعة, هيئة الاستثمار, مديرية التربية).
    /// </summary>
    internal static readonly WordSet DomainOrganizationHeads = FoldedWords.Set("وزارة", "هيئة", "مديرية", "دائرة");

    /// <summary>
    /// Heads of <see cref="OrganizationHeads"/> that a common adjective only describes (القوات الخاصة, القيادة الوطنية,
    /// التنظيم الإرهابي, forces, a command, a group): with such qualifiers alone the phrase is a name only where the tagger
    /// reads one; a place or a nation's adjective makes it one (قوات سوريا الديمقراطية, القوات الفرنسية).
    /// </summary>
    internal static readonly WordSet DescriptiveOrganizationHeads = FoldedWords.Set("قوات", "قيادة", "تنظيم", "جماعة", "ميليشيا", "فصيل");

    /// <summary>
    /// Offices and ranks that qualify a title without the article (نائب وزير خارجية السعودية, رئيس جهاز الاستخبارات):
    /// part of the role, never the start of a name. Matched without the article ال.
    /// </summary>
    internal static readonly WordSet RoleWords = FoldedWords.Set(
        "خارجية", "داخلية", "دفاع", "مالية", "عدل", "صحة", "تعليم", "اقتصاد", "إعلام", "دولة", "أركان", "استخبارات", "مخابرات", "أمن", "جهاز",
        "وزراء", "شؤون", "مجلس", "حكومة", "جمهورية", "هيئة", "وزارة", "إدارة", "مكتب", "لجنة", "حزب", "حركة", "قوات", "جيش", "منظمة", "عام",
        "عامة", "خاص", "خاصة", "أول", "سابق", "سابقة", "بالوكالة");

    /// <summary>
    /// Prepositions inside a role, with the word they govern: السفير لدى تركيا, المبعوث إلى سوريا, المتحدث باسم الوزارة.
    /// (على is left out: after a title it starts the verb's complement, أطلع الوزير على تفاصيل.)
    /// </summary>
    internal static readonly WordSet RolePrepositions = FoldedWords.Set("لدى", "إلى", "الى", "في", "باسم", "عن", "من", "ل", "لـ");

    /// <summary>
    /// Places news names often: countries, capitals and large cities, regions of the Arab world and beyond, in Arabic and
    /// English. A place the list lacks is still found after a place noun (<see cref="PlaceNouns"/>: مدينة حمص).
    /// </summary>
    public static readonly IReadOnlyList<string> Places = FoldedWords.List(
        // Arab countries and regions
        "سوريا", "سورية", "العراق", "لبنان", "الأردن", "فلسطين", "مصر", "السعودية", "المملكة العربية السعودية", "الإمارات",
        "الإمارات العربية المتحدة", "قطر", "الكويت", "البحرين", "عمان", "سلطنة عمان", "اليمن", "ليبيا", "تونس", "الجزائر", "المغرب",
        "السودان", "موريتانيا", "الصومال", "جيبوتي", "جزر القمر", "كردستان", "كردستان العراق", "إقليم كردستان", "الخليج", "الشرق الأوسط",
        "غزة", "قطاع غزة", "الضفة الغربية", "الجولان", "سيناء", "شمال شرق سوريا", "شمال سوريا", "شرق الفرات",
        // Arab capitals and cities
        "دمشق", "بغداد", "بيروت", "عمان", "القدس", "القاهرة", "الرياض", "جدة", "مكة", "المدينة المنورة", "أبوظبي", "أبو ظبي", "دبي",
        "الدوحة", "الكويت", "المنامة", "مسقط", "صنعاء", "عدن", "طرابلس", "بنغازي", "تونس", "الجزائر", "الرباط", "الدار البيضاء",
        "الخرطوم", "نواكشوط", "مقديشو", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "إدلب", "دير الزور", "الرقة", "الحسكة", "القامشلي",
        "درعا", "السويداء", "الموصل", "البصرة", "أربيل", "السليمانية", "كركوك", "النجف", "كربلاء", "الفلوجة", "الأنبار", "صيدا", "صور",
        "طرابلس", "الإسكندرية", "رام الله", "نابلس", "الخليل", "جنين", "رفح", "خان يونس", "الهول", "مخيم الهول", "روج", "مخيم روج",
        // Beyond
        "تركيا", "أنقرة", "إسطنبول", "إيران", "طهران", "روسيا", "موسكو", "الولايات المتحدة", "واشنطن", "فرنسا", "باريس", "بريطانيا",
        "المملكة المتحدة", "لندن", "ألمانيا", "برلين", "الصين", "بكين", "الهند", "باكستان", "أفغانستان", "أوكرانيا", "كييف", "إسرائيل",
        "تل أبيب", "أوروبا", "جنيف", "نيويورك", "بروكسل", "إيطاليا", "روما", "إسبانيا", "مدريد", "اليابان", "طوكيو", "قبرص", "اليونان",
        "syria", "iraq", "lebanon", "jordan", "palestine", "egypt", "saudi arabia", "united arab emirates", "uae", "qatar", "kuwait",
        "bahrain", "oman", "yemen", "libya", "tunisia", "algeria", "morocco", "sudan", "somalia", "gaza", "west bank", "kurdistan",
        "damascus", "baghdad", "beirut", "amman", "jerusalem", "cairo", "riyadh", "jeddah", "abu dhabi", "dubai", "doha", "manama",
        "muscat", "sanaa", "aden", "tripoli", "tunis", "algiers", "rabat", "khartoum", "aleppo", "homs", "idlib", "raqqa", "mosul",
        "basra", "erbil", "kirkuk", "turkey", "ankara", "istanbul", "iran", "tehran", "russia", "moscow", "united states", "washington",
        "france", "paris", "britain", "united kingdom", "london", "germany", "berlin", "china", "beijing", "india", "pakistan",
        "afghanistan", "ukraine", "kyiv", "kiev", "israel", "europe", "geneva", "new york", "brussels", "lagos", "nairobi", "abuja");

    /// <summary>The gazetteer as a set, for lookups of whole (multi-word) entries.</summary>
    internal static readonly WordSet PlaceSet = new(Places);

    /// <summary>
    /// For each first word of the gazetteer, the most words an entry that starts with it has: a name of several words
    /// is looked up only where one can start, so that most words cost one lookup and no string.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> PlaceWordsByFirstWord = Places
        .GroupBy(place => place.Split(' ')[0], StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Max(place => place.Split(' ').Length), StringComparer.Ordinal);

    /// <summary>
    /// Words that stress the noun before them with a pronoun joined (المنطقة كلها, البلاد بأكملها, المدينة نفسها): after a
    /// place noun they are no place name.
    /// </summary>
    internal static readonly WordSet EmphaticStems = FoldedWords.Set("كل", "جميع", "بأكمل", "برمت", "نفس", "ذات", "عين", "كلت", "كلا");

    /// <summary>Whether a folded word is an emphatic stem with a pronoun joined (كلها, بأكملها, نفسه).</summary>
    public static bool IsEmphatic(string folded)
    {
        foreach (var suffix in new[] { "هما", "هم", "هن", "ها", "ه" })
        {
            if (folded.Length > suffix.Length && folded.EndsWith(suffix, StringComparison.Ordinal) && EmphaticStems.Contains(folded.Substring(0, folded.Length - suffix.Length))) return true;
        }
        return false;
    }

    /// <summary>Place nouns that take a name after them even with the article (العاصمة دمشق; في المدينة names none).</summary>
    internal static readonly WordSet NamedPlaceNouns = FoldedWords.Set("العاصمة", "والعاصمة", "بالعاصمة");

    /// <summary>Words of time that follow a place noun (في العاصمة يوم الخميس, في المدينة صباح أمس): no place's name.</summary>
    internal static readonly WordSet TimeWords = FoldedWords.Set(
        "يوم", "يومي", "صباح", "صباحا", "مساء", "مساءً", "ليلة", "ليل", "ظهر", "ظهرا", "فجر", "فجرا", "عصر", "أمس", "غدا", "غداً", "حاليا", "خلال",
        "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أحد", "إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت");

    /// <summary>
    /// Nouns that name a place by kind before its name (مدينة حمص, العاصمة السعودية الرياض, محافظة درعا, the city of Homs):
    /// the word after the noun (and its adjectives) is a place, listed or not.
    /// </summary>
    internal static readonly WordSet PlaceNouns = FoldedWords.Set(
        "مدينة", "العاصمة", "عاصمة", "بلدة", "قرية", "محافظة", "إقليم", "ولاية", "منطقة", "مخيم", "ميناء", "مطار", "حي",
        "city", "town", "village", "province", "region", "capital", "port", "camp");

    /// <summary>
    /// Nouns of events a date can belong to (a meeting, a summit, an attack, an election): a date in the same sentence as
    /// one of these is when that event happened. Matched as a word's key (<see cref="ArabicWords.Key"/>), so the article
    /// and proclitics do not matter (الاجتماع، اجتماعاً، باجتماع).
    /// </summary>
    internal static readonly WordSet EventNouns = FoldedWords.Set(
        "اجتماع", "اجتماعا", "قمة", "مؤتمر", "لقاء", "زيارة", "انتخابات", "هجوم", "انفجار", "زلزال", "حادث", "حادثة", "محادثات", "مفاوضات",
        "جلسة", "توقيع", "اتفاق", "غارة", "قصف", "معركة", "اشتباكات", "احتجاجات", "مظاهرة", "تظاهرة", "إضراب", "استفتاء", "افتتاح",
        "meeting", "summit", "conference", "talks", "visit", "election", "elections", "attack", "explosion", "blast", "earthquake",
        "crash", "accident", "signing", "session", "strike", "raid", "protest", "protests", "vote", "referendum", "opening", "ceremony");

    /// <summary>Currencies and units of money, so that an amount's fact says what it is counted in (5 ملايين دولار, $5m).</summary>
    public static readonly IReadOnlyDictionary<string, string> Currencies = Map(
        ("دولار", "USD"), ("دولارا", "USD"), ("دولاراً", "USD"), ("الدولارات", "USD"), ("يورو", "EUR"), ("جنيه", "GBP/EGP"), ("إسترليني", "GBP"),
        ("دينار", "dinar"), ("دينارا", "dinar"), ("ليرة", "lira"), ("ريال", "riyal"), ("ريالا", "riyal"), ("درهم", "dirham"), ("درهما", "dirham"),
        ("dollars", "USD"), ("dollar", "USD"), ("usd", "USD"), ("$", "USD"), ("euros", "EUR"), ("euro", "EUR"), ("€", "EUR"),
        ("pounds", "GBP"), ("£", "GBP"), ("dinars", "dinar"), ("riyals", "riyal"), ("naira", "naira"), ("shillings", "shilling"));

    /// <summary>
    /// Nouns of relation that follow a title in place of a name (يلتقي وزير الخارجية نظيره العراقي: his counterpart), with
    /// or without a pronoun joined to them.
    /// </summary>
    public static readonly IReadOnlyList<string> RelationalNouns = FoldedWords.List("نظير", "نظراء", "نظيرة", "counterpart");

    /// <summary>
    /// Words that join the parts of an Arabic name and never end it: بن/ابن/بنت (son/daughter of) and the first halves of
    /// compound names (عبد الكريم, أبو بكر), which take the next word with them, and آل before a family's name (تميم بن حمد
    /// آل ثاني), which folds like the article but is no article.
    /// </summary>
    internal static readonly WordSet NameJoiners = FoldedWords.Set("بن", "ابن", "بنت", "عبد", "أبو", "أبي", "آل", "bin", "ibn", "bint", "al", "el", "abu", "abd");

    /// <summary>
    /// Whether a word is in one of the folded preposition lists. The preposition على and the name علي fold alike (ى → ي);
    /// as written, only the preposition ends with alef maksura, so a word written علي is never the preposition.
    /// </summary>
    internal static bool IsIn(WordSet prepositions, Prose.ProseToken token) =>
        prepositions.Contains(token.Folded) && !(token.Folded == "علي" && !token.Text.EndsWith("ى", StringComparison.Ordinal));

    /// <summary>A folded word without the article or the conjunction before it (والوزير → وزير), for the head lists.</summary>
    public static string Head(string folded)
    {
        if (folded.StartsWith("وال", StringComparison.Ordinal) && folded.Length > 4) return folded.Substring(3);
        if (folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length > 3) return folded.Substring(2);
        return folded;
    }

    /// <summary>True for a word written in Latin letters (an English verb): its subject stands before it.</summary>
    public static bool IsLatin(string folded)
    {
        foreach (var c in folded)
        {
            if (char.IsLetter(c)) return c < 0x0250;
        }
        return false;
    }

    private static IReadOnlyDictionary<string, string> Map(params (string Written, string Value)[] entries)
    {
        var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (written, value) in entries) map[ArabicFolding.Fold(written)] = value;
        return map;
    }
}
