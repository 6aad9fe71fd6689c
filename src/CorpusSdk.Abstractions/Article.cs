using System;
using System.Collections.Generic;

namespace CorpusSdk;

/// <summary>One article of the corpus: a file in the corpus folder, as the extraction read it.</summary>
/// <remarks>Instances are built by the code CorpusSdk generates; consumer code reads them.</remarks>
public sealed class Article
{
    /// <summary>Creates an article. Called by generated code, with named arguments.</summary>
    public Article(
        string id,
        string file,
        string? title,
        TitleSource titleSource,
        int titleLine,
        string? language,
        string? outlet,
        string? author,
        CorpusDate? published,
        DateSource? publishedSource,
        string? section,
        string? url,
        IReadOnlyList<string> tags,
        IReadOnlyList<CorpusLine> captions,
        IReadOnlyList<CorpusLine> subheadings,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Story> stories,
        IReadOnlyList<DroppedLine> dropped,
        IReadOnlyList<Quote>? quotes = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        File = file ?? throw new ArgumentNullException(nameof(file));
        Title = title;
        TitleSource = titleSource;
        TitleLine = titleLine;
        Language = language;
        Outlet = outlet;
        Author = author;
        Published = published;
        PublishedSource = published is null ? null : publishedSource;
        Section = section;
        Url = url;
        Tags = tags ?? throw new ArgumentNullException(nameof(tags));
        Captions = captions ?? throw new ArgumentNullException(nameof(captions));
        Subheadings = subheadings ?? throw new ArgumentNullException(nameof(subheadings));
        Paragraphs = paragraphs ?? throw new ArgumentNullException(nameof(paragraphs));
        Stories = stories ?? throw new ArgumentNullException(nameof(stories));
        Dropped = dropped ?? throw new ArgumentNullException(nameof(dropped));
        Quotes = quotes ?? Array.Empty<Quote>();
    }

    /// <summary>The article's identifier: the name of its member in the generated <c>Articles</c> class.</summary>
    public string Id { get; }

    /// <summary>The file's path relative to the corpus folder, with <c>/</c> separators.</summary>
    public string File { get; }

    /// <summary>The headline as written; the lead's first sentence when the file has none (see <see cref="TitleSource"/>).</summary>
    public string? Title { get; }

    /// <summary>Where <see cref="Title"/> comes from.</summary>
    public TitleSource TitleSource { get; }

    /// <summary>The 1-based line of the title in the file, or 0.</summary>
    public int TitleLine { get; }

    /// <summary>The ISO 639-1 code of the article's language (<c>ar</c>, <c>en</c>), or <see langword="null"/> when unknown.</summary>
    public string? Language { get; }

    /// <summary>The publishing outlet, as written, or <see langword="null"/> when the file does not say.</summary>
    public string? Outlet { get; }

    /// <summary>The byline's author, or <see langword="null"/>.</summary>
    public string? Author { get; }

    /// <summary>When the article was published, at the precision the file gives, or <see langword="null"/>.</summary>
    public CorpusDate? Published { get; }

    /// <summary>Where <see cref="Published"/> comes from, or <see langword="null"/> when there is no date.</summary>
    public DateSource? PublishedSource { get; }

    /// <summary>The site section the page sits in, or <see langword="null"/>.</summary>
    public string? Section { get; }

    /// <summary>The page's address, when the front matter gives it.</summary>
    public string? Url { get; }

    /// <summary>The page's tags or keywords.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Image captions and similar lines that are not body text.</summary>
    public IReadOnlyList<CorpusLine> Captions { get; }

    /// <summary>Cross-heads inside the body.</summary>
    public IReadOnlyList<CorpusLine> Subheadings { get; }

    /// <summary>The body paragraphs, in order, with the line each is on; no boilerplate, captions or cross-heads.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The stories of the file: one for most articles.</summary>
    public IReadOnlyList<Story> Stories { get; }

    /// <summary>Lines kept out of the body, each with the reason.</summary>
    public IReadOnlyList<DroppedLine> Dropped { get; }

    /// <summary>The quotes of the body, in the order of the file, with their speakers.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " (" + File + ")";
}
