using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Link;

/// <summary>The entities of a corpus, and which entity each mention and each quote's speaker is.</summary>
/// <param name="MentionEntities">Per article (in corpus order), per mention, the id of its entity.</param>
/// <param name="QuoteEntities">Per article, per quote, the id of its speaker's entity, or "" when the speaker is none of them.</param>
public sealed record EntityLinks(
    IReadOnlyList<EntityModel> Entities,
    IReadOnlyList<string[]> MentionEntities,
    IReadOnlyList<string[]> QuoteEntities,
    IReadOnlyList<DiagnosticInfo> Diagnostics);

/// <summary>
/// Links the mentions of every article into entities (docs/extraction.md, "Entities"). People are one entity when
/// <see cref="NameMatching.SamePerson"/> says so; a family name alone joins the one person of that family name (the one
/// in its own article first), and a given name alone that is no one's family name the one person of its own article
/// with that given name; organisations and places join by their folded name, and an organisation's acronym and
/// name are one. Entries of the corpus lexicon come first: a mention that matches one of its spellings is that entity.
/// </summary>
public static class EntityLinker
{
    public static EntityLinks Link(IReadOnlyList<LinkedArticle> articles, CorpusLexicon? lexicon = null)
    {
        var groups = new List<Group>();
        var index = new GroupIndex();
        var names = new Names();
        if (lexicon is not null)
        {
            foreach (var entry in lexicon.Entries) groups.Add(Group.FromLexicon(entry, groups.Count, index, names));
        }
        var lexiconGroups = groups.Count;

        var mentionGroups = articles.Select(a => new Group?[a.Article.Mentions.Count]).ToList();
        var mentionNames = articles.Select(a => a.Article.Mentions.Select(m => names.Of(m.Name)).ToArray()).ToList();
        // Full names first, so that a family name alone finds the person wherever its full name is written; tentative
        // mentions last, and only into an entity some article names in full. Each pass takes its mentions in corpus
        // order; which pass a mention belongs to is worked out once.
        var passes = new[] { new List<(int Article, int Mention)>(), new List<(int Article, int Mention)>(), new List<(int Article, int Mention)>() };
        for (var a = 0; a < articles.Count; a++)
        {
            var mentions = articles[a].Article.Mentions;
            for (var m = 0; m < mentions.Count; m++)
            {
                var single = mentions[m].Kind == EntityKinds.Person && mentionNames[a][m].Words.Count < 2;
                passes[mentions[m].Tentative ? 2 : single ? 1 : 0].Add((a, m));
            }
        }
        foreach (var pass in passes)
        {
            foreach (var (a, m) in pass)
            {
                var mention = articles[a].Article.Mentions[m];
                var name = mentionNames[a][m];
                var group = Find(groups, lexiconGroups, index, mention, name, a);
                if (group is null)
                {
                    if (mention.Tentative) continue;
                    group = new Group(mention.Kind, null, groups.Count);
                    groups.Add(group);
                }
                group.Add(mention, name, a, index);
                mentionGroups[a][m] = group;
            }
        }

        var diagnostics = new List<DiagnosticInfo>();
        var entities = Build(groups.Where(g => g.Members.Count > 0 || g.Entry is not null).ToList(), articles, diagnostics, out var idOf);
        var mentionEntities = mentionGroups.Select(row => row.Select(g => g is null ? string.Empty : idOf[g]).ToArray()).ToList();
        var quoteEntities = articles.Select((article, a) => article.Article.Quotes.Select(q => SpeakerEntity(q.Speaker, article.Article, mentionGroups[a], mentionNames[a], names, idOf)).ToArray()).ToList();
        return new EntityLinks(entities, mentionEntities, quoteEntities, diagnostics);
    }

