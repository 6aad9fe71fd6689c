using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CorpusSdk.Synthetic;

/// <summary>A person as stories name them: a given name, a father's or middle name, a family name.</summary>
internal sealed record Person(string Given, string Middle, string Family)
{
    public string Full => Given + " " + Family;

    public string Long => Given + " " + Middle + " " + Family;
}

/// <summary>
/// Writes the articles of one story. Everything is drawn from one <see cref="Random"/> seeded from the corpus seed and
/// the story's number, so a story is the same whatever the corpus size.
/// </summary>
internal sealed class StoryWriter
{
    private static readonly DateTime FirstDay = new(2024, 1, 1);

    private static readonly string[] HeadlinesAr =
    {
        "التحالف الدولي يرحب بانضمام {SUBJ} إليه ويؤكد دعم {SUBJ_CAP} لهزيمة {GRP}",
        "{SUBJ} تشارك في اجتماع التحالف الدولي لهزيمة \"{GRP}\" في {HOST_CITY}",
        "التحالف الدولي يشيد بتضحيات القوات المحلية في محاربة {GRP} ويرحب باتفاقها مع {SUBJ_CAP}",
        "{HOST_CITY} تستضيف اجتماع المدراء السياسيين للتحالف الدولي ضد {GRP}",
        "{ENV}: مشاركة {SUBJ} في التحالف فصل جديد في الأمن الجماعي",
        "اجتماع {HOST_CITY} يبحث نقل محتجزي {GRP} وإعادة رعايا المخيمات",
        "وزير الخارجية {SUBJ_M} يصل إلى {HOST_CITY} للمشاركة في اجتماع التحالف الدولي",
        "الدول الأعضاء تتعهد بمواصلة دعم {SUBJ} و{PART} في مواجهة {GRP}",
    };

    private static readonly string[] SubheadingsAr =
    {
        "ترحيب بالاتفاق بين {SUBJ_CAP} و\"قسد\"", "إشادة بدور {HOST} و{PART} في قيادة الجهود الإقليمية", "التزام دولي بإعادة رعايا المخيمات",
        "انضمام {SUBJ} إلى التحالف كعضو جديد", "ملف المحتجزين في صدارة النقاش",
    };

    private static readonly string[] HeadlinesEn =
    {
        "{EN_SUBJ} joins coalition against {EN_GRP} at {EN_HOST_CITY} meeting",
        "Coalition vows to keep up pressure on {EN_GRP} after {EN_HOST_CITY} talks",
        "Ministers meet in {EN_HOST_CITY} on detainee transfers and camp returns",
    };

    private static readonly (string Role, string Name)[] Speakers =
    {
        ("وزير الخارجية {SUBJ_M}", "{FM}"), ("المبعوث الأمريكي", "{ENV}"), ("نائب وزير الخارجية {HOST_M}", "{DEP}"),
        ("رئيس جهاز الاستخبارات العامة", "{INT}"), ("قائد القوات المحلية", "{CMD}"),
    };

    private static readonly string[] SpeechVerbs = { "وقال", "وأضاف", "وأكد" };

    private readonly Random _rng;
    private readonly int _story;
    private readonly DateTime _event;
    private readonly Host _host;
    private readonly Country _subject;
    private readonly Country _partner;
    private readonly string _city2;
    private readonly int _group;
    private readonly int _member;
    private readonly int[] _numbers;
    private readonly DateTime _next;
    private readonly Person _envoy, _deputy, _minister, _intelligence, _commander, _french;
    private readonly Person _envoyEn, _deputyEn, _ministerEn;
    private readonly int _articleCount;
    private readonly bool _disputedNumber;
    private readonly bool _disputedDate;
    private readonly Outlet[] _outlets;
    private readonly int[] _synonyms;
    private readonly int _forces;
    private List<string>? _firstBody;

