using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// Which articles report one event (docs/extraction.md, "Stories"), as news aggregators group them: two articles are of
/// one story when they name at least <see cref="MinSharedNames"/> of the same people, organisations or places and were
/// published at most <see cref="MaxDaysApart"/> days apart (or either date is unknown); a story is what those pairs join.
/// A name that a large corpus names everywhere (a country, the capital) tells its stories apart no more: a name in more than
/// <see cref="CommonShare"/> of the articles of a corpus of at least <see cref="CommonFrom"/> articles, or in more than
/// <see cref="MaxHolders"/>, is left out (which also keeps the grouping linear in the corpus).
/// Facts of a frame are gathered within a story (Link/FactGatherer).
/// </summary>
public static class StoryGrouper
{
    public const int MinSharedNames = 3;

    public const int MaxDaysApart = 3;

    public const double CommonShare = 0.2;

    public const int CommonFrom = 20;

    public const int MaxHolders = 200;

    /// <summary>
    /// Per article (in corpus order), the number of its story: the corpus order of the story's first article, so that an
    /// edit that leaves the grouping alone leaves every number alone.
    /// </summary>
    public static int[] Group(IReadOnlyList<LinkedArticle> articles)
    {
        var names = articles.Select(a => a.Article.StoryNames).ToList();
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var a = 0; a < names.Count; a++)
        {
            foreach (var name in names[a])
            {
                if (!byName.TryGetValue(name, out var list)) byName[name] = list = new List<int>();
                list.Add(a);
            }
        }
        var common = articles.Count >= CommonFrom ? Math.Min(MaxHolders, (int)(articles.Count * CommonShare)) : int.MaxValue;
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        var shared = new Dictionary<int, int>();
        for (var a = 0; a < names.Count; a++)
        {
            shared.Clear();
            foreach (var name in names[a])
            {
                var holders = byName[name];
                if (holders.Count > common) continue;
                foreach (var b in holders)
                {
                    if (b <= a) continue;
                    shared[b] = shared.TryGetValue(b, out var count) ? count + 1 : 1;
                }
            }
            foreach (var pair in shared)
            {
                if (pair.Value >= MinSharedNames && Near(articles[a], articles[pair.Key])) Union(parent, a, pair.Key);
            }
        }
        var story = new int[articles.Count];
        for (var a = 0; a < articles.Count; a++) story[a] = Find(parent, a);
        return story;
    }

    /// <summary>
    /// The stories of a grouping, in the order of their first articles: each named after the name most of its articles
    /// give (story-odisha), its title its first article's.
    /// </summary>
    public static List<CorpusStoryModel> Describe(IReadOnlyList<LinkedArticle> articles, int[] storyOf)
    {
        var ids = new UniqueNames(StringComparer.Ordinal);
        var identifiers = new UniqueNames(StringComparer.Ordinal, IdentifierRules.Reserved);
        var stories = new List<CorpusStoryModel>();
        foreach (var members in Enumerable.Range(0, articles.Count).GroupBy(a => storyOf[a]).OrderBy(g => g.Key))
        {
            var list = members.ToList();
            var names = list.SelectMany(a => articles[a].Article.StoryNames).GroupBy(n => n, StringComparer.Ordinal)
                .Where(g => list.Count == 1 || g.Count() > 1)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(MaxNames).ToList();
            var first = articles[list[0]];
            var slug = (names.Count > 0 ? Transliteration.Slug(names[0]) : null) ?? Transliteration.Slug(first.Id) ?? "story";
            var id = ids.Take("story-" + slug, "story-" + slug + "-");
            var identifier = Transliteration.Identifier(id.Substring("story-".Length));
            if (!IdentifierRules.IsValidIdentifier(identifier)) identifier = "Story" + stories.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            identifier = identifiers.Take(identifier, identifier);
            stories.Add(new CorpusStoryModel(id, identifier, first.Article.Title ?? first.Id,
                list.Select(a => articles[a].Id).ToEquatableArray(), names.ToEquatableArray()));
        }
        return stories;
    }

    /// <summary>How many shared names a story lists.</summary>
    public const int MaxNames = 5;

    /// <summary>
    /// The distinct words of the names an article's mentions give, folded, without article or proclitic, sorted: words,
    /// not whole names, since one outlet writes اللواء سعد فالح كسار الدليمي and another سعد الدليمي. Words shorter than
    /// <see cref="MinNameWord"/> letters (al, بن) say nothing of a story.
    /// </summary>
    public static EquatableArray<string> Names(IEnumerable<MentionModel> mentions)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Tentative) continue;
            foreach (var word in ArabicWords.Split(ArabicFolding.Fold(mention.Name)))
            {
                var key = ArabicWords.Key(word);
                if (key.Length >= MinNameWord) names.Add(key);
            }
        }
        return names.ToEquatableArray();
    }

    /// <summary>The shortest name word that counts towards a story.</summary>
    public const int MinNameWord = 3;

    /// <summary>
    /// Whether two articles were published near enough in time, by the dates they carry: not by a date the corpus infers,
    /// which is worked out from the facts gathered within the stories.
    /// </summary>
    private static bool Near(LinkedArticle a, LinkedArticle b) =>
        a.Article.Published?.Date.ToDay() is not { } x || b.Article.Published?.Date.ToDay() is not { } y || Math.Abs((x - y).TotalDays) <= MaxDaysApart;

    /// <summary>The root of an article's set: always its smallest member, since the smaller root is kept on a union.</summary>
    private static int Find(int[] parent, int a)
    {
        while (parent[a] != a)
        {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var x = Find(parent, a);
        var y = Find(parent, b);
        if (x == y) return;
        if (x < y) parent[y] = x;
        else parent[x] = y;
    }
}
