namespace CorpusSdk.Extraction.Model;

/// <summary>An article with the identifier the link stage gave it, unique in the corpus.</summary>
public sealed record LinkedArticle(string Id, ArticleModel Article);

/// <summary>
/// The whole corpus after the cross-file stages: articles in ordinal order of their files, with unique identifiers,
/// and the findings that need more than one file.
/// </summary>
public sealed record CorpusModel(EquatableArray<LinkedArticle> Articles, EquatableArray<DiagnosticInfo> Diagnostics);
