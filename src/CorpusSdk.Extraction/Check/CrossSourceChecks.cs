using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Extraction.Check;

/// <summary>
/// The checks that need the whole corpus (docs/diagnostics.md): where sources contradict each other or repeat each
/// other. Each finding is reported at the text concerned, the other sources as related locations, and its message names
/// the values on each side. Every check is built to stay silent on agreeing sources written differently: 90 and
/// التسعين, 9/2/2026 and 9 فبراير 2026, الاثنين and الإثنين, two people with similar names.
/// </summary>
public static class CrossSourceChecks
{
    /// <summary>CORPUS206: articles share at least this share of the smaller one's word trigrams (a copy or a rewrite of one source).</summary>
    public const double MinSharedTrigrams = 0.25;

    /// <summary>CORPUS205: two quotes of one speaker share at least this share of the shorter one's words to be about one thing.</summary>
    public const double MinQuoteOverlap = 0.5;

    /// <summary>CORPUS205: articles published further apart than this, quoting with no day, report two occasions (a report the day after is the same one).</summary>
    public const int MaxDaysApart = 1;

    /// <summary>
    /// How many content words a partial quote needs to be compared (قال الشمري إن "صاحب القاعة سحب جهاز …": a clause
    /// of the speaker's own words): shorter fragments are an outlet's choice of words to quote, not a statement.
    /// </summary>
    public const int MinPartialWords = 8;

    /// <summary>How many words two quotes must differ in, stems compared (رئيس and رئيسي are one), to be other words; the share
    /// of shared words (<see cref="MinQuoteOverlap"/>) is counted on stems too.</summary>
    public const int MinWordsApart = 2;

    /// <summary>The letters of a word's stem that two quotes' words are compared on: Arabic adds endings (الرئيس, الرئيسي).</summary>
    private const int StemLetters = 4;

    /// <summary>CORPUS206: a trigram in more articles than this is a stock phrase of the corpus, not a sign of copying.</summary>
    public const int MaxArticlesPerTrigram = 64;

    /// <summary>A finding lists at most this many related places.</summary>
    private const int MaxRelated = 10;

    /// <summary>Every check, one after the other, in the order of their IDs (the link stage runs the same, partly side by side).</summary>
    public static List<DiagnosticInfo> Run(IReadOnlyList<LinkedArticle> articles, IReadOnlyList<EntityModel> entities, IReadOnlyList<FactModel> facts)
    {
        var findings = new List<DiagnosticInfo>();
        findings.AddRange(OnFacts(facts));
        findings.AddRange(OnEntities(articles, entities));
        findings.AddRange(OnQuotes(articles, entities));
        findings.AddRange(SharedText(articles, SharedTextPairs(articles)));
        return findings;
    }

    /// <summary>CORPUS201 and 202, from the facts alone.</summary>
    public static List<DiagnosticInfo> OnFacts(IReadOnlyList<FactModel> facts) => DisputedFacts(facts).ToList();

    /// <summary>
    /// CORPUS203 and 204, from the entities and the articles' mentions: they read no publication date, so they can run
    /// while the facts are gathered.
    /// </summary>
    public static List<DiagnosticInfo> OnEntities(IReadOnlyList<LinkedArticle> articles, IReadOnlyList<EntityModel> entities) =>
        Spellings(entities).Concat(Roles(articles, entities)).ToList();

    /// <summary>CORPUS205, from the quotes, their speakers' entities and the articles' publication dates (inferred ones too).</summary>
    public static List<DiagnosticInfo> OnQuotes(IReadOnlyList<LinkedArticle> articles, IReadOnlyList<EntityModel> entities) =>
        Quotes(articles, entities).ToList();

    /// <summary>CORPUS201 and CORPUS202: a disputed fact, at a source that gives another value than most.</summary>
    private static IEnumerable<DiagnosticInfo> DisputedFacts(IReadOnlyList<FactModel> facts)
    {
        foreach (var fact in facts.Where(f => f.Status == FactStatus.Disputed))
        {
            var certain = fact.Sources.Where(s => s.Certain && s.Value is not null).ToList();
            if (certain.Select(s => s.Value).Distinct(StringComparer.Ordinal).Count() < 2) continue;
            var primary = certain.FirstOrDefault(s => s.Value != fact.Value) ?? certain.First();
            // A framed value is listed with its bound (more than 150) and, where the source says, who gives it.
            var values = string.Join("; ", certain.GroupBy(s => Bounded(s), StringComparer.Ordinal)
                .Select(g => g.Key + (fact.Unit is null ? string.Empty : " " + fact.Unit) + " (" + string.Join(", ", g.Select(WhereAndWho)) + ")"));
            var id = fact.Kind switch
            {
                FactKind.Date => DiagnosticCatalog.DatesDisagree.Id,
                FactKind.Number => DiagnosticCatalog.NumbersDisagree.Id,
                _ => throw new ArgumentOutOfRangeException(nameof(facts), fact.Kind, "A fact kind with no check."),
            };
            yield return Finding(id, primary.File, primary.Span, fact.Sources.Where(s => s != primary).Select(s => new RelatedLocation(s.File, s.Span)), fact.Subject, values);
        }
    }

