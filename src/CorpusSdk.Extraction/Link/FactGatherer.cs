using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Extraction.Link;

/// <summary>The facts of a corpus, the publication dates they let it infer, and what stays unanchored.</summary>
/// <param name="Inferred">Per article (in corpus order), the publication date inferred from the corpus, or null.</param>
/// <param name="Diagnostics">CORPUS103 for each relative date no publication date, written or inferred, anchors.</param>
public sealed record GatheredFacts(IReadOnlyList<FactModel> Facts, IReadOnlyList<PublishedDate?> Inferred, IReadOnlyList<DiagnosticInfo> Diagnostics);

/// <summary>
/// Gathers the articles' statements of fact into facts (docs/extraction.md, "Facts"). Two statements are one fact when
/// they are of the same kind, about the same subject (the event or the counted noun, compared by key; كعضو and العضو
/// are one), in the same unit, and their sentences share at least <see cref="MinSharedWords"/> content words and a fifth
/// of the shorter sentence's; two dates more than <see cref="MaxDaysApart"/> days apart are two events. A fact stated by
/// one article is single; by several with one value, corroborated; with different values, disputed.
/// An article with no publication date whose relative date (يوم أمس) belongs to a fact other sources date is dated by
/// them: the fact's day minus the relative offset, source "inferred".
/// </summary>
public static class FactGatherer
{
    private const int MinSharedWords = 3;

    private const double MinSharedShare = 0.2;

    private const int MaxDaysApart = 30;