    /// <summary>
    /// The group a mention joins, the first created among those that match. The index narrows the groups to those that
    /// can match (same folded key; same skeleton of given and family name), so that linking is linear in the mentions;
    /// the match itself is decided by <see cref="NameMatching"/> as before.
    /// </summary>
    private static Group? Find(List<Group> groups, int lexiconGroups, GroupIndex index, MentionModel mention, Name name, int article)
    {
        for (var g = 0; g < lexiconGroups; g++)
        {
            if (groups[g].Kind == mention.Kind && groups[g].MatchesSpelling(mention, name)) return groups[g];
        }
        // Each lookup gives the index's own list of candidates, in no order and maybe repeated: the first made that matches
        // is kept, and no group made after it is tested. Plain loops: this runs for every mention, three hundred thousand
        // times at 10,000 articles.
        Group? found = null;
        if (mention.Kind != EntityKinds.Person)
        {
            var textKey = NameMatching.Key(mention.Text);
            var acronymKey = mention.Acronym is { } acronym ? NameMatching.Key(acronym) : null;
            foreach (var group in index.ByKeys(mention.Kind, name.Key, textKey, acronymKey))
            {
                if (MadeBefore(group, found) && group.MatchesKey(name.Key, textKey, acronymKey)) found = group;
            }
            return found;
        }

        var words = name.Words;
        if (words.Count >= 2)
        {
            foreach (var group in index.ByPerson(name))
            {
                if (MadeBefore(group, found) && group.Kind == EntityKinds.Person && group.IsPerson(words)) found = group;
            }
            return found;
        }
        if (words.Count == 0) return null;
        // A family name alone: the person of that family name in the same article, else the only one in the corpus, else
        // (two people share it) nobody. Counted in one pass, each group once: which one is only needed when it is alone.
        var visit = index.NextVisit();
        Group? only = null, onlyLocal = null;
        int count = 0, localCount = 0;
        foreach (var group in index.ByFamily(name))
        {
            if (group.Visit == visit) continue;
            group.Visit = visit;
            if (!HasFamilyName(group, words[0])) continue;
            count++;
            only = group;
            if (group.Articles.Contains(article))
            {
                localCount++;
                onlyLocal = group;
            }
        }
        if (localCount == 1) return onlyLocal;
        if (count > 0) return count == 1 ? only : null;
        // A given name alone, where no one has it for family name: the one person of the same article with that given
        // name ("Ravindra Mahapatro … Ravindra said …"); with two there, or only in other articles, nobody.
        Group? given = null;
        var givenCount = 0;
        var givenVisit = index.NextVisit();
        foreach (var group in index.ByGiven(name))
        {
            if (group.Visit == givenVisit || !group.Articles.Contains(article) || !HasGivenName(group, words[0])) continue;
            group.Visit = givenVisit;
            givenCount++;
            given = group;
        }
        if (givenCount == 1) return given;
        // No full name anywhere: the family name joins other lone mentions of it.
        foreach (var group in index.ByLone(name))
        {
            if (MadeBefore(group, found) && group.People.All(p => p.Count == 1) && group.People.Any(p => NameMatching.SameWord(p[0], words[0]))) found = group;
        }
        return found;
    }

    private static bool MadeBefore(Group group, Group? other) => other is null || group.Order < other.Order;

    /// <summary>Whether one of the group's people of two words or more has <paramref name="word"/> for given name.</summary>
    private static bool HasGivenName(Group group, string word)
    {
        foreach (var person in group.People)
        {
            if (person.Count >= 2 && !NameMatching.IsHouse(person[0]) && NameMatching.SameWord(person[0], word)) return true;
        }
        return false;
    }

    /// <summary>Whether one of the group's people of two words or more has <paramref name="word"/> for family name.</summary>
    private static bool HasFamilyName(Group group, string word)
    {
        foreach (var person in group.People)
        {
            if (person.Count >= 2 && NameMatching.SameWord(person[person.Count - 1], word)) return true;
        }
        return false;
    }

    /// <summary>The entity a quote's speaker is: the person of the article with the speaker's name, or the body it names.</summary>
    private static string SpeakerEntity(SpeakerModel? speaker, ArticleModel article, Group?[] groups, Name[] mentionNames, Names names, Dictionary<Group, string> idOf)
    {
        if (speaker?.Name is not { } spoken) return string.Empty;
        var name = names.Of(spoken);
        var words = name.Words;
        var key = name.Key;
        for (var m = 0; m < article.Mentions.Count; m++)
        {
            var mention = article.Mentions[m];
            if (groups[m] is not { } group) continue;
            var same = speaker.Kind == SpeakerKinds.Person
                ? mention.Kind == EntityKinds.Person && (NameMatching.SamePerson(mentionNames[m].Words, words) || mentionNames[m].Key == key)
                : mention.Kind == EntityKinds.Organization && mentionNames[m].Key == key;
            if (same) return idOf[group];
        }
        // الشمري alone: the one person of the article whose family name it is (قال الشمري after عبد الأمير الشمري).
        if (speaker.Kind == SpeakerKinds.Person && words.Count == 1)
        {
            string? only = null;
            for (var m = 0; m < article.Mentions.Count; m++)
            {
                if (groups[m] is not { } group || article.Mentions[m].Kind != EntityKinds.Person) continue;
                var mentionWords = mentionNames[m].Words;
                if (mentionWords.Count < 2 || !NameMatching.SameWord(mentionWords[mentionWords.Count - 1], words[0])) continue;
                var id = idOf[group];
                if (only is not null && only != id) return string.Empty;
                only = id;
            }
            if (only is not null) return only;
        }
        return string.Empty;
    }