    /// <summary>
    /// CORPUS203: an entity written in two spellings of one form (the same words, one of them with another long vowel:
    /// توم باراك / توم برَاك). Forms of a name are not spellings: a family name alone, a name with its patronymic, a
    /// preposition joined (للعراق), or diacritics and hamza alone (which folding ignores).
    /// </summary>
    private static IEnumerable<DiagnosticInfo> Spellings(IReadOnlyList<EntityModel> entities)
    {
        foreach (var entity in entities)
        {
            var forms = entity.Spellings
                .Select(s => (Spelling: s, Words: NameMatching.Words(s.Text), Folded: string.Join(" ", NameMatching.Words(s.Text))))
                .Where(s => entity.Kind != EntityKinds.Person || s.Words.Count >= 2)
                .GroupBy(s => s.Folded, StringComparer.Ordinal)
                .Select(g => (Folded: g.Key, g.First().Words, Spellings: g.Select(x => x.Spelling).ToList()))
                .ToList();
            var variants = forms.Where(f => forms.Any(other => other.Folded != f.Folded && SameForm(f.Words, other.Words))).ToList();
            if (variants.Count < 2) continue;
            // At the first place of the spelling written least (the odd one out), the others related.
            var odd = variants.OrderBy(v => v.Spellings.Sum(s => s.Occurrences.Count)).ThenByDescending(v => FirstArticle(v.Spellings), StringComparer.Ordinal).First();
            var primary = odd.Spellings.SelectMany(s => s.Occurrences).First();
            var related = variants.Where(v => v.Folded != odd.Folded).SelectMany(v => v.Spellings).SelectMany(s => s.Occurrences).Take(MaxRelated)
                .Select(o => new RelatedLocation(o.File, o.Span));
            var listing = string.Join("; ", variants.SelectMany(v => v.Spellings).Select(s => s.Text + " (" + string.Join(", ", s.Occurrences.Select(Where)) + ")"));
            yield return Finding(DiagnosticCatalog.SpellingsDiffer.Id, primary.File, primary.Span, related, entity.Name, listing);
        }
    }

    private static string FirstArticle(IEnumerable<EntitySpelling> spellings) =>
        spellings.SelectMany(s => s.Occurrences).Select(o => o.Article).OrderBy(a => a, StringComparer.Ordinal).First();

    /// <summary>Two spellings of one form: as many words, each pair the same name word.</summary>
    private static bool SameForm(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.Zip(b, (x, y) => x == y || NameMatching.SameWord(x, y)).All(same => same);

    /// <summary>
    /// CORPUS204: one person given two roles of the same title that cannot both hold: different offices (وزير الخارجية /
    /// وزير الداخلية, Foreign Minister / Interior Minister) or different countries (الوزير السوري / الوزير التركي). Roles
    /// that add to each other (السفير لدى تركيا, المبعوث إلى سوريا; وزير الخارجية, وزير الخارجية والمغتربين) and former
    /// roles do not contradict.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> Roles(IReadOnlyList<LinkedArticle> articles, IReadOnlyList<EntityModel> entities)
    {
        var byId = entities.Where(e => e.Kind == EntityKinds.Person).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var roleMentions = new Dictionary<string, List<(string Role, LinkedArticle Article, MentionModel Mention)>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            for (var m = 0; m < article.Article.Mentions.Count; m++)
            {
                if (article.MentionEntity(m) is not { } id || !byId.ContainsKey(id)) continue;
                if (!roleMentions.TryGetValue(id, out var list)) roleMentions[id] = list = new();
                foreach (var role in article.Article.Mentions[m].Roles) list.Add((role, article, article.Article.Mentions[m]));
            }
        }
        foreach (var entity in entities.Where(e => roleMentions.ContainsKey(e.Id)))
        {
            // Each role as first written, read once: a person named a thousand times has a handful of roles.
            var roles = roleMentions[entity.Id].GroupBy(r => r.Role, StringComparer.Ordinal)
                .Select(g => (Place: g.First(), Signature: RoleSignature.Of(g.Key))).Where(r => r.Signature is not null).ToList();
            var conflict = FirstConflict(roles);
            if (conflict is not var (first, second)) continue;
            yield return Finding(DiagnosticCatalog.RolesDisagree.Id, second.Article.Article.File, second.Mention.Span,
                new[] { new RelatedLocation(first.Article.Article.File, first.Mention.Span) }, entity.Name,
                first.Role + " (" + first.Article.Id + ":" + Number(first.Mention.Line) + "); " + second.Role + " (" + second.Article.Id + ":" + Number(second.Mention.Line) + ")");
        }
    }