    public StoryWriter(int seed, int story)
    {
        _rng = new Random(unchecked(seed * 1_000_003 + story * 7_919 + 17));
        _story = story;
        _event = FirstDay.AddDays(_rng.Next(0, 3 * 365));
        _host = Pick(Vocabulary.Hosts);
        var countries = Vocabulary.Countries.Where(c => c.Name != _host.Country.Name).ToArray();
        _subject = Pick(countries);
        _partner = Pick(countries.Where(c => c != _subject).ToArray());
        _city2 = Pick(Vocabulary.Cities);
        _group = _rng.Next(Vocabulary.Groups.Length);
        _member = _rng.Next(Vocabulary.MemberOrdinals.Length);
        _numbers = new[] { 0, 0, _rng.Next(20, 90), _rng.Next(11, 40), _rng.Next(5, 120), _rng.Next(10, 300), _rng.Next(50, 900), _rng.Next(20, 60) };
        _next = _event.AddDays(_rng.Next(30, 120));
        _envoy = Western();
        _deputy = Arab();
        _minister = Arab();
        _intelligence = Arab();
        _commander = Arab();
        _french = Western();
        _envoyEn = English();
        _deputyEn = English();
        _ministerEn = English();
        _articleCount = new[] { 1, 1, 2, 2, 3, 3, 4, 4, 5, 6 }[_rng.Next(10)];
        _disputedNumber = _articleCount > 1 && _rng.NextDouble() < 0.08;
        _disputedDate = _articleCount > 1 && !_disputedNumber && _rng.NextDouble() < 0.05;
        _outlets = Vocabulary.Outlets.OrderBy(_ => _rng.Next()).Take(_articleCount).ToArray();
        _synonyms = SeedText.Synonyms.Select(group => _rng.Next(group.Length)).ToArray();
        _forces = _rng.Next(Vocabulary.LocalForces.Length);
    }

    public IEnumerable<SyntheticArticle> Write()
    {
        for (var k = 0; k < _articleCount; k++) yield return WriteArticle(k);
    }

