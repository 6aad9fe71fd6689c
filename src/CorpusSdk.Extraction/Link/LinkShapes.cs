using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// What the cross-file link reads of an article (its shape), with every place in it replaced by a handle, and the places
/// the handles stand for. The generator links the shapes, so that an edit which moves text about but names, states and
/// quotes nothing new (typing inside a paragraph) leaves the shapes, and so the link, as they were; the places are put
/// back afterwards (<see cref="PlaceAll"/>), which costs a lookup per item.
/// An article has two shapes, one for entity linking (<see cref="OfNames"/>) and one for fact gathering
/// (<see cref="OfStatements"/>), so that a new statement does not link the entities again, nor a new name gather the
/// facts. A handle keeps what the link reads of a place, and nothing else:
/// <list type="bullet">
/// <item>its lines, which findings name ("a:12");</item>
/// <item>the order of starts within its shape: the handle's start is the rank of the place's start among the shape's
/// distinct starts, so two places compare as before, ties included;</item>
/// <item>which place it is: its length is the index of the place in its shape's table of <see cref="ArticlePlaces"/>,
/// plus the table times 2^24 (equal places share one index).</item>
/// </list>
/// Its columns are 0, which no place has (columns are 1-based): that is how a handle is told from a place.
/// </summary>
public static class LinkShapes
{
    /// <summary>The table of places a handle of a mention, quote or speaker indexes (<see cref="ArticlePlaces.OfNames"/>).</summary>
    private const int NamesTable = 0;

    /// <summary>The table of places a handle of a statement or date indexes (<see cref="ArticlePlaces.OfStatements"/>).</summary>
    private const int StatementsTable = 1;

    /// <summary>A handle's length is its table times this, plus its index in the table.</summary>
    private const int TableStride = 1 << 24;

    /// <summary>
    /// What entity linking reads of an article: file, identifier hint, suppressions, mentions, and quotes with their
    /// speakers, with handles for places. A statement or a date added or moved leaves it as it was.
    /// </summary>
    public static ArticleModel OfNames(ArticleModel article)
    {
        if (!article.IsReadable) return Unreadable(article);
        var handles = new Handles(NamesPlaces(article), NamesTable);
        return Bare(article, null, null, EquatableArray<DateMention>.Empty,
            article.Quotes.Select(q => q with
            {
                Span = handles.Of(q.Span),
                Speaker = q.Speaker?.Span is { } speaker ? q.Speaker with { Span = handles.Of(speaker) } : q.Speaker,
            }).ToEquatableArray(),
            article.Mentions.Select(m => m with { Span = handles.Of(m.Span) }).ToEquatableArray(),
            EquatableArray<FactMention>.Empty);
    }

    /// <summary>
    /// What fact gathering reads of an article: file, identifier hint, suppressions, title, publication date, story names, statements and
    /// dates, with handles for places. A name added or moved leaves it as it was.
    /// </summary>
    public static ArticleModel OfStatements(ArticleModel article)
    {
        if (!article.IsReadable) return Unreadable(article);
        var handles = new Handles(StatementsPlaces(article), StatementsTable);
        return Bare(article, article.Published, article.Title,
            article.Dates.Select(d => d with { Span = handles.Of(d.Span) }).ToEquatableArray(),
            EquatableArray<QuoteModel>.Empty, EquatableArray<MentionModel>.Empty,
            article.Facts.Select(f => f with { Span = handles.Of(f.Span) }).ToEquatableArray());
    }

    /// <summary>The places the handles of an article's two shapes stand for.</summary>
    public static ArticlePlaces Places(ArticleModel article) => new(NamesPlaces(article), StatementsPlaces(article));

    /// <summary>Whether a span is a handle (see the class docs) rather than a place.</summary>
    public static bool IsHandle(SourceSpan span) => span.StartColumn == 0 && span.EndColumn == 0;

    /// <summary>
    /// The place a handle of this file stands for; a place is returned as it is. A handle with no place (its file's
    /// places are not the ones its shape was made with) throws: a handle must never reach the output, and the link
    /// stage turns the exception into CORPUS009.
    /// </summary>
    public static SourceSpan Place(SourceSpan span, string file, IReadOnlyDictionary<string, ArticlePlaces> places)
    {
        if (!IsHandle(span)) return span;
        if (places.TryGetValue(file, out var ofFile))
        {
            var table = span.Length / TableStride == StatementsTable ? ofFile.OfStatements : ofFile.OfNames;
            var index = span.Length % TableStride;
            if (index < table.Count) return table[index];
        }
        throw new InvalidOperationException("A handle of " + file + " has no place");
    }

