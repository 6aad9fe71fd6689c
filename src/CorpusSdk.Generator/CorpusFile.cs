using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Generator;

/// <summary>A corpus file as read: where it is (for diagnostics), its path in the corpus, and its text. Equatable by value.</summary>
/// <param name="Path">The file's full path, as MSBuild gave it; used only to place diagnostics, never in generated code.</param>
/// <param name="RelativePath">The path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="Text">The decoded text, or null when the compiler could not read the file or it is over the limit.</param>
/// <param name="Size">The file's size in bytes (UTF-8), when it is over the limit; else 0.</param>
/// <param name="MaxFileSize">The limit it was read under.</param>
/// <param name="Problem">Why the text is null when the compiler read the file but not as Unicode (CORPUS001's reason).</param>
internal sealed record CorpusFile(string Path, string RelativePath, string? Text, long Size, long MaxFileSize, string? Problem = null)
{
    /// <summary>
    /// The list of binary corpus files the package's targets leave out of the compilation (CS2015 would fail it),
    /// written under obj/ (build/CorpusSdk.targets, CorpusSdkSkipBinaryFiles): each line a full path, a tab and the
    /// offset of the file's first NUL pair.
    /// </summary>
    public const string BinaryListName = "CorpusSdk.BinaryFiles.corpussdk";

    /// <summary>
    /// The corpus files an additional file stands for: itself when it is in the corpus folder, each file it lists when
    /// it is the list of binary files (text null, CORPUS001's reason as the CLI words it), else none.
    /// </summary>
    public static IEnumerable<CorpusFile> ReadAll(AdditionalText file, ReadOptions options, CancellationToken cancellationToken)
    {
        if (!file.Path.EndsWith(BinaryListName, System.StringComparison.Ordinal))
        {
            return Read(file, options, cancellationToken) is { } read ? new[] { read } : System.Array.Empty<CorpusFile>();
        }
        var listed = new List<CorpusFile>();
        var lines = file.GetText(cancellationToken)?.ToString().Split('\n') ?? System.Array.Empty<string>();
        foreach (var line in lines)
        {
            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.Substring(tab + 1).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset)) continue;
            var path = line.Substring(0, tab);
            if (CorpusPaths.RelativePath(path, options.RootDirectory) is not { } relative) continue;
            listed.Add(new CorpusFile(path, relative, null, 0, options.MaxFileSize, CorpusSdk.Extraction.Read.CorpusFileDecoder.Binary(offset)));
        }
        return listed;
    }

    public static CorpusFile? Read(AdditionalText file, ReadOptions options, CancellationToken cancellationToken)
    {
        var relative = CorpusPaths.RelativePath(file.Path, options.RootDirectory);
        if (relative is null) return null;
        var text = file.GetText(cancellationToken);
        if (text is null) return new CorpusFile(file.Path, relative, null, 0, options.MaxFileSize);
        if (NotUnicode(text) is { } problem) return new CorpusFile(file.Path, relative, null, 0, options.MaxFileSize, problem);
        // Characters are at most 3 UTF-8 bytes each (a surrogate pair is 4 bytes for 2), so the text's length bounds
        // its size cheaply; only a text near the limit is measured exactly. An oversized text is not kept in the model.
        if (text.Length * 3L > options.MaxFileSize)
        {
            var size = System.Text.Encoding.UTF8.GetByteCount(text.ToString());
            if (size > options.MaxFileSize) return new CorpusFile(file.Path, relative, null, size, options.MaxFileSize);
        }
        return new CorpusFile(file.Path, relative, text.ToString(), 0, options.MaxFileSize);
    }

    /// <summary>
    /// Corpus files are UTF-8 (or UTF-16/32 with a BOM). A file that is not, the compiler decodes with a fallback: UTF-8
    /// with U+FFFD for each bad byte on Linux and macOS (the extraction reports those), the machine's ANSI code page on
    /// Windows, which turns Arabic in Windows-1256 into Latin gibberish, or into Arabic only on an Arabic Windows. Either
    /// way the build would depend on the machine and differ from the CLI, which reads bytes as UTF-8: such a file is
    /// CORPUS001, with the encoding it likely is (its bytes are recovered exactly, the fallback being single-byte).
    /// </summary>
    private static string? NotUnicode(Microsoft.CodeAnalysis.Text.SourceText text)
    {
        if (text.Encoding is not { } encoding) return null;
        switch (encoding.CodePage)
        {
            case 65001: case 1200: case 1201: case 12000: case 12001: return null;
        }
        string hint;
        try
        {
            hint = CorpusSdk.Extraction.Read.CorpusFileDecoder.LikelyEncoding(encoding.GetBytes(text.ToString()));
        }
        catch (System.Text.EncoderFallbackException)
        {
            hint = "save it as UTF-8";
        }
        return "it is not valid UTF-8, and the compiler read it as " + encoding.WebName + "; " + hint;
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
