using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CorpusSdk.Synthetic;

/// <summary>A sentence of a seed article, cut into clauses at its commas (never inside quotation marks).</summary>
internal sealed record SeedSentence(string[] Clauses)
{
    /// <summary>
    /// The sentences that say the same thing (the seeds report one statement five times): an article takes one of a
    /// cluster, or it would repeat itself (CORPUS104) far more often than real articles do.
    /// </summary>
    public int Cluster { get; set; }

    public bool OpensParagraph => !Clauses[0].StartsWith('و') && !Clauses[0].StartsWith("كما", StringComparison.Ordinal);
}

/// <summary>
/// The body sentences of the five seed articles (embedded from corpus/), turned into templates: the people, places,
/// dates, group and numbers of the seeds' one event become placeholders that each synthetic story fills with its own.
/// </summary>
internal static class SeedText
{
    /// <summary>Lines at least this long are body prose; shorter ones are headlines, captions, bylines and furniture.</summary>
    private const int MinBodyLine = 90;

    /// <summary>
    /// What the seeds write → its placeholder, applied in this order (longer and more specific first). {L:X} is X with the
    /// preposition لـ joined (للعراق, لداعش).
    /// </summary>
    private static readonly (string From, string To)[] Templates =
    {
        // Kept as written: the forces' own name contains a country's.
        ("قوات سوريا الديمقراطية", "{SDF}"),
        ("في أربيل بإقليم كردستان العراق", "في {CITY2}"),
        // People.
        ("وليد بن عبد الكريم الخريجي", "{DEP_LONG}"), ("وليد الخريجي", "{DEP}"),
        ("توم برَاك", "{ENV}"), ("توم باراك", "{ENV}"),
        ("أسعد حسن الشيباني", "{FM_LONG}"), ("أسعد الشيباني", "{FM}"), ("الشيباني", "{FM_FAM}"),
        ("حسين السلامة", "{INT}"), ("مظلوم عبدي", "{CMD}"), ("وأوضح عبدي", "وأوضح {CMD_FAM}"),
        ("جان نويل بارو", "{FR}"),
        // Dates, relative to each article's own publication day.
        ("اليوم الإثنين 9/2/2026", "{EV_REL} {EV_NUM}"), ("يوم أمس الإثنين", "{EV_REL}"), ("9/2/2026", "{EV_NUM}"),
        ("9 فبراير 2026", "{EV_LONG}"), ("يوم الأحد", "{EVE_REL}"), ("يوم الاثنين", "{EV_WDAY}"), ("، الاثنين، ", "، {EV_WD}، "),
        // The host.
        ("المملكة العربية السعودية", "{HOST_FULL}"), ("للمملكة", "{L:HOST_SHORT}"), ("المملكة", "{HOST_SHORT}"),
        ("إن السعودية", "إن {HOST}"), ("خارجية السعودية", "خارجية {HOST}"), ("السعودية", "{HOST_F}"), ("السعودي", "{HOST_M}"), ("سعودي", "{HOST_INDEF}"),
        ("الرياض", "{HOST_CITY}"),
        // The country the story is about, and its partner.
        ("لسوريا", "{L:SUBJ}"), ("السورية", "{SUBJ_F}"), ("السوري", "{SUBJ_M}"), ("سوريا", "{SUBJ}"), ("دمشق", "{SUBJ_CAP}"),
        ("للعراق", "{L:PART}"), ("العراقية", "{PART_F}"), ("العراقي", "{PART_M}"), ("العراق", "{PART}"), ("بغداد", "{PART_CAP}"),
        // The group, and the coalition's membership.
        ("لداعش", "{L:GRP}"), ("داعش", "{GRP}"),
        ("رقم 90", "رقم {N}"), ("العضو التسعين", "العضو {N_ORD}"),
    };