    public static GatheredFacts Gather(IReadOnlyList<LinkedArticle> articles)
    {
        var groups = new List<Group>();
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var mention in articles[a].Article.Facts)
            {
                var group = groups.FirstOrDefault(g => g.Accepts(mention));
                if (group is null) groups.Add(group = new Group(mention));
                group.Members.Add((a, mention));
            }
        }

        var inferred = articles.Select((article, a) => article.Article.Published is null ? Infer(a, groups) : null).ToList();
        var facts = Build(groups, articles, inferred);
        var diagnostics = new List<DiagnosticInfo>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a].Article;
            if (article.Published is not null || inferred[a] is not null) continue;
            foreach (var date in article.Dates.Where(d => d.Relative && d.Value is null))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.UnresolvableRelativeDate.Id, article.File, date.Span, date.Text));
            }
        }
        return new GatheredFacts(facts, inferred, diagnostics);
    }

    /// <summary>
    /// The publication date the corpus gives an undated article: for each of its relative dates with a fixed offset that
    /// belongs to a fact other articles date, that day minus the offset; the date most of them give (ties: the first).
    /// </summary>
    private static PublishedDate? Infer(int article, List<Group> groups)
    {
        var candidates = new List<(DateTime Day, int Line)>();
        foreach (var group in groups.Where(g => g.Kind == FactKinds.Date))
        {
            var dated = group.Members.Where(m => m.Article != article && m.Mention.Value is not null).Select(m => Day(m.Mention.Value!)).ToList();
            if (dated.Count == 0) continue;
            var value = dated.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            foreach (var (_, mention) in group.Members.Where(m => m.Article == article && m.Mention.DayOffset is not null))
            {
                candidates.Add((value.AddDays(-mention.DayOffset!.Value), mention.Span.StartLine));
            }
        }
        if (candidates.Count == 0) return null;
        var best = candidates.GroupBy(c => c.Day).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        var day = best.Key;
        return new PublishedDate(PartialDate.FromDay(day.Year, day.Month, day.Day), "inferred", best.Min(c => c.Line));
    }

    private static List<FactModel> Build(List<Group> groups, IReadOnlyList<LinkedArticle> articles, List<PublishedDate?> inferred)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var takenIdentifiers = new HashSet<string>(IdentifierRules.Reserved, StringComparer.Ordinal);
        var facts = new List<FactModel>();
        foreach (var group in groups)
        {
            var sources = group.Members.Select(m => Source(articles[m.Article], m.Mention, inferred[m.Article])).ToList();
            var valued = group.Members.Zip(sources, (m, s) => (m.Article, s.Value, s.Certain)).Where(x => x.Value is not null).ToList();
            if (valued.Count == 0) continue;
            // A guess (a weekday alone) corroborates but never disputes: only what the texts write can disagree.
            if (valued.Any(x => x.Certain)) valued = valued.Where(x => x.Certain).ToList();
            var byValue = valued.GroupBy(x => x.Value!, StringComparer.Ordinal)
                .Select(g => (Value: g.Key, Articles: g.Select(x => x.Article).Distinct().Count(), First: g.Min(x => x.Article)))
                .OrderByDescending(v => v.Articles).ThenBy(v => v.First).ToList();
            var articleCount = valued.Select(x => x.Article).Distinct().Count();
            var status = byValue.Count > 1 ? FactStatuses.Disputed : articleCount > 1 ? FactStatuses.Corroborated : FactStatuses.Single;

            // The subject as the plainest statement writes it (العضو rather than كعضو), the place most statements give.
            var first = group.Members.Select(m => m.Mention).OrderBy(m => m.SubjectKey.Length).First();
            var place = group.Members.Where(m => m.Mention.Place is not null).GroupBy(m => m.Mention.Place!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Article)).Select(g => g.Key).FirstOrDefault();
            var subject = place is null ? first.Subject : first.Subject + " (" + place + ")";
            var slug = Transliteration.Slug(first.SubjectKey + (place is null ? string.Empty : " " + place)) ?? group.Kind;
            var id = group.Kind + "-" + slug;
            for (var n = 2; !taken.Add(id); n++) id = group.Kind + "-" + slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            var identifier = Transliteration.Identifier(id);
            if (!IdentifierRules.IsValidIdentifier(identifier)) identifier = "Fact" + facts.Count.ToString(CultureInfo.InvariantCulture);
            for (var n = 2; !takenIdentifiers.Add(identifier); n++) identifier = Transliteration.Identifier(id) + n.ToString(CultureInfo.InvariantCulture);
            facts.Add(new FactModel(id, identifier, group.Kind, subject, byValue[0].Value, first.Unit, status, sources.ToEquatableArray()));
        }
        return facts;
    }

    /// <summary>A statement as a source, its relative date resolved against the article's inferred date when it has one.</summary>
    private static FactSource Source(LinkedArticle article, FactMention mention, PublishedDate? inferred)
    {
        var value = mention.Value;
        if (value is null && mention.DayOffset is int offset && inferred?.Date.ToDay() is DateTime published)
            value = published.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new FactSource(article.Id, article.Article.File, mention.Span, mention.Text, value, mention.Sentence, mention.Certain);
    }

    private static DateTime Day(string iso) => DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Statements gathered so far into one fact.</summary>
    private sealed class Group
    {
        public Group(FactMention first)
        {
            Kind = first.Kind;
            SubjectKey = first.SubjectKey;
            Unit = first.Unit;
        }

        public string Kind { get; }

        public string SubjectKey { get; }

        public string? Unit { get; }

        public List<(int Article, FactMention Mention)> Members { get; } = new();

        public bool Accepts(FactMention mention)
        {
            if (mention.Kind != Kind || !SameSubject(mention.SubjectKey, SubjectKey) || mention.Unit != Unit) return false;
            if (Kind == FactKinds.Date && mention.Value is { } value
                && Members.Any(m => m.Mention.Value is { } other && Math.Abs((Day(other) - Day(value)).TotalDays) > MaxDaysApart)) return false;
            return Members.Any(m => Similar(m.Mention.Context, mention.Context, SubjectKey));
        }

        /// <summary>كعضو and العضو: one subject with or without the preposition ك ("as").</summary>
        private static bool SameSubject(string a, string b) =>
            a == b || (a.Length > 3 && a[0] == 'ك' && a.Substring(1) == b) || (b.Length > 3 && b[0] == 'ك' && b.Substring(1) == a);

        private static bool Similar(EquatableArray<string> a, EquatableArray<string> b, string subject)
        {
            var mine = new HashSet<string>(a, StringComparer.Ordinal);
            mine.Remove(subject);
            var shared = b.Count(mine.Contains);
            var smaller = Math.Min(mine.Count, b.Count);
            return shared >= MinSharedWords && shared >= MinSharedShare * smaller;
        }
    }
}
