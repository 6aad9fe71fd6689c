using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Extraction.Check;

/// <summary>
/// A role reduced to what can contradict: its title (وزير, مبعوث, minister), the offices it names (الخارجية, foreign)
/// and the nationalities it gives (الأمريكي, السوري, American), and whether it is a past role. Two roles of one title
/// contradict when both name an office and the offices differ, or both give a nationality and they differ; roles of
/// different titles never do (an envoy can be an ambassador too), nor past roles. Arabic and English roles are read
/// alike but compared only within a language, since their titles differ as words.
/// </summary>
/// <param name="Title">The folded title word, without article.</param>
/// <param name="Offices">The folded office words named.</param>
/// <param name="Nationalities">The nationalities given, as their canonical Arabic stem (امريكي for الأميركي, American, US).</param>
/// <param name="Former">The role is a past one (السابق, former).</param>
public sealed record RoleSignature(string Title, IReadOnlyCollection<string> Offices, IReadOnlyCollection<string> Nationalities, bool Former)
{
    /// <summary>The signature of a role as written, or null when it holds no title word.</summary>
    public static RoleSignature? Of(string role)
    {
        var words = ArabicWords.Split(ArabicFolding.Fold(role)).Select(w => w.Trim('.', ',')).Select(Stem).Where(w => w.Length > 1).ToList();
        var title = words.FirstOrDefault(w => EntityLexicon.Titles.Contains(w) && !RoleLexicon.Modifiers.Contains(w));
        if (title is null) return null;
        // وزيرة and وزير are one title: the feminine is the masculine with ة (folded to ه).
        if (title.EndsWith("ه", StringComparison.Ordinal) && EntityLexicon.Titles.Contains(title.Substring(0, title.Length - 1))) title = title.Substring(0, title.Length - 1);
        var offices = new HashSet<string>(words.Where(RoleLexicon.Offices.Contains), StringComparer.Ordinal);
        var nationalities = new HashSet<string>(words.Select(Nationality).OfType<string>(), StringComparer.Ordinal);
        return new RoleSignature(title, offices, nationalities, words.Any(RoleLexicon.Former.Contains));
    }

    /// <summary>Whether two roles cannot both hold: same title, present, different offices or different nationalities.</summary>
    public static bool Contradict(RoleSignature? left, RoleSignature? right)
    {
        if (left is null || right is null || left.Former || right.Former || left.Title != right.Title) return false;
        var offices = left.Offices.Count > 0 && right.Offices.Count > 0 && !left.Offices.Any(x => right.Offices.Any(y => RoleLexicon.OneOffice(x, y)));
        var nationalities = left.Nationalities.Count > 0 && right.Nationalities.Count > 0 && !left.Nationalities.Any(right.Nationalities.Contains);
        return offices || nationalities;
    }

    /// <summary>
    /// A folded word without article, and without the conjunction و when what follows is a word of the lists
    /// (والمغتربين → مغتربين, وزير stays وزير).
    /// </summary>
    private static string Stem(string folded)
    {
        var head = EntityLexicon.Head(folded);
        if (head.Length > 3 && head[0] == 'و' && !Known(head) && Known(EntityLexicon.Head(head.Substring(1)))) return EntityLexicon.Head(head.Substring(1));
        return head;
    }

    private static bool Known(string word) =>
        EntityLexicon.Titles.Contains(word) || RoleLexicon.Offices.Contains(word) || RoleLexicon.Former.Contains(word) || Nationality(word) is not null;

    /// <summary>The canonical nationality a word gives, or null: the feminine and the Latin forms map to one stem.</summary>
    private static string? Nationality(string word)
    {
        if (RoleLexicon.Nationalities.TryGetValue(word, out var canonical)) return canonical;
        return word.EndsWith("يه", StringComparison.Ordinal) && RoleLexicon.Nationalities.TryGetValue(word.Substring(0, word.Length - 1), out canonical) ? canonical : null;
    }
}

/// <summary>The words CORPUS204 reads roles by.</summary>
internal static class RoleLexicon
{
    /// <summary>Offices a title holds, of which one person holds one at a time (الخارجية, الداخلية; foreign, interior).</summary>
    internal static readonly WordSet Offices = FoldedWords.Set(
        "خارجية", "داخلية", "دفاع", "مالية", "عدل", "صحة", "تعليم", "تربية", "اقتصاد", "إعلام", "نفط", "طاقة", "زراعة", "نقل", "عمل", "سياحة",
        "ثقافة", "رياضة", "شباب", "بيئة", "اتصالات", "إسكان", "تجارة", "صناعة", "أوقاف", "مغتربين",
        "foreign", "interior", "defence", "defense", "finance", "justice", "health", "education", "economy", "energy", "agriculture",
        "transport", "labour", "labor", "trade", "tourism", "culture");