    private SyntheticArticle WriteArticle(int k)
    {
        var outlet = _outlets[k];
        var published = _event.AddDays(k == 0 ? 0 : _rng.Next(2)).AddMinutes(_rng.Next(6 * 60, 23 * 60));
        var odd = k == _articleCount - 1 && k > 0;
        var english = _rng.NextDouble() < 0.04;
        var values = english ? EnglishValues(published) : ArabicValues(published, outlet, odd);
        var target = 2200 + _rng.Next(3600);
        var lines = english ? EnglishArticle(values, published, outlet, target) : ArabicArticle(values, published, outlet, target, k);
        var newline = _rng.NextDouble() < 0.03 ? "\r\n" : "\n";
        var path = published.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "/" + _story.ToString("D5", CultureInfo.InvariantCulture) + "-"
            + (k + 1).ToString(CultureInfo.InvariantCulture) + "-" + outlet.Slug + ".txt";
        return new SyntheticArticle(path, string.Join(newline, lines) + (_rng.NextDouble() < 0.7 ? newline : string.Empty));
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Arabic
    // -----------------------------------------------------------------------------------------------------------------

    private Dictionary<string, string> ArabicValues(DateTime published, Outlet outlet, bool odd)
    {
        var plainAlef = PlainAlef(outlet);
        var levant = outlet.Slug[0] is 'a' or 'r';
        var offset = (published.Date - _event).Days;
        var eventDay = odd && _disputedDate ? _event.AddDays(1) : _event;
        var member = Vocabulary.MemberOrdinals[odd && _disputedNumber ? (_member + 1) % Vocabulary.MemberOrdinals.Length : _member];
        string Weekday(DateTime day) => Vocabulary.WeekdayAr(day.DayOfWeek, plainAlef);
        string Long(DateTime day) => day.Day.ToString(CultureInfo.InvariantCulture) + " " + (levant ? Vocabulary.MonthsLevant : Vocabulary.MonthsAr)[day.Month - 1] + " " + day.Year.ToString(CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SDF"] = Vocabulary.LocalForces[_forces],
            ["CITY2"] = _city2,
            ["DEP_LONG"] = _deputy.Given + " بن " + _deputy.Middle + " " + _deputy.Family,
            ["DEP"] = _deputy.Full,
            ["ENV"] = _envoy.Full,
            ["FM_LONG"] = _minister.Long,
            ["FM"] = _minister.Full,
            ["FM_FAM"] = _minister.Family,
            ["INT"] = _intelligence.Full,
            ["CMD"] = _commander.Full,
            ["CMD_FAM"] = _commander.Family,
            ["FR"] = _french.Long,
            ["EV_REL"] = (offset == 0 ? "اليوم " : "يوم أمس ") + Weekday(_event),
            ["EV_NUM"] = eventDay.Day.ToString(CultureInfo.InvariantCulture) + "/" + eventDay.Month.ToString(CultureInfo.InvariantCulture) + "/" + eventDay.Year.ToString(CultureInfo.InvariantCulture),
            ["EV_LONG"] = Long(eventDay),
            ["EVE_REL"] = "يوم " + Weekday(_event.AddDays(-1)),
            ["EV_WDAY"] = "يوم " + Weekday(_event),
            ["EV_WD"] = Weekday(_event),
            ["NEXT_LONG"] = Weekday(_next) + " " + Long(_next),
            ["HOST_FULL"] = _host.FullName,
            ["HOST_SHORT"] = _host.Short,
            ["HOST"] = _host.Country.Name,
            ["HOST_F"] = _host.Country.Feminine,
            ["HOST_M"] = _host.Country.Masculine,
            ["HOST_INDEF"] = _host.Indefinite,
            ["HOST_CITY"] = _host.Country.Capital,
            ["SUBJ"] = _subject.Name,
            ["SUBJ_F"] = _subject.Feminine,
            ["SUBJ_M"] = _subject.Masculine,
            ["SUBJ_CAP"] = _subject.Capital,
            ["PART"] = _partner.Name,
            ["PART_F"] = _partner.Feminine,
            ["PART_M"] = _partner.Masculine,
            ["PART_CAP"] = _partner.Capital,
            ["GRP"] = Vocabulary.Groups[_group],
            ["N"] = member.Value.ToString(CultureInfo.InvariantCulture),
            ["N_ORD"] = member.Arabic,
        };
        for (var n = 2; n < _numbers.Length; n++) values["N" + n.ToString(CultureInfo.InvariantCulture)] = _numbers[n].ToString(CultureInfo.InvariantCulture);
        AddSynonyms(values);
        values["N2"] = (member.Value + 1 + _story % 7).ToString(CultureInfo.InvariantCulture);
        // Now and then an outlet writes the envoy's name with a short vowel marked instead of written (برَاك / باراك).
        if (_rng.NextDouble() < 0.04 && Respell(_envoy.Family) is { } respelled) values["ENV"] = _envoy.Given + " " + respelled;
        return values;
    }

    /// <summary>The story's words ({S:n}); an outlet that rewrites the story now and then picks its own.</summary>
    private void AddSynonyms(Dictionary<string, string> values)
    {
        var rewrites = _rng.NextDouble() < 0.5;
        for (var g = 0; g < SeedText.Synonyms.Length; g++)
        {
            var group = SeedText.Synonyms[g];
            values["S:" + g.ToString(CultureInfo.InvariantCulture)] = group[rewrites && _rng.Next(2) == 0 ? _rng.Next(group.Length) : _synonyms[g]];
        }
    }

    private List<string> ArabicArticle(Dictionary<string, string> values, DateTime published, Outlet outlet, int target, int k)
    {
        var headline = Fill(SeedText.Vary(Pick(HeadlinesAr)), values);
        var author = Arab().Full;
        var body = k > 0 && _firstBody is not null && _rng.NextDouble() < 0.15
            ? Copy(_firstBody)
            : Body(values, target - 300);
        if (k == 0) _firstBody = body;
        var paragraphs = body.Select(p => Fill(p, values)).ToList();
        var lines = new List<string>();
        switch (_rng.Next(20))
        {
            case < 3:
                // A site's page: headline, section and dateline, caption, tags, the body line after line, a footer.
                lines.Add(headline);
                lines.Add(string.Empty);
                lines.Add(Pick(Vocabulary.Sections) + " " + published.ToString("hh:mm tt", CultureInfo.InvariantCulture) + " - " + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                lines.Add(Fill("اجتماع التحالف الدولي لهزيمة {GRP} في {HOST_CITY}", values));
                lines.Add(string.Empty);
                lines.Add(Fill("التحالف {SUBJ} {GRP}", values));
                lines.Add(string.Empty);
                lines.AddRange(paragraphs);
                lines.Add(string.Empty);
                lines.Add(outlet.Latin ?? outlet.Masthead);
                foreach (var furniture in Vocabulary.Boilerplate.OrderBy(_ => _rng.Next()).Take(3))
                {
                    lines.Add(string.Empty);
                    lines.Add(furniture);
                }
                break;
            case < 7:
                // A paper: headline, a byline joined to the outlet, paragraphs apart, a hashtag and furniture.
                lines.Add(headline);
                lines.Add(string.Empty);
                lines.Add(outlet.Masthead + "_ " + author);
                if (_rng.Next(3) > 0) lines.Add(published.Day.ToString(CultureInfo.InvariantCulture) + "/" + published.Month.ToString(CultureInfo.InvariantCulture) + "/" + published.Year.ToString(CultureInfo.InvariantCulture));
                lines.Add(string.Empty);
                Spaced(lines, paragraphs);
                lines.Add(string.Empty);
                lines.Add(outlet.Hashtag);
                lines.Add(string.Empty);
                lines.Add("المزيد...");
                lines.Add("آخر الأخبار");
                break;
            case < 10:
                // The lead first, no header; the source at the end, or nothing.
                Spaced(lines, paragraphs);
                if (_rng.Next(2) == 0)
                {
                    lines.Add(string.Empty);
                    lines.Add("المصدر: " + outlet.Name);
                }
                break;
            case < 14:
                // A masthead, the headline, a dateline with the weekday and time, the author, the headline repeated.
                lines.Add(outlet.Masthead);
                lines.Add(string.Empty);
                lines.Add(headline);
                lines.Add(string.Empty);
                lines.Add(LongDateline(published, outlet));
                lines.Add(author);
                lines.Add(headline.Split(' ').Take(4).Aggregate((a, b) => a + " " + b));
                lines.Add(headline);
                lines.Add(string.Empty);
                Spaced(lines, paragraphs);
                break;
            case < 17:
                // No headline; subheadings inside the body.
                for (var i = 0; i < paragraphs.Count; i++)
                {
                    if (i > 0 && i % 2 == 0 && _rng.Next(3) > 0) lines.Add(Fill(Pick(SubheadingsAr), values));
                    lines.Add(paragraphs[i]);
                }
                lines.Add(string.Empty);
                lines.Add(outlet.Hashtag);
                break;
            default:
                // Front matter states what extraction would guess.
                lines.Add("---");
                lines.Add("title: " + headline);
                lines.Add("outlet: " + outlet.Name);
                lines.Add("published: " + published.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
                lines.Add("author: " + author);
                lines.Add("---");
                lines.Add(string.Empty);
                Spaced(lines, paragraphs);
                break;
        }
        return lines;
    }

    /// <summary>"الإثنين 09 فبراير 2026 - 02:24 م", now and then in Eastern Arabic digits.</summary>
    private string LongDateline(DateTime published, Outlet outlet)
    {
        var hour = published.Hour % 12 == 0 ? 12 : published.Hour % 12;
        var text = Vocabulary.WeekdayAr(published.DayOfWeek, PlainAlef(outlet)) + " " + published.Day.ToString("00", CultureInfo.InvariantCulture) + " " + Vocabulary.MonthsAr[published.Month - 1] + " "
            + published.Year.ToString(CultureInfo.InvariantCulture) + " - " + hour.ToString("00", CultureInfo.InvariantCulture) + ":"
            + published.Minute.ToString("00", CultureInfo.InvariantCulture) + (published.Hour < 12 ? " ص" : " م");
        if (_rng.NextDouble() >= 0.05) return text;
        var eastern = new StringBuilder(text.Length);
        foreach (var c in text) eastern.Append(c is >= '0' and <= '9' ? (char)('٠' + (c - '0')) : c);
        return eastern.ToString();
    }

    /// <summary>The body as templates: a lead that opens a story, then paragraphs that continue it, until the target size.</summary>
    private List<string> Body(Dictionary<string, string> values, int target)
    {
        // One sentence of each cluster at most, until every cluster is used (then the article may repeat itself).
        var unused = SeedText.Sentences.OrderBy(_ => _rng.Next()).ToList();
        var used = new HashSet<int>();
        var lead = unused.First(s => s.OpensParagraph);
        unused.RemoveAll(s => s.Cluster == lead.Cluster);
        SeedSentence Next()
        {
            if (unused.Count == 0) unused = SeedText.Sentences.OrderBy(_ => _rng.Next()).ToList();
            var next = unused[unused.Count - 1];
            unused.RemoveAll(s => s.Cluster == next.Cluster);
            return next;
        }
        var paragraphs = new List<string> { Sentence(lead, lead: true) };
        var size = Encoding.UTF8.GetByteCount(Fill(paragraphs[0], values));
        var extras = Vocabulary.Extra.OrderBy(_ => _rng.Next()).ToList();
        var quotes = 0;
        while (size < target)
        {
            string paragraph;
            var roll = _rng.NextDouble();
            if (roll < 0.12 && quotes < 3)
            {
                var (role, name) = Pick(Speakers);
                paragraph = Pick(SpeechVerbs) + " " + role + " " + name + "، " + Pick(Vocabulary.Channels) + " {EV_REL}: «" + SeedText.Vary(Pick(Vocabulary.Quotes)) + "».";
                quotes++;
            }
            else if (roll < 0.22 && extras.Count > 0)
            {
                paragraph = SeedText.Vary(extras[0]);
                extras.RemoveAt(0);
            }
            else
            {
                paragraph = Sentence(Next(), lead: false);
                if (_rng.NextDouble() < 0.3) paragraph += " " + Sentence(Next(), lead: false);
            }
            paragraphs.Add(paragraph);
            size += Encoding.UTF8.GetByteCount(Fill(paragraph, values)) + 1;
        }
        return paragraphs;
    }

    /// <summary>
    /// A sentence made from a seed sentence: its first clause, then each of its other clauses kept, swapped for a clause
    /// of another seed sentence, or left out; now and then one clause more. Not the lead: it continues (و…).
    /// </summary>
    private string Sentence(SeedSentence seed, bool lead)
    {
        var clauses = new List<string> { seed.Clauses[0] };
        foreach (var clause in seed.Clauses.Skip(1))
        {
            var roll = _rng.NextDouble();
            if (roll < 0.45) clauses.Add(clause);
            else if (roll < 0.8) clauses.Add(Continuation());
        }
        if (_rng.NextDouble() < 0.2) clauses.Add(Continuation());
        var text = string.Join("، ", clauses);
        var plain = SeedText.Plain(text);
        if (!lead && !plain.StartsWith('و') && !plain.StartsWith("كما", StringComparison.Ordinal)) text = "و" + text;
        // A lead opens the story: no و (the template's first word is plain text then, since no synonym starts with و… but check).
        if (lead && plain.StartsWith('و') && text.StartsWith('و')) text = text.Substring(1);
        return text.TrimEnd('.', ' ') + ".";
    }

    private string Continuation()
    {
        var seed = Pick(SeedText.Sentences.Where(s => s.Clauses.Length > 1).ToArray());
        var clause = seed.Clauses[1 + _rng.Next(seed.Clauses.Length - 1)];
        return clause.Split(' ').Length >= 3 ? clause : Continuation();
    }

    /// <summary>A wire copy: another outlet's paragraphs, one of them left out now and then, the lead kept.</summary>
    private List<string> Copy(List<string> original)
    {
        var copy = new List<string>(original);
        if (copy.Count > 3 && _rng.Next(2) == 0) copy.RemoveAt(1 + _rng.Next(copy.Count - 1));
        return copy;
    }

    private static void Spaced(List<string> lines, List<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0) lines.Add(string.Empty);
            lines.Add(paragraphs[i]);
        }
    }

    // -----------------------------------------------------------------------------------------------------------------
    // English
    // -----------------------------------------------------------------------------------------------------------------

    private Dictionary<string, string> EnglishValues(DateTime published)
    {
        var subject = Vocabulary.EnglishCountries[Array.IndexOf(Vocabulary.Countries, _subject)];
        var partner = Vocabulary.EnglishCountries[Array.IndexOf(Vocabulary.Countries, _partner)];
        string Long(DateTime day) => day.Day.ToString(CultureInfo.InvariantCulture) + " " + Vocabulary.MonthsEn[day.Month - 1] + " " + day.Year.ToString(CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EN_GRP"] = Vocabulary.EnglishGroups[_group],
            ["EN_HOST_CITY"] = Vocabulary.EnglishHostCities[Array.IndexOf(Vocabulary.Hosts, _host)],
            ["EN_EV_REL"] = _event.DayOfWeek.ToString() + ((published.Date - _event).Days > 0 || _rng.Next(2) == 0 ? ", " + Long(_event) : string.Empty),
            ["EN_SUBJ"] = subject.Name,
            ["EN_SUBJ_CAP"] = subject.Capital,
            ["EN_PART"] = partner.Name,
            ["EN_N_ORD"] = Vocabulary.MemberOrdinals[_member].English,
            ["EN_FM"] = _ministerEn.Full,
            ["EN_DEP"] = _deputyEn.Full,
            ["EN_ENV"] = _envoyEn.Full,
            ["EN_CITY2"] = Pick(Vocabulary.EnglishCities),
            ["EN_EVE_WD"] = _event.AddDays(-1).DayOfWeek.ToString(),
            ["EN_NEXT"] = Long(_next),
        };
        for (var n = 2; n < _numbers.Length; n++) values["N" + n.ToString(CultureInfo.InvariantCulture)] = _numbers[n].ToString(CultureInfo.InvariantCulture);
        AddSynonyms(values);
        return values;
    }

    private List<string> EnglishArticle(Dictionary<string, string> values, DateTime published, Outlet outlet, int target)
    {
        var lines = new List<string>
        {
            Fill(SeedText.Vary(Pick(HeadlinesEn)), values),
            string.Empty,
            "By " + English().Full + ", " + (outlet.Latin is null ? Pick(Vocabulary.EnglishOutlets) : outlet.Name),
            published.DayOfWeek.ToString() + " " + published.Day.ToString(CultureInfo.InvariantCulture) + " " + Vocabulary.MonthsEn[published.Month - 1] + " " + published.Year.ToString(CultureInfo.InvariantCulture),
            string.Empty,
        };
        var size = 0;
        var paragraphs = new List<string> { Vocabulary.English[0] };
        paragraphs.AddRange(Vocabulary.English.Skip(1).OrderBy(_ => _rng.Next()));
        var take = 5 + _rng.Next(4);
        for (var i = 0; i < paragraphs.Count && i < take; i++)
        {
            if (i > 0) lines.Add(string.Empty);
            var text = Fill(SeedText.Vary(paragraphs[i]), values);
            lines.Add(text);
            size += text.Length + 1;
        }
        return lines;
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Helpers
    // -----------------------------------------------------------------------------------------------------------------

    /// <summary>Whether the outlet writes الاثنين rather than الإثنين.</summary>
    private static bool PlainAlef(Outlet outlet) => outlet.Slug.Length % 2 == 0;

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private Person Arab() => new(Pick(Vocabulary.GivenNames), Pick(Vocabulary.GivenNames), Pick(Vocabulary.FamilyNames));

    private Person Western() => new(Pick(Vocabulary.WesternGiven), Pick(Vocabulary.WesternGiven), Pick(Vocabulary.WesternFamily));

    private Person English() => new(Pick(Vocabulary.EnglishGiven), Pick(Vocabulary.EnglishGiven), Pick(Vocabulary.EnglishFamily));

    /// <summary>باراك → برَاك: the first long alef after the first letter dropped, a fatha on the letter before it.</summary>
    private static string? Respell(string name)
    {
        var at = name.IndexOf('ا', 1);
        return at > 0 ? name.Substring(0, at) + "\u064E" + name.Substring(at + 1) : null;
    }

    /// <summary>
    /// Fills a template: {KEY} is the value, {L:KEY} the value with لـ joined (ل + العراق = للعراق, ل + قطر = لقطر).
    /// </summary>
    internal static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        if (!template.Contains('{', StringComparison.Ordinal)) return template;
        var builder = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }
            var close = template.IndexOf('}', open);
            builder.Append(template, i, open - i);
            var key = template.Substring(open + 1, close - open - 1);
            if (key.StartsWith("L:", StringComparison.Ordinal))
            {
                var value = values[key.Substring(2)];
                builder.Append(value.StartsWith("ال", StringComparison.Ordinal) ? "لل" + value.Substring(2) : "ل" + value);
            }
            else
            {
                builder.Append(values[key]);
            }
            i = close + 1;
        }
        return builder.ToString();
    }
}
