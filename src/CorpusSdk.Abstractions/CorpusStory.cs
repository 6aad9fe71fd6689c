using System;
using System.Collections.Generic;

namespace CorpusSdk;

/// <summary>
/// A story of the corpus: the articles that report one event, grouped from the people, organisations and places they
/// name and the days they were published. Not a <see cref="Story"/>, which is one part of one file.
/// </summary>
public sealed class CorpusStory
{
    /// <summary>Creates a story. Called by generated code, with named arguments.</summary>
    public CorpusStory(string id, string title, IReadOnlyList<string> articleIds, IReadOnlyList<string> names, IReadOnlyList<string> factIds)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        ArticleIds = articleIds ?? throw new ArgumentNullException(nameof(articleIds));
        Names = names ?? throw new ArgumentNullException(nameof(names));
        FactIds = factIds ?? throw new ArgumentNullException(nameof(factIds));
    }

    /// <summary>The story's stable id, as the export writes it (<c>story-…</c>).</summary>
    public string Id { get; }

    /// <summary>The title of its first article.</summary>
    public string Title { get; }

    /// <summary>Its articles' identifiers, in corpus order.</summary>
    public IReadOnlyList<string> ArticleIds { get; }

    /// <summary>The names most of its articles give, folded as they are compared, most shared first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The ids of its facts (<see cref="Fact.Id"/>), in the order of their first statements.</summary>
    public IReadOnlyList<string> FactIds { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " (" + ArticleIds.Count + " articles): " + Title;
}
