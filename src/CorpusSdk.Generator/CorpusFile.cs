using System.Threading;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Generator;

/// <summary>A corpus file as read: where it is (for diagnostics), its path in the corpus, and its text. Equatable by value.</summary>
/// <param name="Path">The file's full path, as MSBuild gave it; used only to place diagnostics, never in generated code.</param>
/// <param name="RelativePath">The path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="Text">The decoded text, or null when the compiler could not read the file.</param>
internal sealed record CorpusFile(string Path, string RelativePath, string? Text)
{
    public static CorpusFile? Read(AdditionalText file, CorpusOptions options, CancellationToken cancellationToken)
    {
        var relative = CorpusPaths.RelativePath(file.Path, options.RootDirectory);
        if (relative is null) return null;
        return new CorpusFile(file.Path, relative, file.GetText(cancellationToken)?.ToString());
    }
}

/// <summary>The extraction's model of a corpus file, with the full path its diagnostics are reported at.</summary>
internal sealed record ExtractedFile(string Path, CorpusSdk.Extraction.Model.ArticleModel Article);
