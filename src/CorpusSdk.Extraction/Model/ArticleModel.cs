namespace CorpusSdk.Extraction.Model;

/// <summary>
/// What the extraction finds in one corpus file. Value-equatable, with no Roslyn type in it: the generator caches it
/// per file, keyed on the file's text, and the CLI exports it.
/// </summary>
/// <param name="File">The path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="IdentifierHint">The C# identifier the front matter or the file name asks for; the link stage makes it unique.</param>
/// <param name="IsReadable">False when the file could not be read as text (CORPUS001) or was too large (CORPUS006): it gets no article.</param>
/// <param name="Language">ISO 639-1 code from the front matter or the script of the text, or null.</param>
/// <param name="Title">The headline as written; the lead's first sentence when the file has no headline; null when it has neither.</param>
/// <param name="TitleSource"><c>headline</c>, <c>lead</c>, <c>front-matter</c>, or null.</param>
/// <param name="TitleLine">The 1-based line of the title, or 0.</param>
/// <param name="Outlet">The publishing outlet as written, or null.</param>
/// <param name="Author">The byline's person's name, or null.</param>
/// <param name="Published">The publication date, or null.</param>
/// <param name="Section">The site section the page sits in, or null.</param>
/// <param name="Url">The page's address, from the front matter, or null.</param>
/// <param name="Tags">The page's tags or keywords.</param>
/// <param name="Captions">Image captions and similar non-body lines.</param>
/// <param name="Subheadings">Cross-heads inside the body.</param>
/// <param name="Paragraphs">Body paragraphs in order, without boilerplate, captions or subheadings.</param>
/// <param name="Stories">One per story in the file.</param>
/// <param name="Dropped">Lines kept out of the body, with the reason.</param>
/// <param name="Dates">Date expressions of the body, resolved against the publication date.</param>
/// <param name="Quotes">The body's quotes with their speakers, in the order of the file.</param>
/// <param name="Facts">The body's statements of fact: dates of events and counted numbers.</param>
/// <param name="Mentions">The people, organisations and places the headline, byline and body name, in the order of the file.</param>
/// <param name="Diagnostics">Findings about this file alone.</param>
public sealed record ArticleModel(
    string File,
    string IdentifierHint,
    bool IsReadable,
    string? Language,
    string? Title,
    string? TitleSource,
    int TitleLine,
    string? Outlet,
    string? Author,
    PublishedDate? Published,
    string? Section,
    string? Url,
    EquatableArray<string> Tags,
    EquatableArray<LineText> Captions,
    EquatableArray<LineText> Subheadings,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<StoryModel> Stories,
    EquatableArray<DroppedLine> Dropped,
    EquatableArray<DateMention> Dates,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<MentionModel> Mentions,
    EquatableArray<FactMention> Facts,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// The diagnostic IDs the file's front matter silences for itself (<c>suppress:</c>): its own findings with these IDs
    /// are dropped here, and the link stage drops the cross-source findings reported at this file.
    /// </summary>
    public EquatableArray<string> Suppressed { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// The body's content-word trigrams, hashed (<see cref="Check.TextSimilarity.TrigramFingerprint"/>): computed with the
    /// article, so that the cross-file stage compares articles for shared text (CORPUS206) without reading their text again.
    /// </summary>
    public EquatableArray<long> TextTrigrams { get; init; } = EquatableArray<long>.Empty;

    /// <summary>
    /// The names the article's mentions give, folded and sorted (<see cref="Link.StoryGrouper.Names"/>): computed with the
    /// article, so that the cross-file stage groups articles into stories from what fact gathering already reads.
    /// </summary>
    public EquatableArray<string> StoryNames { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// The length of the file's text (UTF-16 code units) as the extraction read it, or -1 when the text may not be read
    /// back the same from the file's bytes (it holds U+FFFD, the mark of bytes that were not valid Unicode). With
    /// <see cref="TextHash"/>, what lets generated code read paragraphs from the file embedded as a resource and check
    /// that it is the text they were found in (docs/architecture.md, "Corpus text in resources").
    /// </summary>
    public int TextLength { get; init; } = -1;

    /// <summary>The file's text's <see cref="StableHash"/>, when <see cref="TextLength"/> is not -1.</summary>
    public uint TextHash { get; init; }

    /// <summary>Whether a finding of this ID reported at this file is silenced by its front matter.</summary>
    public bool Suppresses(string id) => System.Linq.Enumerable.Contains(Suppressed, id);

    /// <summary>The model of a file that yields no article, with the findings that say why.</summary>
    public static ArticleModel NotAnArticle(string file, string identifierHint, EquatableArray<DiagnosticInfo> diagnostics) =>
        new(file, identifierHint, false, null, null, null, 0, null, null, null, null, null,
            EquatableArray<string>.Empty, EquatableArray<LineText>.Empty, EquatableArray<LineText>.Empty,
            EquatableArray<ParagraphModel>.Empty, EquatableArray<StoryModel>.Empty, EquatableArray<DroppedLine>.Empty,
            EquatableArray<DateMention>.Empty, EquatableArray<QuoteModel>.Empty, EquatableArray<MentionModel>.Empty, EquatableArray<FactMention>.Empty, diagnostics);
}
