namespace CorpusSdk.Extraction.Model;

/// <summary>An article with the identifier the link stage gave it, unique in the corpus, and the entities it names.</summary>
/// <param name="MentionEntities">For each of the article's mentions, in order, the id of its entity.</param>
/// <param name="QuoteEntities">For each of the article's quotes, in order, the id of its speaker's entity, or "" for none.</param>
/// <param name="InferredPublished">For an article that states no publication date, the one the corpus infers, or null.</param>
public sealed record LinkedArticle(string Id, ArticleModel Article, EquatableArray<string> MentionEntities, EquatableArray<string> QuoteEntities, PublishedDate? InferredPublished = null)
{
    public LinkedArticle(string id, ArticleModel article) : this(id, article, EquatableArray<string>.Empty, EquatableArray<string>.Empty)
    {
    }

    /// <summary>The publication date: the article's own, else the one the corpus infers.</summary>
    public PublishedDate? Published => Article.Published ?? InferredPublished;

    /// <summary>
    /// A date's value: as the article resolved it, else its relative day resolved against the inferred publication date,
    /// else null.
    /// </summary>
    public Recognize.Dates.PartialDate? Resolve(Recognize.Dates.PartialDate? value, Recognize.Dates.RelativeDay? relative) =>
        value ?? (relative is not null && InferredPublished?.Date.ToDay() is System.DateTime published && relative.Resolve(published) is System.DateTime day
            ? Recognize.Dates.PartialDate.FromDay(day.Year, day.Month, day.Day)
            : null);

    /// <summary>The same for a value written as ISO (a body date's), giving ISO.</summary>
    public string? Resolve(string? value, Recognize.Dates.RelativeDay? relative) => value ?? Resolve((Recognize.Dates.PartialDate?)null, relative)?.ToIso();

    /// <summary>The entity id of the article's quote at <paramref name="index"/>, or null.</summary>
    public string? QuoteEntity(int index) => index < QuoteEntities.Count && QuoteEntities[index].Length > 0 ? QuoteEntities[index] : null;

    /// <summary>The entity id of the article's mention at <paramref name="index"/>, or null.</summary>
    public string? MentionEntity(int index) => index < MentionEntities.Count && MentionEntities[index].Length > 0 ? MentionEntities[index] : null;
}

/// <summary>
/// The whole corpus after the cross-file stages: articles in ordinal order of their files, with unique identifiers;
/// the entities they name; the facts they state; and the findings that need more than one file.
/// </summary>
public sealed record CorpusModel(
    EquatableArray<LinkedArticle> Articles,
    EquatableArray<EntityModel> Entities,
    EquatableArray<FactModel> Facts,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public CorpusModel(EquatableArray<LinkedArticle> articles, EquatableArray<DiagnosticInfo> diagnostics)
        : this(articles, EquatableArray<EntityModel>.Empty, EquatableArray<FactModel>.Empty, diagnostics)
    {
    }

    /// <summary>The stories: which articles report one event (Link/StoryGrouper), in the order of their first articles.</summary>
    public EquatableArray<CorpusStoryModel> Stories { get; init; } = EquatableArray<CorpusStoryModel>.Empty;
}

/// <summary>
/// A story of the corpus: the articles that report one event, grouped from the names they share (Link/StoryGrouper).
/// Not a story of one file (<see cref="StoryModel"/>, the parts a file holds): a story of the corpus spans files.
/// </summary>
/// <param name="Id">Stable id (<c>story-odisha</c>), unique: the name its articles share most.</param>
/// <param name="Identifier">The C# identifier of its member in <c>Stories</c>.</param>
/// <param name="Title">The title of its first article.</param>
/// <param name="Articles">Its articles' ids, in corpus order.</param>
/// <param name="Names">The names most of its articles give, folded as they are compared (odisha, نينوي), most shared first.</param>
public sealed record CorpusStoryModel(string Id, string Identifier, string Title, EquatableArray<string> Articles, EquatableArray<string> Names);
