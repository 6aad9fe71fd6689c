namespace CorpusSdk.Extraction.Model;

/// <summary>Where a spelling of an entity is written: the article, its file, and the place in it.</summary>
public sealed record EntityOccurrence(string Article, string File, SourceSpan Span)
{
    public int Line => Span.StartLine;

    public int Column => Span.StartColumn;
}

/// <summary>One spelling of an entity, as written, and every place it is written.</summary>
public sealed record EntitySpelling(string Text, EquatableArray<EntityOccurrence> Occurrences);

/// <summary>
/// A person, organisation or place of the corpus: every mention of it linked, within and across articles.
/// </summary>
/// <param name="Id">Stable id (<c>tum-barak</c>): the lexicon's, else the transliterated first full spelling met; unique.</param>
/// <param name="Identifier">The C# identifier of its member (<c>People.TumBarak</c>), unique within its kind.</param>
/// <param name="Kind">One of <see cref="EntityKinds"/>.</param>
/// <param name="Name">The preferred spelling: the lexicon's, else the fullest spelling written most often.</param>
/// <param name="Spellings">Every spelling met, in the order first met, with where each is written.</param>
/// <param name="Roles">Every role or title given, as first written, in the order met.</param>
/// <param name="Articles">The ids of the articles that mention it, in corpus order.</param>
/// <param name="Acronym">An organisation's acronym, when the corpus gives one.</param>
public sealed record EntityModel(
    string Id,
    string Identifier,
    string Kind,
    string Name,
    EquatableArray<EntitySpelling> Spellings,
    EquatableArray<string> Roles,
    EquatableArray<string> Articles,
    string? Acronym);
