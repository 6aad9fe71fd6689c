using System.Threading;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Generator;

/// <summary>A corpus file as read: where it is (for diagnostics), its path in the corpus, and its text. Equatable by value.</summary>
/// <param name="Path">The file's full path, as MSBuild gave it; used only to place diagnostics, never in generated code.</param>
/// <param name="RelativePath">The path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="Text">The decoded text, or null when the compiler could not read the file or it is over the limit.</param>
/// <param name="Size">The file's size in bytes (UTF-8), when it is over the limit; else 0.</param>
/// <param name="MaxFileSize">The limit it was read under.</param>
internal sealed record CorpusFile(string Path, string RelativePath, string? Text, long Size, long MaxFileSize)
{
    public static CorpusFile? Read(AdditionalText file, ReadOptions options, CancellationToken cancellationToken)
    {
        var relative = CorpusPaths.RelativePath(file.Path, options.RootDirectory);
        if (relative is null) return null;
        var text = file.GetText(cancellationToken);
        if (text is null) return new CorpusFile(file.Path, relative, null, 0, options.MaxFileSize);
        // Characters are at most 3 UTF-8 bytes each (a surrogate pair is 4 bytes for 2), so the text's length bounds
        // its size cheaply; only a text near the limit is measured exactly. An oversized text is not kept in the model.
        if (text.Length * 3L > options.MaxFileSize)
        {
            var size = System.Text.Encoding.UTF8.GetByteCount(text.ToString());
            if (size > options.MaxFileSize) return new CorpusFile(file.Path, relative, null, size, options.MaxFileSize);
        }
        return new CorpusFile(file.Path, relative, text.ToString(), 0, options.MaxFileSize);
    }
}

/// <summary>The options that decide which files are read and how: the corpus folder and the size limit.</summary>
internal sealed record ReadOptions(string? RootDirectory, long MaxFileSize);

/// <summary>The extraction's model of a corpus file, with the full path its diagnostics are reported at.</summary>
internal sealed record ExtractedFile(string Path, CorpusSdk.Extraction.Model.ArticleModel Article);

/// <summary>The corpus lexicon as read, with its full path to report its problems at. Equatable by value.</summary>
internal sealed record LexiconFile(string Path, CorpusSdk.Extraction.Model.CorpusLexicon Lexicon)
{
    public static LexiconFile Empty { get; } = new(string.Empty, CorpusSdk.Extraction.Model.CorpusLexicon.Empty);

    public static LexiconFile? Read(AdditionalText file, ReadOptions options, CancellationToken cancellationToken)
    {
        if (!CorpusPaths.IsLexicon(file.Path, options.RootDirectory)) return null;
        var text = file.GetText(cancellationToken);
        return new LexiconFile(file.Path, CorpusSdk.Extraction.Read.LexiconReader.Read(CorpusSdk.Extraction.Read.LexiconReader.FileName, text?.ToString() ?? string.Empty));
    }
}
