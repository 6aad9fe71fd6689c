using System;
using System.Collections.Generic;

namespace CorpusSdk;

/// <summary>What kind of thing an entity is.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation: a ministry, a government, an army, a party, a coalition.</summary>
    Organization,

    /// <summary>A place: a country, a city, a region.</summary>
    Place,
}

/// <summary>Where a spelling of an entity is written.</summary>
public sealed class Occurrence
{
    /// <summary>Creates an occurrence. Called by generated code.</summary>
    public Occurrence(string articleId, string file, int line, int column)
    {
        ArticleId = articleId ?? throw new ArgumentNullException(nameof(articleId));
        File = file ?? throw new ArgumentNullException(nameof(file));
        Line = line;
        Column = column;
    }

    /// <summary>The article's identifier (its member in <c>Articles</c>).</summary>
    public string ArticleId { get; }

    /// <summary>The corpus file, relative to the corpus folder.</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <inheritdoc/>
    public override string ToString() => File + "(" + Line + "," + Column + ")";
}

/// <summary>One spelling of an entity, as written, and everywhere it is written.</summary>
public sealed class Spelling
{
    /// <summary>Creates a spelling. Called by generated code.</summary>
    public Spelling(string text, IReadOnlyList<Occurrence> occurrences)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Occurrences = occurrences ?? throw new ArgumentNullException(nameof(occurrences));
    }

    /// <summary>The spelling as written.</summary>
    public string Text { get; }

    /// <summary>Where it is written.</summary>
    public IReadOnlyList<Occurrence> Occurrences { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>A person, organisation or place of the corpus: every mention of it, in every article, linked.</summary>
public sealed class Entity
{
    /// <summary>Creates an entity. Called by generated code, with named arguments.</summary>
    public Entity(string id, EntityKind kind, string name, IReadOnlyList<Spelling> spellings, IReadOnlyList<string> roles, IReadOnlyList<string> articleIds, string? acronym)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Kind = kind;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Spellings = spellings ?? throw new ArgumentNullException(nameof(spellings));
        Roles = roles ?? throw new ArgumentNullException(nameof(roles));
        ArticleIds = articleIds ?? throw new ArgumentNullException(nameof(articleIds));
        Acronym = acronym;
    }

    /// <summary>The entity's stable id (<c>tum-barak</c>), as the export writes it.</summary>
    public string Id { get; }

    /// <summary>Person, organisation or place.</summary>
    public EntityKind Kind { get; }

    /// <summary>The preferred spelling.</summary>
    public string Name { get; }

    /// <summary>Every spelling met, with where each is written.</summary>
    public IReadOnlyList<Spelling> Spellings { get; }

    /// <summary>Every role or title the corpus gives, as written.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The identifiers of the articles that mention it.</summary>
    public IReadOnlyList<string> ArticleIds { get; }

    /// <summary>An organisation's acronym, when the corpus gives one, or <see langword="null"/>.</summary>
    public string? Acronym { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
