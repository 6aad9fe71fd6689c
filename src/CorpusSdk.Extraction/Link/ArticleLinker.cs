using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CorpusSdk.Extraction.Check;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// The cross-file stage: orders the articles by file (ordinal, so the output never depends on the order files arrive
/// in), gives each a unique identifier, links their mentions into entities (<see cref="EntityLinker"/>) and their
/// statements into facts, inferring the publication date of undated articles from them (<see cref="FactGatherer"/>). Names that several articles want (compared ignoring case, since generated
/// file names must differ on case-insensitive file systems) go to none of them: each takes the name of its whole path,
/// so that adding a file never moves a name from one article to another. A reserved name, or a path name that still
/// collides, gets a numeric suffix. Each replaced name is CORPUS005, saying which name is used instead.
/// Entities and facts are worked out from the articles' shapes (<see cref="LinkShapes"/>: what each part reads, with
/// handles for places) and the places are put back last (<see cref="Place"/>): the generator runs each of these as its
/// own step, so that a part stays cached while an edit leaves what it reads as it was.
/// </summary>
public static class ArticleLinker
{
    public static CorpusModel Link(IEnumerable<ArticleModel> articles, CorpusLexicon? lexicon = null) =>
        Run(articles.ToList(), lexicon, safe: false);

    /// <summary>
    /// <see cref="Link"/>, for hosts that must not throw (the generator): a failure with the lexicon links again without
    /// it, and a failure without it keeps the articles and their identifiers and leaves out entities, facts and
    /// cross-source checks; either is CORPUS009 with the reason, so the build still gets the generated articles.
    /// </summary>
    public static CorpusModel LinkSafely(IReadOnlyList<ArticleModel> articles, CorpusLexicon? lexicon = null) =>
        Run(articles, lexicon, safe: true);

    /// <summary>
    /// The stages one after the other, as the generator runs them in its steps, except that what waits for nothing runs
    /// beside the rest on the thread pool: facts are gathered from the articles' statements and dates, not from their
    /// entities, and articles are paired by shared text (CORPUS206) from their trigrams alone, while the entities are
    /// linked here. GetResult, not Result, so that a failure on another thread surfaces as itself (CORPUS009 names it),
    /// not as an AggregateException. Waiting without a timeout lets a task no thread has started yet run inline on this
    /// one, so a busy pool delays the link little.
    /// </summary>
    private static CorpusModel Run(IReadOnlyList<ArticleModel> articles, CorpusLexicon? lexicon, bool safe)
    {
        var readable = Ordered(articles);
        var pairs = Task.Run(() => Attempt<List<(int Earlier, int Later, double Share)>?>(safe, () => CrossSourceChecks.SharedTextPairs(Identify(readable).Articles), _ => null));
        var facts = Task.Run(() => GatherFacts(Identify(readable.Select(LinkShapes.OfStatements)).Articles, null, safe));
        var entities = LinkEntities(Identify(readable.Select(LinkShapes.OfNames)).Articles, lexicon, safe);
        return Place(readable, entities, facts.GetAwaiter().GetResult(), safe, pairs.GetAwaiter().GetResult());
    }

    /// <summary>The readable articles in corpus order: ordinal order of their files, so the output never depends on the order files arrive in.</summary>
    public static List<ArticleModel> Ordered(IEnumerable<ArticleModel> articles) =>
        articles.Where(a => a.IsReadable).OrderBy(a => a.File, StringComparer.Ordinal).ToList();

