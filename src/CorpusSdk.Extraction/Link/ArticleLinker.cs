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
/// </summary>
public static class ArticleLinker
{
    public static CorpusModel Link(IEnumerable<ArticleModel> articles, CorpusLexicon? lexicon = null)
    {
        var (linked, ordered, diagnostics) = AssignIdentifiers(articles);
        return Enrich(linked, ordered, diagnostics, lexicon);
    }

    /// <summary>
    /// <see cref="Link"/>, for hosts that must not throw (the generator): a failure with the lexicon links again without
    /// it, and a failure without it keeps the articles and their identifiers and leaves out entities, facts and
    /// cross-source checks; either is CORPUS009 with the reason, so the build still gets the generated articles.
    /// </summary>
    public static CorpusModel LinkSafely(IReadOnlyList<ArticleModel> articles, CorpusLexicon? lexicon = null)
    {
        var (linked, ordered, diagnostics) = AssignIdentifiers(articles);
        try
        {
            return Enrich(linked, ordered, new List<DiagnosticInfo>(diagnostics), lexicon);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = e.GetType().Name + ": " + e.Message;
            if (lexicon is not null && lexicon.Entries.Count > 0)
            {
                try
                {
                    var model = Enrich(linked, ordered, new List<DiagnosticInfo>(diagnostics), null);
                    return model with { Diagnostics = model.Diagnostics.Append(Failed("Linking the corpus with its lexicon failed (" + reason + "); it is linked without the lexicon")).ToEquatableArray() };
                }
                catch (Exception again) when (again is not OperationCanceledException)
                {
                    reason = again.GetType().Name + ": " + again.Message;
                }
            }
            return new CorpusModel(linked.ToEquatableArray(), EquatableArray<EntityModel>.Empty, EquatableArray<FactModel>.Empty,
                diagnostics.Append(Failed("Linking the corpus failed (" + reason + "); entities, facts and cross-source checks are left out")).ToEquatableArray());
        }
    }

    private static DiagnosticInfo Failed(string message) =>
        DiagnosticInfo.Create(DiagnosticCatalog.StageFailed.Id, string.Empty, SourceSpan.FileStart, message);

    private static (List<LinkedArticle> Linked, List<ArticleModel> Ordered, List<DiagnosticInfo> Diagnostics) AssignIdentifiers(IEnumerable<ArticleModel> articles)
    {
        var ordered = articles.Where(a => a.IsReadable).OrderBy(a => a.File, StringComparer.Ordinal).ToList();
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
        return (linked, ordered, diagnostics);
    }

    private static CorpusModel Enrich(List<LinkedArticle> linked, List<ArticleModel> ordered, List<DiagnosticInfo> diagnostics, CorpusLexicon? lexicon)
    {
        // What does not wait for another part runs beside it, on the thread pool: facts are gathered from the articles'
        // statements and dates, not from their entities, and articles are paired by shared text (CORPUS206) from their
        // trigrams alone, while the entities are linked here. Findings are added in the order of the stages and checks,
        // whichever ends first; GetResult, not Result, so that a failure on another thread surfaces as itself (CORPUS009
        // names it), not as an AggregateException. Waiting without a timeout lets a task no thread has started yet run
        // inline on this one (the compiler runs generators on pool threads, whose local queue the tasks go to), so a busy
        // pool delays the link little.
        var sharedText = Task.Run(() => CrossSourceChecks.SharedTextPairs(linked));
        var gathering = Task.Run(() => FactGatherer.Gather(linked));
        var entities = EntityLinker.Link(linked, lexicon);
        diagnostics.AddRange(entities.Diagnostics);
        var withEntities = linked.Select((article, a) => article with
        {
            MentionEntities = entities.MentionEntities[a].ToEquatableArray(),
            QuoteEntities = entities.QuoteEntities[a].ToEquatableArray(),
        }).ToList();
        var onEntities = CrossSourceChecks.OnEntities(withEntities, entities.Entities);
        var facts = gathering.GetAwaiter().GetResult();
        diagnostics.AddRange(facts.Diagnostics);
        var dated = withEntities.Select((article, a) => article with { InferredPublished = facts.Inferred[a] }).ToList();
        diagnostics.AddRange(CrossSourceChecks.OnFacts(facts.Facts));
        diagnostics.AddRange(onEntities);
        diagnostics.AddRange(CrossSourceChecks.OnQuotes(dated, entities.Entities));
        diagnostics.AddRange(CrossSourceChecks.SharedText(dated, sharedText.GetAwaiter().GetResult()));

        // A file's front matter silences the cross-source findings reported at it (its own were dropped per file).
        var byFile = ordered.ToDictionary(a => a.File, StringComparer.Ordinal);
        diagnostics.RemoveAll(d => byFile.TryGetValue(d.File, out var at) && at.Suppresses(d.Id));
        return new CorpusModel(dated.ToEquatableArray(), entities.Entities.ToEquatableArray(), facts.Facts.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
