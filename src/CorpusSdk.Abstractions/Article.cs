using System;
using System.Collections.Generic;

namespace CorpusSdk;

/// <summary>One article of the corpus: a file in the corpus folder, as the extraction read it.</summary>
/// <remarks>Instances are built by the code CorpusSdk generates; consumer code reads them.</remarks>
public sealed class Article
{
    /// <summary>Creates an article. Called by generated code.</summary>
    public Article(string id, string file, string? title, string? language, IReadOnlyList<Paragraph> paragraphs)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        File = file ?? throw new ArgumentNullException(nameof(file));
        Title = title;
        Language = language;
        Paragraphs = paragraphs ?? throw new ArgumentNullException(nameof(paragraphs));
    }

    /// <summary>The article's identifier: the name of its member in the generated <c>Articles</c> class.</summary>
    public string Id { get; }

    /// <summary>The file's path relative to the corpus folder, with <c>/</c> separators.</summary>
    public string File { get; }

    /// <summary>The headline as written, or <see langword="null"/> when the file has none.</summary>
    public string? Title { get; }

    /// <summary>The ISO 639-1 code of the article's language (<c>ar</c>, <c>en</c>), or <see langword="null"/> when unknown.</summary>
    public string? Language { get; }

    /// <summary>The body paragraphs, in order, with the line each starts on.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " (" + File + ")";
}
