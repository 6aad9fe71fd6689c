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
/// of the shorter sentence's. What tells two events apart keeps them apart: two places (a meeting in Cairo, one in
/// Riyadh), dates more than <see cref="MaxDaysApart"/> days apart, numbers in articles published more than
/// <see cref="MaxNumberDaysApart"/> days apart (a toll that rises over a week is a new count, not a dispute), numbers
/// whose sentences name only different places (the Saudi pledge and the Emirati one), a count a later article says has
/// risen or fallen, two "today"s of articles published on different days (two press conferences), and two
/// values in one article (40 killed and 120 injured; 25 now, 18 before). A fact stated by one article is single; by
/// several with one value, corroborated; with different values, disputed.
/// An article with no publication date whose relative date (يوم أمس) belongs to a fact other sources date, and agree on,
/// is dated by them: the fact's day minus the relative offset, source "inferred". A value worked out that way is the
/// fact's own value again, so it corroborates nothing.
/// </summary>
public static class FactGatherer
{
    private const int MinSharedWords = 3;

    private const double MinSharedShare = 0.2;

    private const int MaxDaysApart = 7;

    private const int MaxNumberDaysApart = 3;

    public static GatheredFacts Gather(IReadOnlyList<LinkedArticle> articles)
    {
        var groups = new List<Group>();
        for (var a = 0; a < articles.Count; a++)
        {
            var published = articles[a].Article.Published?.Date.ToDay();
            foreach (var mention in articles[a].Article.Facts)
            {
                // A statement joins the group that already has its value, if one accepts it, before any other.
                var accepting = groups.Where(g => g.Accepts(a, published, mention)).ToList();
                var group = accepting.FirstOrDefault(g => g.Members.Any(m => m.Mention.Value is not null && m.Mention.Value == mention.Value)) ?? accepting.FirstOrDefault();
                if (group is null) groups.Add(group = new Group(mention));
                group.Members.Add((a, published, mention));
            }
        }

        var inferred = articles.Select((article, a) => article.Article.Published is null ? Infer(a, groups) : null).ToList();
        var facts = Build(groups, articles, inferred);
        var diagnostics = new List<DiagnosticInfo>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a].Article;
            if (article.Published is not null) continue;
            // With an inferred date, what names a fixed day or a weekday resolves; a week or a month (الأسبوع الماضي) still does not.
            foreach (var date in article.Dates.Where(d => d.Relative && d.Value is null && (inferred[a] is null || d.RelativeDay is null)))
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
            var dated = group.Members.Where(m => m.Article != article && m.Mention.Value is not null && m.Mention.Certain).Select(m => Day(m.Mention.Value!)).Distinct().ToList();
            // A disputed date anchors nothing: which of its days the article's "yesterday" counts from is not known.
            if (dated.Count != 1) continue;
            var value = dated[0];
            foreach (var (_, _, mention) in group.Members.Where(m => m.Article == article && m.Mention.DayOffset is not null))
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
            // A guess (a weekday alone, a value worked out from an inferred date) corroborates but never disputes: only what
            // the texts write can disagree. Guesses alone that differ are no dispute either, and no corroboration.
            var guessesOnly = !valued.Any(x => x.Certain);
            if (!guessesOnly) valued = valued.Where(x => x.Certain).ToList();
            var byValue = valued.GroupBy(x => x.Value!, StringComparer.Ordinal)
                .Select(g => (Value: g.Key, Articles: g.Select(x => x.Article).Distinct().Count(), First: g.Min(x => x.Article)))
                .OrderByDescending(v => v.Articles).ThenBy(v => v.First).ToList();
            var articleCount = valued.Select(x => x.Article).Distinct().Count();
            var status = byValue.Count > 1 ? (guessesOnly ? FactStatuses.Single : FactStatuses.Disputed)
                : articleCount > 1 ? FactStatuses.Corroborated : FactStatuses.Single;

            // The subject as the plainest statement writes it (العضو rather than كعضو), the place most statements give.
            var first = group.Members.Select(m => m.Mention).OrderBy(m => m.SubjectKey.Length).First();
            var place = group.Members.Where(m => m.Mention.Place is not null).GroupBy(m => m.Mention.Place!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Article)).Select(g => g.Key).FirstOrDefault();
            var subject = place is null ? first.Subject : first.Subject + " (" + place + ")";
            // The id is the plainest subject with the first statement's own place: a place other articles add later in
            // corpus order must not rename a Facts member that consumer code uses.
            var earliestPlace = group.Members[0].Mention.Place;
            var slug = Transliteration.Slug(first.SubjectKey + (earliestPlace is null ? string.Empty : " " + earliestPlace)) ?? group.Kind;
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
        var certain = mention.Certain;
        if (value is null && mention.DayOffset is int offset && inferred?.Date.ToDay() is DateTime published)
        {
            value = published.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // The article's date was worked out from facts like this one: its value repeats theirs, it does not confirm it.
            certain = false;
        }
        return new FactSource(article.Id, article.Article.File, mention.Span, mention.Text, value, mention.Sentence, certain);
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

        public List<(int Article, DateTime? Published, FactMention Mention)> Members { get; } = new();

        public bool Accepts(int article, DateTime? published, FactMention mention)
        {
            if (mention.Kind != Kind || !SameSubject(mention.SubjectKey, SubjectKey) || mention.Unit != Unit) return false;
            foreach (var member in Members)
            {
                var other = member.Mention;
                if (member.Article == article && other.Value != mention.Value) return false;
                if (other.Place is not null && mention.Place is not null && !NameMatching.SamePlace(other.Place, mention.Place)) return false;
                if (Kind == FactKinds.Date && mention.Value is { } value && other.Value is { } otherValue
                    && Math.Abs((Day(otherValue) - Day(value)).TotalDays) > MaxDaysApart) return false;
                if (Kind == FactKinds.Number && other.Places.Count > 0 && mention.Places.Count > 0
                    && !other.Places.Any(x => mention.Places.Any(y => NameMatching.SamePlace(x, y)))) return false;
                if (Kind == FactKinds.Number && published is { } day && member.Published is { } otherDay
                    && Math.Abs((day - otherDay).TotalDays) > MaxNumberDaysApart) return false;
                // A count a later article says has risen or fallen is a new count, not a dispute with the earlier one.
                if (Kind == FactKinds.Number && other.Value != mention.Value && published is { } mine && member.Published is { } theirs
                    && ((mention.Update && mine > theirs) || (other.Update && theirs > mine))) return false;
                // Two articles published on different days that each date the event "today" tell of two events.
                if (Kind == FactKinds.Date && mention.DayOffset == 0 && other.DayOffset == 0 && published is { } today && member.Published is { } otherToday
                    && today != otherToday) return false;
            }
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
