namespace CorpusSdk.Extraction.Model;

/// <summary>The kinds of entity, as the export names them.</summary>
public static class EntityKinds
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Place = "place";
}

/// <summary>
/// A place in an article that names a person, an organisation or a place.
/// </summary>
/// <param name="Span">Where the name is written (without a conjunction or preposition joined to it: بالرياض → الرياض).</param>
/// <param name="Kind">One of <see cref="EntityKinds"/>.</param>
/// <param name="Text">The name as written there.</param>
/// <param name="Name">The name the article gives the entity: the full name for a surname (الشيباني → أسعد الشيباني), the
/// expansion for an acronym (قسد → قوات سوريا الديمقراطية), else the text.</param>
/// <param name="Roles">The roles or titles written with it (وزير الخارجية; السفير الأميركي لدى تركيا، المبعوث الخاص إلى سوريا).</param>
/// <param name="Acronym">The acronym an organisation is given beside its name (قسد), or null.</param>
/// <param name="Tentative">A mention that stands only if it joins an entity named in full elsewhere in the corpus: an
/// English acronym alone (the SDF), which could be anything until some article spells it out.</param>
public sealed record MentionModel(SourceSpan Span, string Kind, string Text, string Name, EquatableArray<string> Roles, string? Acronym, bool Tentative = false)
{
    public int Line => Span.StartLine;
}