    /// <summary>
    /// Offices one ministry often holds together, which outlets shorten either way (وزارة التربية والتعليم is وزير
    /// التربية in one source and وزير التعليم in another): never a contradiction.
    /// </summary>
    internal static readonly IReadOnlyList<WordSet> JoinedOffices = new[]
    {
        FoldedWords.Set("تربية", "تعليم", "education"),
        FoldedWords.Set("خارجية", "مغتربين", "foreign"),
        FoldedWords.Set("شباب", "رياضة"),
        FoldedWords.Set("ثقافة", "إعلام", "سياحة", "culture", "tourism"),
        FoldedWords.Set("اقتصاد", "تجارة", "صناعة", "economy", "trade"),
        FoldedWords.Set("نفط", "طاقة", "energy"),
        FoldedWords.Set("نقل", "اتصالات", "transport"),
        FoldedWords.Set("مالية", "اقتصاد", "finance", "economy"),
        FoldedWords.Set("عمل", "labour", "labor"),
    };

    /// <summary>Whether two office words can name one ministry: the same word, or offices it often holds together.</summary>
    public static bool OneOffice(string a, string b) => a == b || JoinedOffices.Any(group => group.Contains(a) && group.Contains(b));

    /// <summary>Words that make a role a past one (الرئيس السابق, the former minister), which no present role contradicts.</summary>
    internal static readonly WordSet Former = FoldedWords.Set("سابق", "سابقة", "أسبق", "former", "ex");

    /// <summary>Title words that qualify a title and are no title themselves (acting, deputy are titles: نائب is kept).</summary>
    internal static readonly WordSet Modifiers = FoldedWords.Set("special", "former", "acting", "senior", "executive", "foreign", "defence", "defense", "interior", "finance");

    /// <summary>
    /// Nationalities, each spelling mapped to one canonical Arabic stem (folded, without article; the feminine ending is
    /// dropped before lookup): الأمريكي and الأميركي and American and US are one nationality. A closed list on purpose:
    /// adjectives that look alike but name no country (الدولي, الأممي, الأوروبي, الخاص) must never contradict.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Nationalities = NationalityMap(
        new[] { "سوري", "syrian" }, new[] { "عراقي", "iraqi" }, new[] { "لبناني", "lebanese" }, new[] { "اردني", "jordanian" }, new[] { "فلسطيني", "palestinian" },
        new[] { "مصري", "egyptian" }, new[] { "سعودي", "saudi" }, new[] { "اماراتي", "emirati" }, new[] { "قطري", "qatari" }, new[] { "كويتي", "kuwaiti" },
        new[] { "بحريني", "bahraini" }, new[] { "عماني", "omani" }, new[] { "يمني", "yemeni" }, new[] { "ليبي", "libyan" }, new[] { "تونسي", "tunisian" },
        new[] { "جزائري", "algerian" }, new[] { "مغربي", "moroccan" }, new[] { "سوداني", "sudanese" }, new[] { "موريتاني", "mauritanian" }, new[] { "صومالي", "somali" },
        new[] { "تركي", "turkish" }, new[] { "ايراني", "iranian" }, new[] { "روسي", "russian" }, new[] { "امريكي", "american", "اميركي", "us", "u.s" },
        new[] { "فرنسي", "french" }, new[] { "بريطاني", "british", "uk" }, new[] { "الماني", "german" }, new[] { "صيني", "chinese" }, new[] { "هندي", "indian" },
        new[] { "باكستاني", "pakistani" }, new[] { "افغاني", "afghan" }, new[] { "اوكراني", "ukrainian" }, new[] { "اسرائيلي", "israeli" }, new[] { "ايطالي", "italian" },
        new[] { "اسباني", "spanish" }, new[] { "ياباني", "japanese" }, new[] { "يوناني", "greek" }, new[] { "قبرصي", "cypriot" }, new[] { "هولندي", "dutch" },
        new[] { "بلجيكي", "belgian" }, new[] { "سويسري", "swiss" }, new[] { "سويدي", "swedish" }, new[] { "نرويجي", "norwegian" }, new[] { "دنماركي", "danish" },
        new[] { "كندي", "canadian" }, new[] { "استرالي", "australian" }, new[] { "برازيلي", "brazilian" }, new[] { "نيجيري", "nigerian" }, new[] { "كيني", "kenyan" },
        new[] { "اثيوبي", "ethiopian" });

    private static Dictionary<string, string> NationalityMap(params string[][] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var spelling in group) map[ArabicFolding.Fold(spelling)] = ArabicFolding.Fold(group[0]);
        }
        return map;
    }
}