    private static List<EntityModel> Build(List<Group> groups, IReadOnlyList<LinkedArticle> articles, List<DiagnosticInfo> diagnostics, out Dictionary<Group, string> idOf)
    {
        idOf = new Dictionary<Group, string>();
        var result = new List<EntityModel>();
        // An id comes from the lexicon, else from the first full spelling met in corpus order (a later article that writes
        // the name otherwise renames nothing). An id several entities want goes to none of them: each takes it with a
        // suffix made from its own spelling, so that adding an article about a namesake never points the id at another
        // entity (the rule article names follow).
        var firstFullSpellings = groups.ToDictionary(g => g, FirstFullSpelling);
        var wantedIds = groups.ToDictionary(g => g, g => g.Entry?.Id ?? Transliteration.Slug(firstFullSpellings[g]) ?? g.Kind);
        var contested = new HashSet<string>(wantedIds.Values.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key), StringComparer.Ordinal);
        var ids = new UniqueNames(StringComparer.Ordinal);
        var identifiersByKind = new Dictionary<string, UniqueNames>(StringComparer.Ordinal);
        foreach (var group in groups.OrderBy(g => g.Entry is null).ThenBy(g => g.FirstArticle).ThenBy(g => g.FirstStart))
        {
            var name = group.Entry?.Spellings.FirstOrDefault() ?? PreferredName(group);
            var wanted = wantedIds[group];
            var id = contested.Contains(wanted) && group.Entry is null ? wanted + "-" + Suffix(firstFullSpellings[group]) : wanted;
            id = ids.Take(id, wanted + "-");
            var identifierWanted = Transliteration.Identifier(Transliteration.Slug(group.Entry?.LatinName ?? wanted) ?? wanted);
            if (!identifiersByKind.TryGetValue(group.Kind, out var identifiers)) identifiersByKind[group.Kind] = identifiers = new UniqueNames(StringComparer.Ordinal, IdentifierRules.Reserved);
            var identifier = id == wanted ? identifierWanted : Transliteration.Identifier(id);
            if (!IdentifierRules.IsValidIdentifier(identifier)) identifier = "E" + identifier;
            if (!IdentifierRules.IsValidIdentifier(identifier)) identifier = Transliteration.Identifier(group.Kind);
            identifier = identifiers.Take(identifier, identifier);
            if (identifier != identifierWanted)
            {
                var (file, span) = group.Members.Count > 0
                    ? (articles[group.Members[0].Article].Article.File, group.Members[0].Mention.Span)
                    : (string.Empty, SourceSpan.FileStart);
                var problem = !IdentifierRules.IsValidIdentifier(identifierWanted) ? "is not a valid C# identifier"
                    : IdentifierRules.Reserved.Contains(identifierWanted) ? "is reserved by the generated API"
                    : "is wanted by another entity";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.IdentifierReplaced.Id, file, span, identifierWanted, name, problem, identifier));
            }
            idOf[group] = id;

            // Each spelling as first met, with its occurrences in the order of the members (what GroupBy gives, without
            // buffering the members a second time: a capital has tens of thousands of them).
            var occurrencesByText = new Dictionary<string, List<EntityOccurrence>>(StringComparer.Ordinal);
            var texts = new List<string>();
            foreach (var (article, mention, _) in group.Members)
            {
                if (!occurrencesByText.TryGetValue(mention.Text, out var occurrences))
                {
                    occurrencesByText[mention.Text] = occurrences = new List<EntityOccurrence>();
                    texts.Add(mention.Text);
                }
                occurrences.Add(new EntityOccurrence(articles[article].Id, articles[article].Article.File, mention.Span));
            }
            var spellings = texts.Select(text => new EntitySpelling(text, occurrencesByText[text].ToEquatableArray())).ToList();
            var roles = new List<string>();
            var roleKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var role in (group.Entry?.Roles ?? Enumerable.Empty<string>()).Concat(group.Members.SelectMany(m => m.Mention.Roles)))
            {
                if (roleKeys.Add(ArabicFolding.Fold(role))) roles.Add(role);
            }
            result.Add(new EntityModel(
                id, identifier, group.Kind, name,
                spellings.ToEquatableArray(), roles.ToEquatableArray(),
                group.Articles.OrderBy(a => a).Select(a => articles[a].Id).ToEquatableArray(),
                group.Members.Select(m => m.Mention.Acronym).FirstOrDefault(x => x is not null)));
        }
        return result.OrderBy(e => KindOrder(e.Kind)).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The name to show: the name written most often, counting each mention's name (a family name counts for its full
    /// name, an acronym for its expansion, للعراق for العراق), among the fullest ones (two words or more for a person);
    /// ties go to the cleaner spelling (fewer diacritics and tatweel), then the longer, then ordinal.
    /// </summary>
    private static string PreferredName(Group group)
    {
        // Counted, not grouped (one Name per distinct name): the order below is total (it ends on the text), so the names'
        // order does not matter.
        var counts = new Dictionary<Name, int>();
        foreach (var member in group.Members) counts[member.Name] = counts.TryGetValue(member.Name, out var count) ? count + 1 : 1;
        var names = counts.Select(s => (s.Key.Text, Count: s.Value, Words: s.Key.Words.Count)).ToList();
        var full = group.Kind == EntityKinds.Person && names.Any(s => s.Words >= 2) ? names.Where(s => s.Words >= 2).ToList() : names;
        return full.OrderByDescending(s => s.Count).ThenBy(s => s.Text.Count(ArabicFolding.IsIgnored)).ThenByDescending(s => s.Text.Length)
            .ThenBy(s => s.Text, StringComparer.Ordinal).First().Text;
    }

    /// <summary>The first name met in corpus order among the fullest (two words or more for a person).</summary>
    private static string FirstFullSpelling(Group group)
    {
        if (group.Members.Count == 0) return group.Entry?.Spellings.FirstOrDefault() ?? group.Kind;
        // One pass rather than a sort: the earliest member (article, then place in it; the first added on a tie), and the
        // earliest of two words or more.
        var first = group.Members[0];
        (int Article, MentionModel Mention, Name Name)? firstFull = null;
        foreach (var member in group.Members)
        {
            if (Before(member, first)) first = member;
            if (group.Kind == EntityKinds.Person && member.Name.Words.Count >= 2 && (firstFull is not { } full || Before(member, full))) firstFull = member;
        }
        return (firstFull ?? first).Mention.Name;

        static bool Before((int Article, MentionModel Mention, Name Name) a, (int Article, MentionModel Mention, Name Name) b) =>
            a.Article < b.Article || (a.Article == b.Article && a.Mention.Span.Start < b.Mention.Span.Start);
    }

    /// <summary>Four hexadecimal digits of a stable hash (FNV-1a) of a folded spelling: a suffix only that spelling gives.</summary>
    private static string Suffix(string spelling)
    {
        var hash = 2166136261u;
        foreach (var c in ArabicFolding.Fold(spelling))
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (hash & 0xFFFF).ToString("x4", CultureInfo.InvariantCulture);
    }

    private static int KindOrder(string kind) => kind switch
    {
        EntityKinds.Person => 0,
        EntityKinds.Organization => 1,
        _ => 2,
    };

    /// <summary>
    /// What linking compares of one name, worked out once per distinct name in a run: a corpus writes a few thousand
    /// names a hundred thousand times, and each is looked up and compared many times.
    /// </summary>
    private sealed class Name
    {
        public Name(string text)
        {
            Text = text;
            Words = NameMatching.Words(text);
            Key = NameMatching.Key(text);
            Form = string.Join(" ", Words);
            PersonKeys = GroupIndex.PersonKeys(Words).ToArray();
            LastSkeleton = Words.Count > 0 ? GroupIndex.Skeleton(Words[Words.Count - 1]) : string.Empty;
        }

        /// <summary>The name as written.</summary>
        public string Text { get; }

        /// <summary><see cref="NameMatching.Words"/>.</summary>
        public IReadOnlyList<string> Words { get; }

        /// <summary><see cref="NameMatching.Key"/>.</summary>
        public string Key { get; }

        /// <summary>The words joined: equal for two spellings that are one form of the name.</summary>
        public string Form { get; }

        /// <summary>The keys a person of this name is indexed and looked up by (<see cref="GroupIndex.PersonKeys"/>).</summary>
        public string[] PersonKeys { get; }

        /// <summary>The skeleton of the last word: the family name's, or a lone name's.</summary>
        public string LastSkeleton { get; }
    }

    /// <summary>The <see cref="Name"/> of each distinct name met in one run.</summary>
    private sealed class Names
    {
        private readonly Dictionary<string, Name> _byText = new(StringComparer.Ordinal);

        public Name Of(string text)
        {
            if (!_byText.TryGetValue(text, out var name)) _byText[text] = name = new Name(text);
            return name;
        }
    }

    /// <summary>
    /// Where to look for the groups a mention may join: by kind and folded key (organisations, places), and for people by
    /// the skeletons (<see cref="NameMatching.Skeleton(string, bool)"/>: what two spellings of one name share) of given and family
    /// name, of the family name alone, and of a lone name. Lookups give candidates; the matching rules decide.
    /// </summary>
    private sealed class GroupIndex
    {
        private readonly Dictionary<(string Kind, string Key), List<Group>> _byKey = new();
        private readonly Dictionary<string, List<Group>> _byPerson = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Group>> _byFamily = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Group>> _byLone = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Group>> _byGiven = new(StringComparer.Ordinal);

        private readonly List<Group> _found = new();

        private int _visit;

        /// <summary>A number no group has been marked with yet (<see cref="Group.Visit"/>): a walk marks each group it meets once.</summary>
        public int NextVisit() => ++_visit;

        /// <summary>The groups filed under the keys (a null key is none): the index's own list, filled anew by the next lookup.</summary>
        public List<Group> ByKeys(string kind, string key, string otherKey, string? thirdKey)
        {
            _found.Clear();
            AddFound(_byKey, (kind, key));
            AddFound(_byKey, (kind, otherKey));
            if (thirdKey is not null) AddFound(_byKey, (kind, thirdKey));
            return _found;
        }

        /// <summary>The groups of people filed under the name's person keys: the index's own list, filled anew by the next lookup.</summary>
        public List<Group> ByPerson(Name name)
        {
            _found.Clear();
            foreach (var key in name.PersonKeys) AddFound(_byPerson, key);
            return _found;
        }

        /// <summary>For a name of one word: the groups of people whose family name may be it.</summary>
        public IEnumerable<Group> ByFamily(Name name) => Get(_byFamily, name.LastSkeleton);

        /// <summary>For a name of one word: the groups of people whose given name may be it.</summary>
        public IEnumerable<Group> ByGiven(Name name) => Get(_byGiven, name.LastSkeleton);

        /// <summary>For a name of one word: the groups of people named by it alone.</summary>
        public List<Group> ByLone(Name name)
        {
            _found.Clear();
            AddFound(_byLone, name.LastSkeleton);
            return _found;
        }

        private void AddFound<TKey>(Dictionary<TKey, List<Group>> map, TKey key)
        {
            if (map.TryGetValue(key, out var list)) _found.AddRange(list);
        }

        public void AddKey(Group group, string key) => Put(_byKey, (group.Kind, key), group);

        public void AddPerson(Group group, Name name)
        {
            if (name.Words.Count == 1) Put(_byLone, name.LastSkeleton, group);
            if (name.Words.Count < 2) return;
            foreach (var key in name.PersonKeys) Put(_byPerson, key, group);
            Put(_byFamily, name.LastSkeleton, group);
            Put(_byGiven, Skeleton(name.Words[0]), group);
        }

        /// <summary>Given and family name's skeletons, with and without a ruling house (as <see cref="NameMatching.SamePerson"/> compares).</summary>
        public static IEnumerable<string> PersonKeys(IReadOnlyList<string> words)
        {
            if (words.Count >= 2) yield return Skeleton(words[0]) + "\n" + Skeleton(words[words.Count - 1]);
            // Initials meet the name they stand for (RK Okonkwo, Ramesh Okonkwo): a Latin name is filed by its first letter too.
            if (words.Count >= 2 && words[0].Length > 0 && words[0][0] >= 'a' && words[0][0] <= 'z')
                yield return "^" + words[0][0] + "\n" + Skeleton(words[words.Count - 1]);
            var plain = words.Where(w => !NameMatching.IsHouse(w)).ToList();
            if (plain.Count != words.Count && plain.Count >= 2) yield return Skeleton(plain[0]) + "\n" + Skeleton(plain[plain.Count - 1]);
        }

        /// <summary>The word with every long vowel after its first letter and every doubled letter gone: equal for two words <see cref="NameMatching.SameWord"/> joins.</summary>
        public static string Skeleton(string word) => NameMatching.Skeleton(word, anyLength: true);

        private static IEnumerable<Group> Get<TKey>(Dictionary<TKey, List<Group>> map, TKey key) =>
            map.TryGetValue(key, out var list) ? list : Enumerable.Empty<Group>();

        private static void Put<TKey>(Dictionary<TKey, List<Group>> map, TKey key, Group group)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<Group>();
            if (list.Count == 0 || list[list.Count - 1] != group) list.Add(group);
        }
    }

    /// <summary>The mentions linked so far into one entity, with what new mentions are matched against.</summary>
    private sealed class Group
    {
        private readonly HashSet<string> _forms = new(StringComparer.Ordinal);

        public Group(string kind, LexiconEntry? entry, int order)
        {
            Kind = kind;
            Entry = entry;
            Order = order;
        }

        public string Kind { get; }

        public LexiconEntry? Entry { get; }

        /// <summary>When the group was made: among several that match, the first made wins.</summary>
        public int Order { get; }

        /// <summary>The last walk of the index that met this group (<see cref="GroupIndex.NextVisit"/>).</summary>
        public int Visit { get; set; }

        /// <summary>The mentions linked into the group, with the <see cref="Name"/> of each.</summary>
        public List<(int Article, MentionModel Mention, Name Name)> Members { get; } = new();

        /// <summary>The folded words of every distinct person name in the group (for <see cref="NameMatching.SamePerson"/>).</summary>
        public List<IReadOnlyList<string>> People { get; } = new();

        /// <summary>The keys of every name and acronym (for organisations and places).</summary>
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public HashSet<int> Articles { get; } = new();

        public int FirstArticle { get; private set; } = int.MaxValue;

        public int FirstStart { get; private set; } = int.MaxValue;

        public static Group FromLexicon(LexiconEntry entry, int order, GroupIndex index, Names names)
        {
            var group = new Group(entry.Kind, entry, order);
            foreach (var spelling in entry.Spellings)
            {
                var name = names.Of(spelling);
                group.AddPerson(name, index);
                group.AddKey(name.Key, index);
            }
            return group;
        }

        public bool MatchesSpelling(MentionModel mention, Name name) =>
            Keys.Contains(name.Key) || Keys.Contains(NameMatching.Key(mention.Text))
            || (Kind == EntityKinds.Person && People.Any(p => NameMatching.SamePerson(p, name.Words)));

        /// <summary>Whether the group has one of an organisation's or place's keys: its name's, its text's, its acronym's (a null key is none).</summary>
        public bool MatchesKey(string nameKey, string textKey, string? acronymKey) =>
            Keys.Contains(nameKey) || Keys.Contains(textKey) || (acronymKey is not null && Keys.Contains(acronymKey));

        /// <summary>Whether a name of two words or more is one of the group's people (<see cref="NameMatching.SamePerson"/>).</summary>
        public bool IsPerson(IReadOnlyList<string> words)
        {
            foreach (var person in People)
            {
                if (NameMatching.SamePerson(person, words)) return true;
            }
            return false;
        }

        public void Add(MentionModel mention, Name name, int article, GroupIndex index)
        {
            Members.Add((article, mention, name));
            Articles.Add(article);
            if (article < FirstArticle || (article == FirstArticle && mention.Span.Start < FirstStart))
            {
                FirstArticle = article;
                FirstStart = mention.Span.Start;
            }
            AddPerson(name, index);
            AddKey(name.Key, index);
            if (mention.Acronym is { } acronym) AddKey(NameMatching.Key(acronym), index);
        }

        private void AddPerson(Name name, GroupIndex index)
        {
            // A name written a thousand times is one form to match against.
            if (!_forms.Add(name.Form)) return;
            People.Add(name.Words);
            if (Kind == EntityKinds.Person) index.AddPerson(this, name);
        }

        private void AddKey(string key, GroupIndex index)
        {
            if (Keys.Add(key)) index.AddKey(this, key);
        }
    }
}
