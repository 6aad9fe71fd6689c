namespace CorpusSdk.Extraction.Model;

/// <summary>
/// What the extraction finds in one corpus file. Value-equatable, with no Roslyn type in it: the generator caches it
/// per file, keyed on the file's text, and the CLI exports it.
/// </summary>
/// <param name="File">The path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="IdentifierHint">The C# identifier the file name suggests; the link stage makes it unique.</param>
/// <param name="IsReadable">False when the file could not be read as text (CORPUS001): it gets no article.</param>
/// <param name="Language">ISO 639-1 code from the script of the text, or null.</param>
/// <param name="Title">The headline as written, or null.</param>
/// <param name="TitleLine">The 1-based line of the title, or 0 when there is none.</param>
/// <param name="Paragraphs">Body paragraphs in order.</param>
/// <param name="Diagnostics">Findings about this file alone.</param>
public sealed record ArticleModel(
    string File,
    string IdentifierHint,
    bool IsReadable,
    string? Language,
    string? Title,
    int TitleLine,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<DiagnosticInfo> Diagnostics);