    /// <summary>The first two roles, in the order first written, that contradict each other, or null.</summary>
    private static ((string Role, LinkedArticle Article, MentionModel Mention), (string Role, LinkedArticle Article, MentionModel Mention))? FirstConflict(
        List<((string Role, LinkedArticle Article, MentionModel Mention) Place, RoleSignature? Signature)> roles)
    {
        for (var j = 1; j < roles.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (RoleSignature.Contradict(roles[i].Signature, roles[j].Signature)) return (roles[i].Place, roles[j].Place);
            }
        }
        return null;
    }

    /// <summary>
    /// CORPUS205: two articles quote one speaker in words about one thing (they share half the shorter quote's words) on
    /// one occasion (the same day written with the quotes, or the same channel: a statement, an interview), and the words
    /// differ: not the same quote with other punctuation or diacritics, nor one an excerpt of the other. Quotes from
    /// different days, or from articles published more than <see cref="MaxDaysApart"/> day apart when the quotes give no
    /// day, are two occasions.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> Quotes(IReadOnlyList<LinkedArticle> articles, IReadOnlyList<EntityModel> entities)
    {
        var names = entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var quotes = articles.SelectMany(a => a.Article.Quotes.Select((q, i) => (Article: a, Quote: q, Entity: a.QuoteEntity(i))))
            .Select(x => (x.Article, x.Quote, x.Entity, Words: TextSimilarity.ContentWords(x.Quote.Text)))
            .Where(x => x.Entity is not null && (x.Quote.Kind == QuoteKinds.Direct || (x.Quote.Kind == QuoteKinds.Partial && x.Words.Count >= MinPartialWords)))
            .Select((x, index) => new QuoteToCompare(index, x.Article, x.Quote, x.Entity!, x.Words,
                x.Article.Resolve(x.Quote.Date, x.Quote.DateRelative)?.ToIso()))
            .ToList();
        // Only quotes of one speaker on one day, or through one channel, can be one occasion: compare within those buckets.
        var buckets = new Dictionary<string, List<QuoteToCompare>>(StringComparer.Ordinal);
        foreach (var quote in quotes)
        {
            if (quote.Date is not null) Add("d" + quote.Entity + "\n" + quote.Date, quote);
            if (quote.Quote.Channel is not null) Add("c" + quote.Entity + "\n" + quote.Quote.Channel, quote);
        }
        var earliest = new Dictionary<int, QuoteToCompare>();
        foreach (var bucket in buckets.Values)
        {
            for (var j = 1; j < bucket.Count; j++)
            {
                var b = bucket[j];
                for (var i = 0; i < j; i++)
                {
                    var a = bucket[i];
                    if (earliest.TryGetValue(b.Index, out var found) && found.Index <= a.Index) break;
                    if (a.Article.Id == b.Article.Id || !SameOccasionInOtherWords(a, b)) continue;
                    earliest[b.Index] = a;
                    break;
                }
            }
        }
        foreach (var b in quotes.Where(q => earliest.ContainsKey(q.Index)))
        {
            var a = earliest[b.Index];
            yield return Finding(DiagnosticCatalog.QuotesDiffer.Id, b.Article.Article.File, b.Quote.Span,
                new[] { new RelatedLocation(a.Article.Article.File, a.Quote.Span) }, names.TryGetValue(a.Entity, out var name) ? name : a.Entity,
                "«" + Short(a.Quote.Text) + "» (" + a.Article.Id + ":" + Number(a.Quote.Line) + "); «" + Short(b.Quote.Text) + "» (" + b.Article.Id + ":" + Number(b.Quote.Line) + ")");
        }

        void Add(string key, QuoteToCompare quote)
        {
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = new List<QuoteToCompare>();
            list.Add(quote);
        }
    }

    private static bool SameOccasionInOtherWords(QuoteToCompare a, QuoteToCompare b)
    {
        var sameDay = a.Date is not null && a.Date == b.Date;
        var sameChannel = a.Quote.Channel is not null && a.Quote.Channel == b.Quote.Channel;
        var differentDay = a.Date is not null && b.Date is not null ? a.Date != b.Date : DaysApart(a.Article, b.Article) > MaxDaysApart;
        if (differentDay || !(sameDay || sameChannel)) return false;
        if (a.Joined == b.Joined || Excerpt(a.Words, b.Words) || Excerpt(b.Words, a.Words)) return false;
        if (WordsApart(a.Stems, b.Stems) < MinWordsApart) return false;
        return TextSimilarity.Containment(a.Stems, b.Stems) >= MinQuoteOverlap;
    }

    /// <summary>How many words of either quote the other lacks, words compared on their stems.</summary>
    private static int WordsApart(HashSet<string> a, HashSet<string> b) => a.Count(w => !b.Contains(w)) + b.Count(w => !a.Contains(w));

    /// <summary>A word's first <see cref="StemLetters"/> letters: الكاميرات and الكاميرا, الرئيس and الرئيسي are one word.</summary>
    private static string Stem(string word) => word.Length > StemLetters ? word.Substring(0, StemLetters) : word;

    /// <summary>A direct quote of a linked speaker, with what the comparison needs computed once.</summary>
    private sealed class QuoteToCompare(int index, LinkedArticle article, QuoteModel quote, string entity, List<string> words, string? date)
    {
        public int Index { get; } = index;
        public LinkedArticle Article { get; } = article;
        public QuoteModel Quote { get; } = quote;
        public string Entity { get; } = entity;
        public List<string> Words { get; } = words;
        public string Joined { get; } = string.Join(" ", words);
        public HashSet<string> Stems { get; } = new(words.Select(Stem), StringComparer.Ordinal);
        public string? Date { get; } = date;
    }

    /// <summary>Days between two articles' publication dates, or 0 when either is unknown.</summary>
    private static double DaysApart(LinkedArticle a, LinkedArticle b) =>
        a.Published?.Date.ToDay() is { } left && b.Published?.Date.ToDay() is { } right ? Math.Abs((left - right).TotalDays) : 0;

    /// <summary>Whether <paramref name="part"/>'s words stand in <paramref name="whole"/> in a row.</summary>
    private static bool Excerpt(List<string> part, List<string> whole) =>
        part.Count > 0 && part.Count < whole.Count && (" " + string.Join(" ", whole) + " ").IndexOf(" " + string.Join(" ", part) + " ", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// CORPUS206: an article that shares a quarter of its (or the other's, if smaller) word trigrams with another, reported
    /// once, at the first paragraph of the copy (the one published later, or the later file when the dates do not
    /// tell), naming the article it shares most with and relating the others. Articles are paired through an index of
    /// their trigrams, not all against all; a trigram in more than <see cref="MaxArticlesPerTrigram"/> articles is a
    /// stock phrase of the corpus and pairs nothing.
    /// </summary>
    /// <param name="articles">The articles, with their publication dates (inferred ones too): the later one is the copy.</param>
    /// <param name="pairs">The articles that share enough text (<see cref="SharedTextPairs"/>), from the same list.</param>
    public static IEnumerable<DiagnosticInfo> SharedText(IReadOnlyList<LinkedArticle> articles, IReadOnlyList<(int Earlier, int Later, double Share)> pairs)
    {
        var copies = new Dictionary<int, List<(int Original, double Share)>>();
        foreach (var (i, j, share) in pairs)
        {
            var (original, copy) = PublishedLater(articles[i], articles[j]) ? (j, i) : (i, j);
            if (!copies.TryGetValue(copy, out var originals)) copies[copy] = originals = new List<(int, double)>();
            originals.Add((original, share));
        }
        foreach (var copy in copies.Keys.OrderBy(c => c))
        {
            // Sorted on a total order (each original once per copy), so the order the pairs were found in does not matter.
            var originals = copies[copy].OrderByDescending(o => o.Share).ThenBy(o => o.Original).ToList();
            var (first, share) = originals[0];
            var copyArticle = articles[copy].Article;
            yield return Finding(DiagnosticCatalog.SharedText.Id, copyArticle.File, FileLine(copyArticle.Paragraphs[0].Line),
                originals.Take(MaxRelated).Select(o => new RelatedLocation(articles[o.Original].Article.File, FileLine(articles[o.Original].Article.Paragraphs[0].Line))),
                copyArticle.File, articles[first].Article.File, ((int)Math.Round(share * 100)).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The pairs of articles (by index, the earlier in corpus order first) that share at least
    /// <see cref="MinSharedTrigrams"/> of the smaller one's trigrams, with that share. It reads only the articles' trigrams
    /// and whether they have paragraphs, so it can run while entities and facts are linked.
    /// </summary>
    public static List<(int Earlier, int Later, double Share)> SharedTextPairs(IReadOnlyList<LinkedArticle> articles)
    {
        // Each article's trigrams were hashed when it was extracted (ArticleModel.TextTrigrams): here they are only indexed.
        // Each distinct trigram gets a number, and its postings (the articles that have it, ascending) lie side by side in
        // one array, from starts[n] to starts[n + 1]: millions of postings in three arrays rather than a list each.
        var trigrams = articles.Select(a => a.Article.TextTrigrams).ToList();
        var numberOf = new Dictionary<long, int>();
        var numbers = new int[articles.Count][];
        var counts = new List<int>();
        for (var a = 0; a < articles.Count; a++)
        {
            numbers[a] = new int[trigrams[a].Count];
            for (var t = 0; t < trigrams[a].Count; t++)
            {
                if (!numberOf.TryGetValue(trigrams[a][t], out var number))
                {
                    numberOf[trigrams[a][t]] = number = counts.Count;
                    counts.Add(0);
                }
                counts[number]++;
                numbers[a][t] = number;
            }
        }
        var starts = new int[counts.Count + 1];
        for (var n = 0; n < counts.Count; n++) starts[n + 1] = starts[n] + counts[n];
        var postings = new int[starts[counts.Count]];
        var filled = (int[])starts.Clone();
        // Filled in article order, so that for each of an article's trigrams the articles before it that have it are known
        // as it is filed: postings[start .. start + earlier) with start = starts[n]. A stock phrase of the corpus (a trigram
        // in more than MaxArticlesPerTrigram articles) counts none, and neither does one the article is the first to have;
        // pairing then reads only the postings that count.
        var earlier = new int[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            earlier[a] = new int[numbers[a].Length];
            for (var t = 0; t < numbers[a].Length; t++)
            {
                var number = numbers[a][t];
                earlier[a][t] = counts[number] > MaxArticlesPerTrigram ? 0 : filled[number] - starts[number];
                postings[filled[number]++] = a;
            }
        }

        var pairs = new List<(int Earlier, int Later, double Share)>();
        // Per earlier article, the trigrams it shares with article j, and which earlier articles share any: counted in an
        // array reset after each article, not in a dictionary made for each of ten thousand articles. The order they are
        // met in does not matter: SharedText sorts each copy's originals.
        var shared = new int[articles.Count];
        var sharing = new List<int>();
        for (var j = 0; j < articles.Count; j++)
        {
            if (articles[j].Article.Paragraphs.Count == 0 || trigrams[j].Count == 0) continue;
            for (var t = 0; t < numbers[j].Length; t++)
            {
                if (earlier[j][t] == 0) continue;
                var start = starts[numbers[j][t]];
                for (var p = start; p < start + earlier[j][t]; p++)
                {
                    var i = postings[p];
                    if (shared[i]++ == 0) sharing.Add(i);
                }
            }
            foreach (var i in sharing)
            {
                var share = (double)shared[i] / Math.Min(trigrams[i].Count, trigrams[j].Count);
                shared[i] = 0;
                if (share < MinSharedTrigrams || articles[i].Article.Paragraphs.Count == 0) continue;
                pairs.Add((i, j, share));
            }
            sharing.Clear();
        }
        return pairs;
    }

    /// <summary>Whether <paramref name="a"/> is known to be published after <paramref name="b"/> (on a later day).</summary>
    private static bool PublishedLater(LinkedArticle a, LinkedArticle b) =>
        a.Published?.Date.ToDay() is { } left && b.Published?.Date.ToDay() is { } right && left > right;

    /// <summary>A line's start, for findings about a whole paragraph (its offset is not known here; line and column are what the build shows).</summary>
    private static SourceSpan FileLine(int line) => new(0, 0, line, 1, line, 1);

    private static DiagnosticInfo Finding(string id, string file, SourceSpan span, IEnumerable<RelatedLocation> related, params string[] arguments) =>
        new(id, file, span, new EquatableArray<string>(arguments), related.ToEquatableArray());

    private static string Where(FactSource source) => source.Article + ":" + Number(source.Line);

    private static string WhereAndWho(FactSource source) =>
        Where(source) + (source.Authority is null ? string.Empty : " " + source.Authority) + (source.AsOf is null ? string.Empty : ", " + source.AsOf);

    private static string Bounded(FactSource source) =>
        source.Bound == ValueBound.Exact ? source.Value! : Recognize.Facts.BoundLexicon.Words(source.Bound, latin: true) + " " + source.Value;

    private static string Where(EntityOccurrence occurrence) => occurrence.Article + ":" + Number(occurrence.Line);

    private static string Short(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
