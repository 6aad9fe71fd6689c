namespace CorpusSdk.Extraction.Model;

/// <summary>An article with the identifier the link stage gave it, unique in the corpus, and the entities it names.</summary>
/// <param name="MentionEntities">For each of the article's mentions, in order, the id of its entity.</param>
/// <param name="QuoteEntities">For each of the article's quotes, in order, the id of its speaker's entity, or "" for none.</param>
public sealed record LinkedArticle(string Id, ArticleModel Article, EquatableArray<string> MentionEntities, EquatableArray<string> QuoteEntities)
{
    public LinkedArticle(string id, ArticleModel article) : this(id, article, EquatableArray<string>.Empty, EquatableArray<string>.Empty)
    {
    }

    /// <summary>The entity id of the article's quote at <paramref name="index"/>, or null.</summary>
    public string? QuoteEntity(int index) => index < QuoteEntities.Count && QuoteEntities[index].Length > 0 ? QuoteEntities[index] : null;

    /// <summary>The entity id of the article's mention at <paramref name="index"/>, or null.</summary>
    public string? MentionEntity(int index) => index < MentionEntities.Count && MentionEntities[index].Length > 0 ? MentionEntities[index] : null;
}

/// <summary>
/// The whole corpus after the cross-file stages: articles in ordinal order of their files, with unique identifiers;
/// the entities they name; and the findings that need more than one file.
/// </summary>
public sealed record CorpusModel(EquatableArray<LinkedArticle> Articles, EquatableArray<EntityModel> Entities, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public CorpusModel(EquatableArray<LinkedArticle> articles, EquatableArray<DiagnosticInfo> diagnostics)
        : this(articles, EquatableArray<EntityModel>.Empty, diagnostics)
    {
    }
}
