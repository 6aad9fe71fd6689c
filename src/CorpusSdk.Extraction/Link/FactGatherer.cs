using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Recognize.Dates;
using CorpusSdk.Extraction.Recognize.Facts;

namespace CorpusSdk.Extraction.Link;

/// <summary>The facts of a corpus, the publication dates they let it infer, and what stays unanchored.</summary>
/// <param name="Inferred">Per article (in corpus order), the publication date inferred from the corpus, or null.</param>
/// <param name="Diagnostics">CORPUS103 for each relative date no publication date, written or inferred, anchors.</param>
/// <param name="Stories">The stories the facts of a frame were gathered within (<see cref="StoryGrouper"/>).</param>
public sealed record GatheredFacts(IReadOnlyList<FactModel> Facts, IReadOnlyList<PublishedDate?> Inferred, IReadOnlyList<DiagnosticInfo> Diagnostics,
    IReadOnlyList<CorpusStoryModel> Stories);

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
/// It reads each article's statements, dates, publication date, id and file, and not its entities: the link stage
/// gathers the facts while it links the entities, on another thread (the generator, in a step of its own).
/// </summary>
public static class FactGatherer
{
    private const int MinSharedWords = 3;

    private const double MinSharedShare = 0.2;

    private const int MaxDaysApart = 7;

    private const int MaxNumberDaysApart = 3;

    /// <summary>How many buckets <see cref="Buckets"/> spreads the statements over.</summary>
    public const int BucketCount = 256;

    public static GatheredFacts Gather(IReadOnlyList<LinkedArticle> articles)
    {
        var storyOf = StoryGrouper.Group(articles);
        return Gather(articles, Buckets(articles, storyOf).Select(GatherBucket).ToList(), storyOf);
    }

    /// <summary>
    /// The statements, spread over <see cref="BucketCount"/> buckets by a stable hash of their family: kind, unit, and
    /// subject without the ك ("as") it may be written with. A statement is only ever compared with facts of its own
    /// family (<see cref="GroupIndex.Candidates"/>), so each bucket is gathered on its own (<see cref="GatherBucket"/>)
    /// and the generator gathers again only the buckets an edit changes (<see cref="FactBucketCache"/>). Each bucket keeps its statements in corpus order.
    /// </summary>
    /// <param name="storyOf">Each article's story (<see cref="StoryGrouper.Group"/>), when the caller has grouped them already.</param>
    public static IReadOnlyList<FactBucket> Buckets(IReadOnlyList<LinkedArticle> articles, int[]? storyOf = null)
    {
        var buckets = new List<FactStatement>[BucketCount];
        var stories = storyOf ?? StoryGrouper.Group(articles);
        for (var a = 0; a < articles.Count; a++)
        {
            var published = articles[a].Article.Published?.Date.ToDay();
            var facts = articles[a].Article.Facts;
            for (var n = 0; n < facts.Count; n++)
            {
                var bucket = (int)(StableHash.Of(Family(facts[n])) % BucketCount);
                (buckets[bucket] ??= new List<FactStatement>()).Add(new FactStatement(a, n, published, facts[n], stories[a]));
            }
        }
        return buckets.Select((statements, i) => new FactBucket(i, statements?.ToEquatableArray() ?? EquatableArray<FactStatement>.Empty)).ToList();
    }

    /// <summary>The family of <see cref="GroupIndex.Subjects"/>: the subject with every ك it starts with taken off.</summary>
    private static string Family(FactMention mention)
    {
        var subject = mention.SubjectKey;
        var start = 0;
        while (start < subject.Length && subject[start] == 'ك') start++;
        return FactNames.Of(mention.Kind) + "\n" + subject.Substring(start) + "\n" + mention.Unit;
    }

