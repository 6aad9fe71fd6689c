using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// The cross-file stage: orders the articles by file (ordinal, so the output never depends on the order files arrive
/// in) and gives each a unique identifier. A name that is reserved, or that another article took first (compared
/// ignoring case, since generated file names must differ on case-insensitive file systems), gets a numeric suffix and
/// CORPUS005 saying which name was used instead.
/// </summary>
public static class ArticleLinker
{
    public static CorpusModel Link(IEnumerable<ArticleModel> articles)
    {
        var ordered = articles.Where(a => a.IsReadable).OrderBy(a => a.File, StringComparer.Ordinal).ToList();
        var taken = new HashSet<string>(IdentifierRules.Reserved, StringComparer.OrdinalIgnoreCase);
        var linked = new List<LinkedArticle>(ordered.Count);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var article in ordered)
        {
            var wanted = article.IdentifierHint;
            string? problem = null;
            if (!IdentifierRules.IsValidIdentifier(wanted))
            {
                problem = "is not a valid C# identifier";
                wanted = IdentifierRules.FromFileName(article.File);
            }
            var id = wanted;
            if (taken.Contains(id))
            {
                problem ??= IdentifierRules.Reserved.Contains(id) ? "is reserved by the generated API" : "is already taken by another article";
                for (var n = 2; taken.Contains(id = wanted + "_" + n.ToString(CultureInfo.InvariantCulture)); n++)
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
        return new CorpusModel(linked.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