    /// <summary>
    /// Words news writers swap for each other (التنسيق / التعاون, المحتجزين / المعتقلين). Each story picks its own, and an
    /// outlet now and then its own again, so that stories built from the same sentences still differ in their word
    /// trigrams as much as real stories do (CORPUS206 compares them). Every alternative takes the same grammar.
    /// </summary>
    public static readonly string[][] Synonyms =
    {
        new[] { "المشاركون", "المجتمعون", "الحاضرون" }, new[] { "المشاركين", "المجتمعين", "الحاضرين" },
        new[] { "الاجتماع", "اللقاء" }, new[] { "اجتماع", "لقاء" }, new[] { "التنسيق", "التعاون", "التشاور" },
        new[] { "الوثيق", "المستمر", "الدائم" }, new[] { "دعم", "مساندة" }, new[] { "الجهود", "المساعي" },
        new[] { "تعزيز", "ترسيخ", "تدعيم" }, new[] { "المحتجزين", "المعتقلين", "الموقوفين" }, new[] { "المعتقلين", "المحتجزين", "السجناء" },
        new[] { "مقاتلي", "عناصر", "مسلحي" }, new[] { "مكافحة", "محاربة", "مواجهة" }, new[] { "لمكافحة", "لمحاربة", "لمواجهة" },
        new[] { "هزيمة", "دحر" }, new[] { "لهزيمة", "لدحر", "لمواجهة", "لمحاربة" }, new[] { "بهزيمة", "بدحر" }, new[] { "وأعرب", "وعبّر" }, new[] { "أعرب", "عبّر" },
        new[] { "وأكد", "وشدد", "وأوضح" }, new[] { "أكد", "شدد" }, new[] { "ورحب", "وأشاد" }, new[] { "البيان", "بيان الاجتماع", "نص البيان" },
        new[] { "الحكومة", "السلطات" }, new[] { "ومخيمات", "ومعسكرات" }, new[] { "النازحين", "المهجرين" }, new[] { "النزوح", "اللجوء" },
        new[] { "تأمين", "حماية" }, new[] { "الدول", "البلدان" }, new[] { "بشكل", "بصورة" }, new[] { "أهمية", "ضرورة" },
        new[] { "استمرار", "مواصلة" }, new[] { "عائلاتهم", "أسرهم" }, new[] { "مجتمعاتهم", "مناطقهم" }, new[] { "دمج", "إدماج" },
        new[] { "نقل", "ترحيل" }, new[] { "إحاطات", "تقارير", "شروحات" }, new[] { "الشامل", "الأخير", "المبرم" }, new[] { "التزامهم", "تعهدهم" },
        new[] { "بمواصلة", "بالاستمرار في" }, new[] { "أولوياتهم", "أهدافهم" }, new[] { "الأمن", "الأمان" }, new[] { "الاستقرار", "الهدوء" },
        new[] { "مسؤولية", "مسؤوليات" }, new[] { "الإقليمي", "في المنطقة" }, new[] { "أعضاء", "ممثلو" },
        new[] { "تقديرهم", "امتنانهم" }, new[] { "استضافة", "احتضان" }, new[] { "مرافق", "منشآت" },
        // Phrases (matched before words).
        new[] { "وقف إطلاق النار الدائم", "الهدنة الدائمة", "وقف الأعمال القتالية بشكل دائم" },
        new[] { "المدراء السياسيين", "المديرين السياسيين", "كبار المسؤولين" },
        new[] { "مخيمي الهول وروج", "مخيمات الشمال", "مخيمي الزعتري والأزرق", "مخيمات النزوح الحدودية" },
        new[] { "التحالف الدولي", "الائتلاف الدولي", "التحالف الدولي" },
        new[] { "جهاز الاستخبارات العامة", "جهاز المخابرات العامة", "جهاز الأمن الوطني" },
        new[] { "منشور عبر منصة", "تدوينة على منصة", "منشور على منصة" },
        new[] { "السريع والآمن", "العاجل والآمن", "المنظم والآمن" },
        new[] { "المدني والعسكري", "المدني والأمني", "السياسي والعسكري" },
        new[] { "شمال شرق", "جنوب", "شمال غرب", "وسط" },
        new[] { "الخطط والسياسات", "الاستراتيجيات والخطط", "البرامج والسياسات" },
        new[] { "الإقليمية والدولية", "الدولية والإقليمية" },
        new[] { "التنظيمات الإرهابية", "الجماعات المتطرفة", "الجماعات المسلحة" },
        new[] { "القضاء النهائي", "القضاء التام", "الانتصار الحاسم" },
        new[] { "تستعيد اليوم زمام المبادرة", "تمسك اليوم بزمام المبادرة", "تستعيد اليوم دورها", "تأخذ اليوم زمام المبادرة" },
        new[] { "رفيع المستوى", "موسع", "وزاري" },
        new[] { "وتبادل المعلومات والخبرات", "وتقاسم المعلومات", "وتبادل الخبرات والبيانات" },
        new[] { "الدبلوماسيين والدفاعيين", "السياسيين والعسكريين", "الدبلوماسيين والأمنيين" },
        new[] { "المجموعة المصغرة", "اللجنة المصغرة", "المجموعة الأساسية" },
        new[] { "المجموعة المصغّرة", "اللجنة المصغرة", "المجموعة الأساسية" },
        new[] { "عن كثب", "بشكل وثيق", "بصورة وثيقة" },
        new[] { "المسارين الدبلوماسي والعسكري", "المسارين السياسي والأمني", "الجانبين الدبلوماسي والعسكري" },
        new[] { "التحديات الأمنية والإرهابية", "التهديدات الأمنية", "المخاطر الأمنية والإرهابية" },
        new[] { "بطريقة تحفظ الكرامة", "بما يحفظ كرامتهم", "بصورة لائقة" },
        // More words.
        new[] { "المسؤولون", "الوزراء", "المندوبون" }, new[] { "دبلوماسيين", "سياسيين" }, new[] { "بالاندماج", "بالدمج" },
        new[] { "قدمتها", "بذلتها" }, new[] { "الدفاع", "الأمن" }, new[] { "محاولات", "مساعي" }, new[] { "النزاع", "الصراع", "التوتر" },
        new[] { "مباشر", "فوري", "ملموس" }, new[] { "تقديم", "توفير" }, new[] { "التطورات", "المستجدات" }, new[] { "تطبيق", "تنفيذ" },
        new[] { "الاستراتيجيات", "الخطط" }, new[] { "الأرض", "الميدان" }, new[] { "متابعة", "مراقبة", "رصد" }, new[] { "وأقروا", "واعترفوا" },
        new[] { "حملة", "معركة" }, new[] { "مستقبل", "مصير" }, new[] { "الوطنية", "المحلية" }, new[] { "لجهود", "لمساعي" },
        new[] { "الترتيبات", "الإجراءات" }, new[] { "الخاصة", "المتعلقة" }, new[] { "بمشاركة", "بحضور" }, new[] { "مسؤولين", "ممثلين" },
        new[] { "الجارية", "المتواصلة" }, new[] { "تولي", "تسلم" }, new[] { "بتولي", "بتسلم" }, new[] { "القيادة", "الإدارة" },
        new[] { "والترتيبات", "والإجراءات" }, new[] { "التابعين", "المنتمين" }, new[] { "الإرهاب", "التطرف" }, new[] { "بشأن", "حول" },
        // English, for the English articles.
        new[] { "met", "convened", "gathered" }, new[] { "senior", "high-level", "top" }, new[] { "diplomats", "envoys", "politicians" },
        new[] { "defence officials", "military officers", "security chiefs" }, new[] { "member states", "partner countries", "members" },
        new[] { "joint statement", "final communique", "closing statement" }, new[] { "pledged", "promised", "vowed" },
        new[] { "national effort", "domestic campaign", "local fight" }, new[] { "constructive and productive", "positive and fruitful", "useful and frank" },
        new[] { "shared responsibility", "common duty", "collective task" }, new[] { "opened", "inaugurated", "launched" },
        new[] { "co-chaired", "chaired jointly", "led jointly" }, new[] { "welcomed", "praised", "hailed" },
        new[] { "comprehensive agreement", "broad deal", "wide-ranging accord" }, new[] { "permanent ceasefire", "lasting truce", "durable ceasefire" },
        new[] { "arrangements", "steps", "plans" }, new[] { "civil and military integration", "merging of civilian and armed bodies", "integration of institutions" },
        new[] { "were briefed on", "were updated on", "heard reports on" }, new[] { "ongoing transfer", "continuing transfer", "current movement" },
        new[] { "essential", "vital", "crucial" }, new[] { "regional security", "the security of the region", "regional stability" },
        new[] { "According to local sources", "Local sources said", "Residents said" }, new[] { "attack", "assault", "raid" },
        new[] { "wounded", "injured", "hurt" }, new[] { "thanked", "commended", "credited" }, new[] { "continued leadership", "ongoing role", "leading role" },
        new[] { "campaign", "fight", "effort" }, new[] { "holding", "keeping", "guarding" }, new[] { "securely", "safely", "under guard" },
        new[] { "agreed to meet again", "will reconvene", "plan to meet again" }, new[] { "statement added", "communique said", "statement said" },
        new[] { "return to the areas it once held", "come back to the areas it lost", "regain the territory it once held" },
        new[] { "stabilisation programmes", "recovery projects", "reconstruction work" }, new[] { "liberated areas", "freed areas", "recaptured territory" },
        new[] { "still hold", "house", "shelter" }, new[] { "most of them", "mostly", "the majority of them" }, new[] { "estimates", "figures", "data" },
        new[] { "detainees", "prisoners", "captured fighters" }, new[] { "fighters", "militants", "members" },
        new[] { "المتواصل", "المستمر", "الدائم", "الفاعل" }, new[] { "للعمل", "للتعاون", "للتنسيق" }, new[] { "ترحيبه", "ارتياحه", "تأييده" },
        new[] { "وشجعوا", "ودعوا", "وحثوا" }, new[] { "مخاطر", "تهديدات" }, new[] { "عمليات", "إجراءات", "خطوات" },
    };