    /// <summary>Gathers one bucket's statements into facts: which statements each fact has, in the order the facts were made.</summary>
    public static FactBucketGroups GatherBucket(FactBucket bucket)
    {
        var groups = new List<Group>();
        var index = new GroupIndex();
        var places = new PlaceWords();
        var numbers = new WordNumbers();
        // A corpus dates its facts with a few hundred distinct days: each is parsed once.
        var days = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var statement in bucket.Statements)
        {
            var (a, published, mention, story) = (statement.Article, statement.Published, statement.Mention, statement.Story);
            // A statement joins the group that already has its value, if one accepts it, before any other.
            // Only groups of the same kind, subject and unit, near it in time, can take it: they are found by key, not by a scan.
            var day = mention.Kind == FactKind.Date && mention.Value is { } value ? Day(value, days) : (DateTime?)null;
            var words = numbers.Of(mention.Context);
            // Candidates come in the order the groups were made, so the first that accepts is the one: no need to try the rest.
            var candidates = index.Candidates(mention, day, published, words);
            var group = (mention.Value is { } stated ? candidates.FirstOrDefault(g => g.HasValue(stated) && g.Accepts(a, published, mention, day, words, story)) : null)
                ?? candidates.FirstOrDefault(g => g.Accepts(a, published, mention, day, words, story));
            if (group is null) groups.Add(group = new Group(mention, groups.Count, places, numbers.Of(mention.SubjectKey), story));
            group.Add(a, published, mention, day, words);
            group.Statements.Add(new StatementRef(a, statement.Number));
            index.Update(group);
        }
        return new FactBucketGroups(bucket.Index, groups.Select(g => g.Statements.ToEquatableArray()).ToEquatableArray());
    }

    /// <summary>
    /// The facts of the gathered buckets, in the order the corpus states them first (the order one gathering over all
    /// statements makes them in), with the publication dates they let the corpus infer.
    /// </summary>
    /// <param name="storyOf">Each article's story, as <see cref="Buckets"/> was given it; grouped again when null.</param>
    public static GatheredFacts Gather(IReadOnlyList<LinkedArticle> articles, IEnumerable<FactBucketGroups> buckets, int[]? storyOf = null)
    {
        var groups = buckets.SelectMany(b => b.Groups)
            .OrderBy(g => g[0].Article).ThenBy(g => g[0].Number)
            .Select(g => new Gathered(g.Select(s => (s.Article, articles[s.Article].Article.Published?.Date.ToDay(), articles[s.Article].Article.Facts[s.Number])).ToList()))
            .ToList();

        // Each article's groups, so that inferring its date looks at its own statements' facts, not at every fact.
        var groupsOf = new Dictionary<int, List<Gathered>>();
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                if (!groupsOf.TryGetValue(member.Article, out var list)) groupsOf[member.Article] = list = new List<Gathered>();
                list.Add(group);
            }
        }
        var inferred = articles.Select((article, a) => article.Article.Published is null ? Infer(a, groupsOf) : null).ToList();
        storyOf ??= StoryGrouper.Group(articles);
        var stories = StoryGrouper.Describe(articles, storyOf);
        var storyIds = stories.ToDictionary(s => s.Articles[0], s => s.Id, StringComparer.Ordinal);
        var facts = Build(groups, articles, inferred, a => storyIds[articles[storyOf[a]].Id]);
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
        return new GatheredFacts(facts, inferred, diagnostics, stories);
    }

    /// <summary>
    /// The publication date the corpus gives an undated article: for each of its relative dates with a fixed offset that
    /// belongs to a fact other articles date, that day minus the offset; the date most of them give (ties: the first).
    /// </summary>
    private static PublishedDate? Infer(int article, Dictionary<int, List<Gathered>> groupsOf)
    {
        var candidates = new List<(DateTime Day, int Line)>();
        if (!groupsOf.TryGetValue(article, out var ofArticle)) return null;
        foreach (var group in ofArticle.Where(g => g.Kind == FactKind.Date).Distinct())
        {
            var dated = group.CertainDays(except: article);
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

    /// <param name="storyOf">The id of an article's story, by the article's corpus order.</param>
    private static List<FactModel> Build(List<Gathered> groups, IReadOnlyList<LinkedArticle> articles, List<PublishedDate?> inferred, Func<int, string> storyOf)
    {
        var ids = new UniqueNames(StringComparer.Ordinal);
        var identifiers = new UniqueNames(StringComparer.Ordinal, IdentifierRules.Reserved);
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
            var framed = group.Members[0].Mention.Frame is not null;
            // A framed fact's values are ranges (more than 150, about 900): they dispute only when no value fits both.
            // The days of a story's statements (Group.Accepts) never dispute: one day is one fact.
            var disagree = framed ? group.Kind == FactKind.Number && !guessesOnly && RangesDisagree(group) : byValue.Count > 1;
            var status = disagree ? (guessesOnly ? FactStatus.Single : FactStatus.Disputed)
                : articleCount > 1 ? FactStatus.Corroborated : FactStatus.Single;

            // The subject as the plainest statement writes it (العضو rather than كعضو), the place most statements give.
            var first = group.Members.Select(m => m.Mention).OrderBy(m => m.SubjectKey.Length).First();
            var place = group.Members.Where(m => m.Mention.Place is not null).GroupBy(m => m.Mention.Place!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Article)).Select(g => g.Key).FirstOrDefault();
            var subject = place is null ? first.Subject : first.Subject + " (" + place + ")";
            // The id is the plainest subject with the first statement's own place: a place other articles add later in
            // corpus order must not rename a Facts member that consumer code uses.
            var earliestPlace = group.Members[0].Mention.Place;
            var kindName = FactNames.Of(group.Kind);
            var slug = Transliteration.Slug(SlugKey(first) + (earliestPlace is null ? string.Empty : " " + earliestPlace)) ?? kindName;
            var id = ids.Take(kindName + "-" + slug, kindName + "-" + slug + "-");
            var identifier = Transliteration.Identifier(id);
            if (!IdentifierRules.IsValidIdentifier(identifier)) identifier = "Fact" + facts.Count.ToString(CultureInfo.InvariantCulture);
            identifier = identifiers.Take(identifier, Transliteration.Identifier(id));
            facts.Add(new FactModel(id, identifier, group.Kind, subject, byValue[0].Value, first.Unit, status, sources.ToEquatableArray(),
                first.Frame, first.Entity, storyOf(group.Members[0].Article)));
        }
        return facts;
    }

    /// <summary>What a fact's id is made from: a framed one's frame, entity and year (deaths, distance kolkata), else its subject key.</summary>
    private static string SlugKey(FactMention mention) =>
        mention.Frame is null ? mention.SubjectKey
            : mention.SubjectKey.Substring(FactLexicon.FrameKeyPrefix.Length).Replace(FactLexicon.EntitySeparator, " ").Replace(FactLexicon.YearSeparator, " ");

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
        return new FactSource(article.Id, article.Article.File, mention.Span, mention.Text, value, mention.Sentence, certain, mention.Bound, mention.Authority, mention.AsOf);
    }

    /// <summary>
    /// Whether two certain statements of a framed fact, in different articles, allow no common value (82 and more than 150
    /// do not; more than 900 and about 900 do), unless the later one says the count has changed (rose to 250).
    /// </summary>
    private static bool RangesDisagree(Gathered group)
    {
        var certain = new List<((int Article, DateTime? Published, FactMention Mention) Member, decimal Low, decimal High)>();
        foreach (var member in group.Members)
        {
            if (!member.Mention.Certain || !decimal.TryParse(member.Mention.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) continue;
            var (low, high) = BoundLexicon.Range(value, member.Mention.Bound);
            certain.Add((member, low, high));
        }
        if (certain.Count < 2) return false;
        // Ranges that all share a value agree: one pass over a fact stated thousands of times, not every pair.
        if (certain.Max(c => c.Low) <= certain.Min(c => c.High)) return false;
        var compared = Math.Min(certain.Count, MaxRangesCompared);
        for (var i = 0; i < compared; i++)
        {
            for (var j = i + 1; j < compared; j++)
            {
                var (x, y) = (certain[i], certain[j]);
                if (x.Member.Article == y.Member.Article) continue;
                if (x.High >= y.Low && y.High >= x.Low) continue;
                if (IsUpdateOf(x.Member, y.Member) || IsUpdateOf(y.Member, x.Member)) continue;
                if (GrowsOverTime(x.Member.Mention.AsOfTime, x.Low, x.High, y.Member.Mention.AsOfTime, y.Low, y.High)) continue;
                return true;
            }
        }
        return false;
    }

    /// <summary>The day a statement is placed at in time: a date's own day, a number's article's publication.</summary>
    private static DateTime? TimeOf(FactKind kind, DateTime? day, DateTime? published) => kind switch
    {
        FactKind.Date => day,
        FactKind.Number => published,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A fact kind with no time."),
    };

    /// <summary>
    /// Whether two values stated for different times (as of the morning, by the evening) are one count growing: the later
    /// one not below the earlier. Times of one day of which one says no hour cannot be ordered: then they disagree.
    /// </summary>
    private static bool GrowsOverTime(string? timeX, decimal lowX, decimal highX, string? timeY, decimal lowY, decimal highY)
    {
        if (timeX is null || timeY is null || timeX == timeY) return false;
        const int DayLength = 10;
        var sameDay = string.CompareOrdinal(timeX, 0, timeY, 0, DayLength) == 0;
        if (sameDay && (timeX.Length == DayLength || timeY.Length == DayLength)) return false;
        return string.CompareOrdinal(timeX, timeY) < 0 ? highY >= lowX : highX >= lowY;
    }

    /// <summary>The statements of a fact whose ranges are compared pair by pair, at most: the first ones, in corpus order.</summary>
    private const int MaxRangesCompared = 256;

    /// <summary>Whether <paramref name="later"/> states a change (rose to) in an article published after <paramref name="earlier"/>'s.</summary>
    private static bool IsUpdateOf((int Article, DateTime? Published, FactMention Mention) later, (int Article, DateTime? Published, FactMention Mention) earlier) =>
        later.Mention.Update && later.Published is { } l && earlier.Published is { } e && l > e;

    /// <summary>The day a statement's ISO value (<c>2026-03-04</c>) names.</summary>
    private static DateTime Day(string iso) => DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime Day(string iso, Dictionary<string, DateTime> parsed)
    {
        if (!parsed.TryGetValue(iso, out var day)) parsed[iso] = day = Day(iso);
        return day;
    }

    /// <summary>
    /// Place names split into words, and whether two are one place, worked out once per gathering: groups compare the
    /// same few places millions of times.
    /// </summary>
    private sealed class PlaceWords
    {
        private readonly Dictionary<string, IReadOnlyList<string>> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), bool> _same = new();

        public bool Same(string a, string b)
        {
            if (!_same.TryGetValue((a, b), out var same)) _same[(a, b)] = same = NameMatching.SamePlace(Of(a), Of(b));
            return same;
        }

        private IReadOnlyList<string> Of(string place)
        {
            if (!_words.TryGetValue(place, out var words)) _words[place] = words = NameMatching.Words(place);
            return words;
        }
    }

    /// <summary>
    /// The content words of the statements' sentences as numbers, given in the order first met: groups keep, index and
    /// compare sentences as sorted arrays of these, which takes a fraction of the memory and time of sets of strings.
    /// </summary>
    private sealed class WordNumbers
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public int Of(string word)
        {
            if (!_numbers.TryGetValue(word, out var number)) _numbers[word] = number = _numbers.Count;
            return number;
        }

        /// <summary>A sentence's words as numbers, in ascending order; a word written twice is there twice, and counts twice.</summary>
        public int[] Of(EquatableArray<string> words)
        {
            var numbers = new int[words.Count];
            for (var i = 0; i < numbers.Length; i++) numbers[i] = Of(words[i]);
            Array.Sort(numbers);
            return numbers;
        }
    }

    /// <summary>
    /// The groups by kind, subject and unit, and within those by the days they cover: for a date, the days it gives; for a
    /// number, the days its articles were published. A statement with a day can only join a group that has a day near it
    /// (<see cref="MaxDaysApart"/>, <see cref="MaxNumberDaysApart"/>) or none yet, so it is compared with those, not with
    /// every fact of its subject the corpus has ever stated. A statement without a day is compared with the groups whose
    /// sentences hold enough of its words (<see cref="AddSharingWords"/>). The index only leaves out groups that
    /// <see cref="Group.Accepts"/> would refuse, so it changes no result.
    /// </summary>
    private sealed class GroupIndex
    {
        /// <summary>Days per bucket: more than the widest window, so that a window spans at most three buckets.</summary>
        private const int BucketDays = MaxDaysApart + 1;

        // The lists hold groups by their order (Group.Order), not by reference: a statement with no day counts its words
        // against hundreds of groups, and walking numbers is faster than following a reference to each group.
        private readonly Dictionary<string, Dictionary<int, List<int>>> _byWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _undated = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Key, long Bucket), List<int>> _byBucket = new();

        /// <summary>The groups filed so far, by order.</summary>
        private readonly List<Group> _groups = new();

        /// <summary>
        /// Per group (by order), the statement's words its sentences hold, and the groups counted so far: the counts live
        /// in an array reset after each statement rather than in a dictionary made for it.
        /// </summary>
        private int[] _sharedWords = new int[256];

        private readonly List<int> _counted = new();

        private readonly List<int> _foundOrders = new();

        private readonly List<Group> _found = new();

        /// <summary>
        /// The groups that may take a statement, in the order they were made: same kind and unit, the subject with or
        /// without ك ("as"), near in time. The list is the index's own, filled anew by the next call.
        /// </summary>
        public List<Group> Candidates(FactMention mention, DateTime? day, DateTime? published, int[] words)
        {
            var time = TimeOf(mention.Kind, day, published);
            var window = mention.Kind switch
            {
                FactKind.Date => MaxDaysApart,
                FactKind.Number => MaxNumberDaysApart,
                _ => throw new ArgumentOutOfRangeException(nameof(mention), mention.Kind, "A fact kind with no time window."),
            };
            var found = _foundOrders;
            found.Clear();
            foreach (var subject in Subjects(mention.SubjectKey))
            {
                var key = Group.Key(mention.Kind, subject, mention.Unit);
                if (time is not { } t)
                {
                    // A framed statement needs no shared words (Group.Framed): every fact of its frame in reach is a candidate.
                    if (mention.Frame is not null)
                    {
                        if (_byKey.TryGetValue(key, out var all)) found.AddRange(all);
                    }
                    else if (_byWord.TryGetValue(key, out var byWord)) AddSharingWords(byWord, words, found);
                    continue;
                }
                if (_undated.TryGetValue(key, out var undated)) found.AddRange(undated);
                for (var bucket = Bucket(t.AddDays(-window)); bucket <= Bucket(t.AddDays(window)); bucket++)
                {
                    if (_byBucket.TryGetValue((key, bucket), out var near)) found.AddRange(near);
                }
            }
            found.Sort();
            _found.Clear();
            for (var i = 0; i < found.Count; i++)
            {
                if (i == 0 || found[i - 1] != found[i]) _found.Add(_groups[found[i]]);
            }
            return _found;
        }

        /// <summary>Files a group that is new, or has been given a day it did not have.</summary>
        public void Update(Group group)
        {
            if (!group.Indexed)
            {
                group.Indexed = true;
                _groups.Add(group);
                if (group.Framed) Add(_byKey, group.IndexKey, group.Order);
                if (group.Days.Count == 0) Add(_undated, group.IndexKey, group.Order);
            }
            if (!_byWord.TryGetValue(group.IndexKey, out var byWord)) _byWord[group.IndexKey] = byWord = new Dictionary<int, List<int>>();
            foreach (var word in group.NewWords) Add(byWord, word, group.Order);
            group.NewWords.Clear();
            foreach (var day in group.NewDays)
            {
                var bucket = Bucket(day);
                if (!group.Buckets.Add(bucket)) continue;
                Add(_byBucket, (group.IndexKey, bucket), group.Order);
            }
            group.NewDays.Clear();
        }

        /// <summary>
        /// The groups whose compared sentences hold at least <see cref="MinSharedWords"/> of the statement's words, counted
        /// as <see cref="Group.Accepts"/> counts them: a group with fewer cannot share that many with any one of its members.
        /// </summary>
        private void AddSharingWords(Dictionary<int, List<int>> byWord, int[] words, List<int> found)
        {
            if (_sharedWords.Length < _groups.Count) Array.Resize(ref _sharedWords, Math.Max(_groups.Count, _sharedWords.Length * 2));
            foreach (var word in words)
            {
                if (!byWord.TryGetValue(word, out var groups)) continue;
                foreach (var group in groups)
                {
                    var count = ++_sharedWords[group];
                    if (count == 1) _counted.Add(group);
                    if (count == MinSharedWords) found.Add(group);
                }
            }
            foreach (var group in _counted) _sharedWords[group] = 0;
            _counted.Clear();
        }

        private static IEnumerable<string> Subjects(string key)
        {
            yield return key;
            yield return "ك" + key;
            if (key.Length > 3 && key[0] == 'ك') yield return key.Substring(1);
        }

        private static long Bucket(DateTime day) => day.Ticks / TimeSpan.TicksPerDay / BucketDays;

        private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int group)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<int>();
            list.Add(group);
        }
    }

    /// <summary>Statements gathered so far into one fact.</summary>
    private sealed class Group
    {
        /// <summary>The members a new statement is compared with for shared words: the first ones suffice, and keep a fact stated a thousand times linear.</summary>
        private const int MaxCompared = 64;

        /// <summary>The compared members' sentence words as numbers, ascending, each once, without the subject.</summary>
        private readonly List<int[]> _contexts = new();
        private readonly Dictionary<int, HashSet<string?>> _valuesByArticle = new();
        private readonly Dictionary<string, (DateTime? FirstPublished, DateTime? LastUpdate)> _byValue = new(StringComparer.Ordinal);
        private readonly HashSet<string> _places = new(StringComparer.Ordinal);
        private readonly HashSet<string> _placeSetKeys = new(StringComparer.Ordinal);
        private readonly List<EquatableArray<string>> _placeSets = new();
        private readonly PlaceWords _placeWords;
        private readonly HashSet<DateTime> _todays = new();
        private DateTime? _firstDay, _lastDay, _firstPublished, _lastPublished;

        private readonly int _subjectWord;

        public Group(FactMention first, int order, PlaceWords placeWords, int subjectWord, int story)
        {
            Story = story;
            Framed = first.Frame is not null;
            _placeWords = placeWords;
            _subjectWord = subjectWord;
            Kind = first.Kind;
            SubjectKey = first.SubjectKey;
            Unit = first.Unit;
            Order = order;
            IndexKey = Key(Kind, SubjectKey, Unit);
        }

        public FactKind Kind { get; }

        /// <summary>The story of the first statement: a framed fact takes statements of that story only.</summary>
        public int Story { get; }

        /// <summary>
        /// A fact of a frame (deaths, distance from a town): within one story its statements are one fact however they
        /// are worded and whatever else their sentences name, and one article may give it twice (over 230; 230). A
        /// statement of another story joins it as any statement joins a fact: by the words its sentence shares.
        /// </summary>
        public bool Framed { get; }

        public string SubjectKey { get; }

        public string? Unit { get; }

        public int Order { get; }

        public string IndexKey { get; }

        public static string Key(FactKind kind, string subject, string? unit) => FactNames.Of(kind) + "\n" + subject + "\n" + unit;

        /// <summary>The days that place this fact in time: a date's days, or a number's articles' publication days.</summary>
        public HashSet<DateTime> Days { get; } = new();

        /// <summary>Whether <see cref="GroupIndex"/> has filed this group, and the buckets of days it has filed it under.</summary>
        public bool Indexed { get; set; }

        public HashSet<long> Buckets { get; } = new();

        private readonly HashSet<int> _words = new();

        /// <summary>The words of the compared sentences added since the index last filed them (it empties the list).</summary>
        public List<int> NewWords { get; } = new();

        /// <summary>The days added since the index last filed them (it empties the list).</summary>
        public List<DateTime> NewDays { get; } = new();

        public bool HasValue(string value) => _byValue.ContainsKey(value);

        /// <summary>The statements, as the bucket numbers them, in the order they joined.</summary>
        public List<StatementRef> Statements { get; } = new();

        public void Add(int article, DateTime? published, FactMention mention, DateTime? day, int[] words)
        {
            if (TimeOf(Kind, day, published) is { } time && Days.Add(time)) NewDays.Add(time);
            if (_contexts.Count < MaxCompared)
            {
                var context = new List<int>(words.Length);
                foreach (var word in words)
                {
                    if (word == _subjectWord || (context.Count > 0 && context[context.Count - 1] == word)) continue;
                    context.Add(word);
                    if (_words.Add(word)) NewWords.Add(word);
                }
                _contexts.Add(context.ToArray());
            }
            if (!_valuesByArticle.TryGetValue(article, out var values)) _valuesByArticle[article] = values = new HashSet<string?>(StringComparer.Ordinal);
            values.Add(mention.Value);
            if (mention.Value is { } value)
            {
                var (first, lastUpdate) = _byValue.TryGetValue(value, out var known) ? known : (null, null);
                _byValue[value] = (Min(first, published), mention.Update ? Max(lastUpdate, published) : lastUpdate);
                if (day is { } valueDay)
                {
                    _firstDay = Min(_firstDay, valueDay);
                    _lastDay = Max(_lastDay, valueDay);
                }
            }
            if (mention.Place is not null) _places.Add(mention.Place);
            if (mention.Places.Count > 0 && _placeSetKeys.Add(string.Join("\n", mention.Places))) _placeSets.Add(mention.Places);
            _firstPublished = Min(_firstPublished, published);
            _lastPublished = Max(_lastPublished, published);
            if (mention.DayOffset == 0 && published is { } today) _todays.Add(today);
        }

        /// <summary>Whether the statement is this fact: nothing tells them apart (see the class docs), and it shares words with a member.</summary>
        public bool Accepts(int article, DateTime? published, FactMention mention, DateTime? day, int[] words, int story)
        {
            // A framed count that a later article says has changed stays in the fact: it updates rather than disputes (RangesDisagree).
            // A story's statements are made on many days: a day another statement gives is another statement, not a dispute.
            if (Framed && Kind == FactKind.Date && story == Story) return mention.Value is null || _byValue.Count == 0 || _byValue.ContainsKey(mention.Value);
            if (Framed && story == Story) return WithinWindow(published);
            // Of another story (articles that name too few of the same names to be grouped): as any statement, by its words.
            // Loops rather than LINQ here: a statement with no day is tried against hundreds of groups.
            if (_valuesByArticle.TryGetValue(article, out var values))
            {
                foreach (var value in values)
                {
                    if (value != mention.Value) return false;
                }
            }
            if (mention.Place is not null)
            {
                foreach (var place in _places)
                {
                    if (!_placeWords.Same(place, mention.Place)) return false;
                }
            }
            if (day is { } valueDay && _firstDay is { } firstDay && _lastDay is { } lastDay
                && (Math.Abs((valueDay - firstDay).TotalDays) > MaxDaysApart || Math.Abs((valueDay - lastDay).TotalDays) > MaxDaysApart)) return false;
            // Two articles published on different days that each date the event "today" tell of two events.
            if (Kind == FactKind.Date && mention.DayOffset == 0 && published is { } today && _todays.Any(other => other != today)) return false;
            if (Kind == FactKind.Number)
            {
                if (mention.Places.Count > 0)
                {
                    foreach (var set in _placeSets)
                    {
                        if (!SharesPlace(set, mention.Places)) return false;
                    }
                }
                if (!WithinWindow(published) || IsUpdateAcross(published, mention)) return false;
            }
            foreach (var context in _contexts)
            {
                if (Similar(context, words)) return true;
            }
            return false;
        }

        /// <summary>Whether a number's article was published within <see cref="MaxNumberDaysApart"/> days of every member's.</summary>
        private bool WithinWindow(DateTime? published) =>
            published is not { } day
            || !((_firstPublished is { } first && Math.Abs((day - first).TotalDays) > MaxNumberDaysApart)
                || (_lastPublished is { } last && Math.Abs((day - last).TotalDays) > MaxNumberDaysApart));

        /// <summary>A count a later article says has risen or fallen is a new count, not a dispute with the earlier one.</summary>
        private bool IsUpdateAcross(DateTime? published, FactMention mention)
        {
            if (published is not { } mine) return false;
            foreach (var pair in _byValue)
            {
                if (pair.Key == mention.Value) continue;
                if (mention.Update && pair.Value.FirstPublished is { } theirs && mine > theirs) return true;
                if (pair.Value.LastUpdate is { } updated && updated > mine) return true;
            }
            return false;
        }

        private bool SharesPlace(EquatableArray<string> mine, EquatableArray<string> theirs)
        {
            foreach (var x in mine)
            {
                foreach (var y in theirs)
                {
                    if (_placeWords.Same(x, y)) return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether a statement's sentence shares enough words with a member's: how many of its words (a word written twice
        /// counting twice) the member's holds, found by walking the two ascending arrays together.
        /// </summary>
        private static bool Similar(int[] mine, int[] theirs)
        {
            int shared = 0, i = 0, j = 0;
            while (i < mine.Length && j < theirs.Length)
            {
                if (mine[i] < theirs[j]) i++;
                else if (mine[i] > theirs[j]) j++;
                else
                {
                    shared++;
                    j++;
                }
            }
            var smaller = Math.Min(mine.Length, theirs.Length);
            return shared >= MinSharedWords && shared >= MinSharedShare * smaller;
        }

        private static DateTime? Min(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;

        private static DateTime? Max(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
    }

    /// <summary>A fact as gathered: its statements, in the order they joined it.</summary>
    private sealed class Gathered(List<(int Article, DateTime? Published, FactMention Mention)> members)
    {
        public List<(int Article, DateTime? Published, FactMention Mention)> Members { get; } = members;

        public FactKind Kind => Members[0].Mention.Kind;

        /// <summary>The distinct days, ascending, the certain statements of other articles than <paramref name="except"/> give.</summary>
        public List<DateTime> CertainDays(int except)
        {
            var days = new SortedSet<DateTime>();
            foreach (var (article, _, mention) in Members)
            {
                if (article == except || !mention.Certain || Kind != FactKind.Date || mention.Value is not { } value) continue;
                days.Add(Day(value));
            }
            return days.ToList();
        }
    }
}

/// <summary>A statement of fact as a bucket holds it: its article (by corpus order), its number there, the article's publication day.</summary>
/// <param name="Story">The article's story (<see cref="StoryGrouper.Group"/>): a framed statement joins only facts of its story.</param>
public sealed record FactStatement(int Article, int Number, DateTime? Published, FactMention Mention, int Story = 0);

/// <summary>One of the buckets <see cref="FactGatherer.Buckets"/> spreads a corpus's statements over.</summary>
public sealed record FactBucket(int Index, EquatableArray<FactStatement> Statements);

/// <summary>Which statement: its article, by corpus order, and its number among the article's statements.</summary>
public readonly record struct StatementRef(int Article, int Number);

/// <summary>A bucket's facts as gathered: each the statements it has, in the order they joined it.</summary>
/// <param name="Failure">Why gathering the bucket failed (the generator's step does not throw), or null.</param>
public sealed record FactBucketGroups(int Index, EquatableArray<EquatableArray<StatementRef>> Groups, string? Failure = null);