    /// <summary>The entities, facts and findings with the places their handles stand for (the entities through the cache, if any).</summary>
    public static (EquatableArray<EntityModel> Entities, EquatableArray<FactModel> Facts, EquatableArray<DiagnosticInfo> Diagnostics) PlaceAll(
        IReadOnlyList<EntityModel> entities, IReadOnlyList<FactModel> facts, IReadOnlyList<DiagnosticInfo> diagnostics,
        IReadOnlyDictionary<string, ArticlePlaces> places, PlacedEntityCache? cache = null)
    {
        var placedEntities = cache?.Place(entities, places) ?? entities.Select(e => Place(e, places)).ToEquatableArray();
        var placedFacts = facts.Select(f => f with
        {
            Sources = f.Sources.Select(s => s with { Span = Place(s.Span, s.File, places) }).ToEquatableArray(),
        }).ToEquatableArray();
        return (placedEntities, placedFacts, diagnostics.Select(d => Place(d, places)).ToEquatableArray());
    }

    /// <summary>An entity with the places its occurrences' handles stand for.</summary>
    public static EntityModel Place(EntityModel entity, IReadOnlyDictionary<string, ArticlePlaces> places) => entity with
    {
        Spellings = entity.Spellings.Select(s => s with
        {
            Occurrences = s.Occurrences.Select(o => o with { Span = Place(o.Span, o.File, places) }).ToEquatableArray(),
        }).ToEquatableArray(),
    };

    /// <summary>A finding at the place its handle stands for, with its related places placed too.</summary>
    public static DiagnosticInfo Place(DiagnosticInfo finding, IReadOnlyDictionary<string, ArticlePlaces> places) =>
        !IsHandle(finding.Span) && !finding.Related.Any(r => IsHandle(r.Span)) ? finding : finding with
        {
            Span = Place(finding.Span, finding.File, places),
            Related = finding.Related.Select(r => r with { Span = Place(r.Span, r.File, places) }).ToEquatableArray(),
        };

    private static EquatableArray<SourceSpan> NamesPlaces(ArticleModel article)
    {
        var places = new HashSet<SourceSpan>();
        foreach (var quote in article.Quotes)
        {
            places.Add(quote.Span);
            if (quote.Speaker?.Span is { } speaker) places.Add(speaker);
        }
        foreach (var mention in article.Mentions) places.Add(mention.Span);
        return InTextOrder(places);
    }

    private static EquatableArray<SourceSpan> StatementsPlaces(ArticleModel article)
    {
        var places = new HashSet<SourceSpan>();
        foreach (var date in article.Dates) places.Add(date.Span);
        foreach (var fact in article.Facts) places.Add(fact.Span);
        return InTextOrder(places);
    }

    private static EquatableArray<SourceSpan> InTextOrder(HashSet<SourceSpan> places) =>
        places.OrderBy(p => p.Start).ThenBy(p => p.Length).ThenBy(p => p.StartLine).ThenBy(p => p.StartColumn)
            .ThenBy(p => p.EndLine).ThenBy(p => p.EndColumn).ToEquatableArray();

    private static ArticleModel Unreadable(ArticleModel article) =>
        ArticleModel.NotAnArticle(article.File, article.IdentifierHint, EquatableArray<DiagnosticInfo>.Empty);

    private static ArticleModel Bare(ArticleModel article, PublishedDate? published, string? title, EquatableArray<DateMention> dates,
        EquatableArray<QuoteModel> quotes, EquatableArray<MentionModel> mentions, EquatableArray<FactMention> facts) =>
        new(article.File, article.IdentifierHint, true, null, title, null, 0, null, null, published, null, null,
            EquatableArray<string>.Empty, EquatableArray<LineText>.Empty, EquatableArray<LineText>.Empty,
            EquatableArray<ParagraphModel>.Empty, EquatableArray<StoryModel>.Empty, EquatableArray<DroppedLine>.Empty,
            dates, quotes, mentions, facts, EquatableArray<DiagnosticInfo>.Empty)
        {
            Suppressed = article.Suppressed,
            StoryNames = article.StoryNames,
        };

    /// <summary>Handles for one table of places: the start's rank among the table's distinct starts, the place's index.</summary>
    private sealed class Handles
    {
        private readonly int _table;
        private readonly Dictionary<SourceSpan, int> _index = new();
        private readonly Dictionary<int, int> _rankOfStart = new();

        public Handles(EquatableArray<SourceSpan> places, int table)
        {
            _table = table;
            for (var i = 0; i < places.Count; i++)
            {
                _index[places[i]] = i;
                if (!_rankOfStart.ContainsKey(places[i].Start)) _rankOfStart[places[i].Start] = _rankOfStart.Count;
            }
        }

        public SourceSpan Of(SourceSpan place) => _index[place] < TableStride
            ? new(_rankOfStart[place.Start], _table * TableStride + _index[place], place.StartLine, 0, place.EndLine, 0)
            : throw new InvalidOperationException("An article with more than 2^24 places of one kind");
    }
}

/// <summary>The places the handles of an article's shapes stand for, one table per shape, each in order of the text.</summary>
public sealed record ArticlePlaces(EquatableArray<SourceSpan> OfNames, EquatableArray<SourceSpan> OfStatements);