    private static readonly (string Phrase, int Group)[] SynonymPhrases = Synonyms
        .Select((group, index) => (Phrase: group[0], Group: index))
        .Where(x => x.Phrase.Contains(' ', StringComparison.Ordinal))
        .OrderByDescending(x => x.Phrase.Length)
        .ToArray();

    private static readonly Dictionary<string, int> SynonymGroupOf = Synonyms
        .Select((group, index) => (group, index))
        .Where(x => !x.group[0].Contains(' ', StringComparison.Ordinal))
        .GroupBy(x => x.group[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);

    public static readonly IReadOnlyList<SeedSentence> Sentences = Load();

    /// <summary>How often each template matched: a test that the seeds still say what the table expects.</summary>
    public static IReadOnlyDictionary<string, int> TemplateHits { get; private set; } = new Dictionary<string, int>();

    private static List<SeedSentence> Load()
    {
        var assembly = typeof(SeedText).Assembly;
        var hits = Templates.ToDictionary(t => t.From, _ => 0, StringComparer.Ordinal);
        var sentences = new List<SeedSentence>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Seeds/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            foreach (var raw in reader.ReadToEnd().Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length < MinBodyLine) continue;
                foreach (var (from, to) in Templates)
                {
                    var count = Count(line, from);
                    if (count == 0) continue;
                    hits[from] += count;
                    line = line.Replace(from, to, StringComparison.Ordinal);
                }
                line = Vary(line);
                foreach (var sentence in SplitSentences(line))
                {
                    var clauses = SplitClauses(sentence);
                    if (clauses.Length > 0) sentences.Add(new SeedSentence(clauses));
                }
            }
        }
        TemplateHits = hits;
        Cluster(sentences);
        return sentences;
    }

    /// <summary>Marks each word of <see cref="Synonyms"/> (a whole word, as its group's first form) as {S:group}.</summary>
    public static string Vary(string text)
    {
        foreach (var (phrase, group) in SynonymPhrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal)) text = text.Replace(phrase, "{S:" + group.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal);
        }
        var builder = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordLetter(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordLetter(text[i])) i++;
            var word = text.Substring(start, i - start);
            // Not inside a placeholder ({HOST_F}): those are Latin, so any Arabic run is text.
            if (SynonymGroupOf.TryGetValue(word, out var group)) builder.Append("{S:").Append(group.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('}');
            else builder.Append(word);
        }
        return builder.ToString();
    }

    private static bool IsWordLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || IsArabicLetter(c);

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u065F' || c == '\u0640' || c == '\u0670';

    /// <summary>Joins sentences that share a fifth of their words, or two fifths of the shorter one's, into clusters.</summary>
    private static void Cluster(List<SeedSentence> sentences)
    {
        var words = sentences.Select(s => new HashSet<string>(
            System.Text.RegularExpressions.Regex.Matches(string.Join(" ", s.Clauses), "[\\u0621-\\u064A]{3,}").Select(m => m.Value), StringComparer.Ordinal)).ToList();
        var parent = Enumerable.Range(0, sentences.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var j = 0; j < sentences.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var shared = words[i].Count(words[j].Contains);
                var union = words[i].Count + words[j].Count - shared;
                var smaller = Math.Min(words[i].Count, words[j].Count);
                if (union > 0 && smaller > 0 && ((double)shared / union >= 0.2 || (double)shared / smaller >= 0.4)) parent[Root(j)] = Root(i);
            }
        }
        for (var i = 0; i < sentences.Count; i++) sentences[i].Cluster = Root(i);
    }

    /// <summary>A template's text with each {S:n} as its group's first form (to read how it starts).</summary>
    public static string Plain(string template)
    {
        while (template.StartsWith("{S:", StringComparison.Ordinal))
        {
            var close = template.IndexOf('}', StringComparison.Ordinal);
            var group = int.Parse(template.AsSpan(3, close - 3), System.Globalization.CultureInfo.InvariantCulture);
            template = Synonyms[group][0] + template.Substring(close + 1);
        }
        return template;
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Sentences end at a full stop followed by a space (the seeds put one or two), or at the end of the line.</summary>
    private static IEnumerable<string> SplitSentences(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '.' || i + 1 >= line.Length || line[i + 1] != ' ') continue;
            yield return line.Substring(start, i - start).Trim();
            start = i + 1;
        }
        var last = line.Substring(start).Trim().TrimEnd('.');
        if (last.Length > 0) yield return last;
    }

    /// <summary>Clauses end at an Arabic comma outside quotation marks; each keeps its words, the comma is put back when joined.</summary>
    private static string[] SplitClauses(string sentence)
    {
        var clauses = new List<string>();
        var depth = 0;
        var straight = false;
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            switch (sentence[i])
            {
                case '«' or '“': depth++; break;
                case '»' or '”': depth = Math.Max(0, depth - 1); break;
                case '"': straight = !straight; break;
                case '،' when depth == 0 && !straight:
                    var clause = sentence.Substring(start, i - start).Trim();
                    if (clause.Length > 0) clauses.Add(clause);
                    start = i + 1;
                    break;
            }
        }
        var rest = sentence.Substring(start).Trim();
        if (rest.Length > 0) clauses.Add(rest);
        return clauses.ToArray();
    }
}
