using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
        var ordered = articles.Where(a => a.IsReadable).OrderBy(a => a.File, StringComparer.Ordinal).ToList();
        var wanted = ordered.Select(a => IdentifierRules.IsValidIdentifier(a.IdentifierHint) ? a.IdentifierHint : IdentifierRules.FromFileName(a.File)).ToList();
        var wantedBy = wanted.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

        var taken = new HashSet<string>(IdentifierRules.Reserved, StringComparer.OrdinalIgnoreCase);
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
                var stem = id;
                for (var n = 2; taken.Contains(id = stem + "_" + n.ToString(CultureInfo.InvariantCulture)); n++)
                {
                }
            }
            taken.Add(id);
            linked.Add(new LinkedArticle(id, article));
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.IdentifierReplaced.Id, article.File, SourceSpan.FileStart,
                    article.IdentifierHint, article.File, problem, id));
            }
        }
        var entities = EntityLinker.Link(linked, lexicon);
        diagnostics.AddRange(entities.Diagnostics);
        var withEntities = linked.Select((article, a) => article with
        {
            MentionEntities = entities.MentionEntities[a].ToEquatableArray(),
            QuoteEntities = entities.QuoteEntities[a].ToEquatableArray(),
        }).ToList();
        var facts = FactGatherer.Gather(withEntities);
        diagnostics.AddRange(facts.Diagnostics);
        var dated = withEntities.Select((article, a) => article with { InferredPublished = facts.Inferred[a] }).ToList();
        diagnostics.AddRange(CrossSourceChecks.Run(dated, entities.Entities, facts.Facts));

        // A file's front matter silences the cross-source findings reported at it (its own were dropped per file).
        var byFile = ordered.ToDictionary(a => a.File, StringComparer.Ordinal);
        diagnostics.RemoveAll(d => byFile.TryGetValue(d.File, out var at) && at.Suppresses(d.Id));
        return new CorpusModel(dated.ToEquatableArray(), entities.Entities.ToEquatableArray(), facts.Facts.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
