namespace CorpusSdk.Extraction.Model;

/// <summary>
/// One entity a team curates in the corpus lexicon (docs/extraction.md, "The corpus lexicon"): what discovery would
/// otherwise guess, stated.
/// </summary>
/// <param name="Id">The entity's id in the export (<c>tom-barrack</c>).</param>
/// <param name="LatinName">The name its C# identifier is made from (<c>Tom Barrack</c> → <c>People.TomBarrack</c>), or null.</param>
/// <param name="Kind">One of <see cref="EntityKinds"/>.</param>
/// <param name="Spellings">Its spellings; the first is the preferred one. Mentions that match any of them are this entity.</param>
/// <param name="Roles">Roles to list with it besides those the corpus gives.</param>
public sealed record LexiconEntry(string Id, string? LatinName, string Kind, EquatableArray<string> Spellings, EquatableArray<string> Roles);

/// <summary>The corpus lexicon: curated entities, and the problems found reading the file (CORPUS008).</summary>
public sealed record CorpusLexicon(EquatableArray<LexiconEntry> Entries, EquatableArray<DiagnosticInfo> Problems)
{
    public static CorpusLexicon Empty { get; } = new(EquatableArray<LexiconEntry>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}