    /// <summary>The readable articles (or their shapes) in corpus order, each with its identifier, and CORPUS005 for each name replaced.</summary>
    public static IdentifiedArticles Identify(IEnumerable<ArticleModel> articles)
    {
        var ordered = Ordered(articles);
        var wanted = ordered.Select(a => IdentifierRules.IsValidIdentifier(a.IdentifierHint) ? a.IdentifierHint : IdentifierRules.FromFileName(a.File)).ToList();
        var wantedBy = wanted.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

        var taken = new UniqueNames(StringComparer.OrdinalIgnoreCase, IdentifierRules.Reserved);
        var linked = new List<LinkedArticle>(ordered.Count);
        var diagnostics = new List<DiagnosticInfo>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var article = ordered[i];
            var id = wanted[i];
            string? problem = IdentifierRules.IsValidIdentifier(article.IdentifierHint) ? null : "is not a valid C# identifier";
            if (wantedBy[id] > 1)
            {
                problem ??= "is wanted by " + wantedBy[id].ToString(CultureInfo.InvariantCulture) + " articles";
                id = IdentifierRules.FromPath(article.File);
            }
            if (taken.Contains(id))
            {
                problem ??= IdentifierRules.Reserved.Contains(id) ? "is reserved by the generated API" : "is already taken by another article";
            }
            id = taken.Take(id, id + "_");
            linked.Add(new LinkedArticle(id, article));
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.IdentifierReplaced.Id, article.File, SourceSpan.FileStart,
                    article.IdentifierHint, article.File, problem, id));
            }
        }
        return new IdentifiedArticles(linked.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The entities (<see cref="EntityLinker"/>) and the checks that read only them and the mentions (CORPUS203, 204).
    /// Safe: a failure with the lexicon links again without it; a failure without it is <see cref="LinkedEntities.Failure"/>.
    /// </summary>
    public static LinkedEntities LinkEntities(IReadOnlyList<LinkedArticle> articles, CorpusLexicon? lexicon, bool safe = true)
    {
        return Attempt(safe, () => Entities(lexicon, null), reason => lexicon is not null && lexicon.Entries.Count > 0
            ? Attempt(safe, () => Entities(null, reason), again => Failure(again))
            : Failure(reason));

        LinkedEntities Entities(CorpusLexicon? with, string? lexiconFailure)
        {
            var links = EntityLinker.Link(articles, with);
            var mentionEntities = links.MentionEntities.Select(m => m.ToEquatableArray()).ToList();
            var quoteEntities = links.QuoteEntities.Select(q => q.ToEquatableArray()).ToList();
            var onEntities = CrossSourceChecks.OnEntities(WithEntities(articles, mentionEntities, quoteEntities), links.Entities);
            return new LinkedEntities(links.Entities.ToEquatableArray(), mentionEntities.ToEquatableArray(), quoteEntities.ToEquatableArray(),
                links.Diagnostics.ToEquatableArray(), onEntities.ToEquatableArray(), lexiconFailure, null);
        }

        static LinkedEntities Failure(string reason) => new(EquatableArray<EntityModel>.Empty, EquatableArray<EquatableArray<string>>.Empty,
            EquatableArray<EquatableArray<string>>.Empty, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<DiagnosticInfo>.Empty, null, reason);
    }

    /// <summary>
    /// The facts (<see cref="FactGatherer"/>), gathered bucket by bucket, the dates they infer, and the checks that read
    /// only the facts (CORPUS201, 202). With a cache, only the buckets it does not hold are gathered. Safe: a failure,
    /// or a bucket's, is <see cref="LinkedFacts.Failure"/>.
    /// </summary>
    public static LinkedFacts GatherFacts(IReadOnlyList<LinkedArticle> articles, FactBucketCache? cache, bool safe = true) =>
        Attempt(safe, () =>
        {
            // The stories are grouped once: the buckets and the facts' stories both read them.
            var storyOf = StoryGrouper.Group(articles);
            var buckets = FactGatherer.Buckets(articles, storyOf);
            var groups = cache is null ? buckets.Select(b => GatherBucket(b, safe)).ToList() : cache.Gather(buckets, b => GatherBucket(b, safe));
            if (groups.FirstOrDefault(b => b.Failure is not null)?.Failure is { } failed) return Failure(failed);
            var gathered = FactGatherer.Gather(articles, groups, storyOf);
            return new LinkedFacts(gathered.Facts.ToEquatableArray(), gathered.Inferred.Select(d => new InferredDate(d)).ToEquatableArray(),
                gathered.Diagnostics.ToEquatableArray(), CrossSourceChecks.OnFacts(gathered.Facts).ToEquatableArray(), null)
            {
                Stories = gathered.Stories.ToEquatableArray(),
            };
        }, Failure);

    /// <summary><see cref="FactGatherer.GatherBucket"/>; safe: a failure is <see cref="FactBucketGroups.Failure"/>.</summary>
    private static FactBucketGroups GatherBucket(FactBucket bucket, bool safe) =>
        Attempt(safe, () => FactGatherer.GatherBucket(bucket), reason => new FactBucketGroups(bucket.Index, EquatableArray<EquatableArray<StatementRef>>.Empty, reason));

    private static LinkedFacts Failure(string reason) => new(EquatableArray<FactModel>.Empty, EquatableArray<InferredDate>.Empty,
        EquatableArray<DiagnosticInfo>.Empty, EquatableArray<DiagnosticInfo>.Empty, reason);

    /// <summary>
    /// The corpus: the articles with their identifiers, entities and inferred dates; the checks that need entities and
    /// dates together (CORPUS205) or the text (CORPUS206); every handle of the entities, facts and their findings placed
    /// (<see cref="LinkShapes"/>); the findings in the order of the stages and checks, without those the front matter of
    /// the file they are reported at silences. A failure of a stage (or of this one, when safe) keeps the articles and
    /// their identifiers and leaves out entities, facts and cross-source checks, with CORPUS009.
    /// </summary>
    /// <param name="articles">The readable articles in corpus order (<see cref="Ordered"/>): those whose shapes were linked.</param>
    /// <param name="pairs">The articles that share text, if already paired (<see cref="CrossSourceChecks.SharedTextPairs"/>).</param>
    /// <param name="places">Per file, the places of its shapes (<see cref="LinkShapes.Places"/>), if already worked out.</param>
    /// <param name="placedEntities">The entities placed by the last run, for a host that places the same entities again (the generator).</param>
    public static CorpusModel Place(IReadOnlyList<ArticleModel> articles, LinkedEntities entities, LinkedFacts facts, bool safe = true,
        IReadOnlyList<(int Earlier, int Later, double Share)>? pairs = null, IReadOnlyDictionary<string, ArticlePlaces>? places = null,
        PlacedEntityCache? placedEntities = null)
    {
        var identified = Identify(articles);
        var failure = entities.Failure ?? facts.Failure;
        if (failure is null)
        {
            var model = Attempt<CorpusModel?>(safe, () => Assemble(articles, identified, entities, facts, pairs, places, placedEntities), reason =>
            {
                failure = reason;
                return null;
            });
            if (model is not null)
            {
                return entities.LexiconFailure is { } lexiconFailure
                    ? model with { Diagnostics = model.Diagnostics.Append(Failed("Linking the corpus with its lexicon failed (" + lexiconFailure + "); it is linked without the lexicon")).ToEquatableArray() }
                    : model;
            }
        }
        return new CorpusModel(identified.Articles, EquatableArray<EntityModel>.Empty, EquatableArray<FactModel>.Empty,
            identified.Diagnostics.Append(Failed("Linking the corpus failed (" + failure + "); entities, facts and cross-source checks are left out")).ToEquatableArray());
    }

    private static CorpusModel Assemble(IReadOnlyList<ArticleModel> articles, IdentifiedArticles identified, LinkedEntities entities, LinkedFacts facts,
        IReadOnlyList<(int Earlier, int Later, double Share)>? pairs, IReadOnlyDictionary<string, ArticlePlaces>? places, PlacedEntityCache? cache)
    {
        if (entities.MentionEntities.Count != articles.Count || facts.Inferred.Count != articles.Count)
        {
            throw new InvalidOperationException("The articles, their entities and their dates do not line up");
        }
        var dated = WithEntities(identified.Articles, entities.MentionEntities, entities.QuoteEntities)
            .Select((article, a) => article with { InferredPublished = facts.Inferred[a].Date }).ToList();

        // Pairing articles by shared text reads only their trigrams: it runs beside the rest.
        var pairing = pairs is null ? Task.Run(() => CrossSourceChecks.SharedTextPairs(dated)) : null;
        var diagnostics = new List<DiagnosticInfo>(identified.Diagnostics);
        diagnostics.AddRange(entities.Diagnostics);
        diagnostics.AddRange(facts.Diagnostics);
        diagnostics.AddRange(facts.Findings);
        diagnostics.AddRange(entities.Findings);
        diagnostics.AddRange(CrossSourceChecks.OnQuotes(dated, entities.Entities));
        places ??= articles.ToDictionary(a => a.File, LinkShapes.Places, StringComparer.Ordinal);
        var (placedEntities, placedFacts, placedFindings) = LinkShapes.PlaceAll(entities.Entities, facts.Facts, diagnostics, places, cache);
        var findings = new List<DiagnosticInfo>(placedFindings);
        findings.AddRange(CrossSourceChecks.SharedText(dated, pairs ?? pairing!.GetAwaiter().GetResult()));

        // A file's front matter silences the cross-source findings reported at it (its own were dropped per file).
        var byFile = articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        findings.RemoveAll(d => byFile.TryGetValue(d.File, out var at) && at.Suppresses(d.Id));
        return new CorpusModel(dated.ToEquatableArray(), placedEntities, placedFacts, FindingCap.Apply(findings).ToEquatableArray())
        {
            Stories = facts.Stories,
        };
    }

    private static List<LinkedArticle> WithEntities(IReadOnlyList<LinkedArticle> articles, IReadOnlyList<EquatableArray<string>> mentionEntities, IReadOnlyList<EquatableArray<string>> quoteEntities) =>
        articles.Select((article, a) => article with { MentionEntities = mentionEntities[a], QuoteEntities = quoteEntities[a] }).ToList();

    /// <summary>The work's result; when <paramref name="safe"/>, a failure (not a cancellation) is the result of <paramref name="failed"/> with the reason.</summary>
    private static T Attempt<T>(bool safe, Func<T> work, Func<string, T> failed)
    {
        if (!safe) return work();
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return failed(e.GetType().Name + ": " + e.Message);
        }
    }

    private static DiagnosticInfo Failed(string message) =>
        DiagnosticInfo.Create(DiagnosticCatalog.StageFailed.Id, string.Empty, SourceSpan.FileStart, message);
}

/// <summary>The readable articles in corpus order (their shapes, in the generator) with their identifiers, and CORPUS005 for each name replaced.</summary>
public sealed record IdentifiedArticles(EquatableArray<LinkedArticle> Articles, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The entities of the corpus and what reads only them, with places as handles (<see cref="LinkShapes"/>).</summary>
/// <param name="MentionEntities">Per article (in corpus order), per mention, the id of its entity.</param>
/// <param name="QuoteEntities">Per article, per quote, the id of its speaker's entity, or "".</param>
/// <param name="Diagnostics">The linker's findings: CORPUS005 for an entity identifier replaced.</param>
/// <param name="Findings">CORPUS203 and 204.</param>
/// <param name="LexiconFailure">Why linking with the lexicon failed, when it was linked without it; else null.</param>
/// <param name="Failure">Why linking failed, or null.</param>
public sealed record LinkedEntities(
    EquatableArray<EntityModel> Entities,
    EquatableArray<EquatableArray<string>> MentionEntities,
    EquatableArray<EquatableArray<string>> QuoteEntities,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<DiagnosticInfo> Findings,
    string? LexiconFailure,
    string? Failure);

/// <summary>The facts of the corpus and what reads only them, with places as handles (<see cref="LinkShapes"/>).</summary>
/// <param name="Inferred">Per article (in corpus order), the publication date inferred from the facts, or null.</param>
/// <param name="Diagnostics">CORPUS103 for each relative date nothing anchors.</param>
/// <param name="Findings">CORPUS201 and 202.</param>
/// <param name="Failure">Why gathering failed, or null.</param>
public sealed record LinkedFacts(
    EquatableArray<FactModel> Facts,
    EquatableArray<InferredDate> Inferred,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<DiagnosticInfo> Findings,
    string? Failure)
{
    /// <summary>The corpus's stories, which the facts of a frame are gathered within.</summary>
    public EquatableArray<CorpusStoryModel> Stories { get; init; } = EquatableArray<CorpusStoryModel>.Empty;
}

/// <summary>The publication date the corpus infers for an article, or null (a value, so that a list of them compares by value).</summary>
public readonly record struct InferredDate(PublishedDate? Date);
