using System;

namespace CorpusSdk.Generator;

/// <summary>
/// Which additional files belong to the corpus, and their paths relative to it. Paths are compared with <c>/</c>
/// separators so that a corpus gives the same relative paths, and so the same identifiers, on every OS.
/// </summary>
internal static class CorpusPaths
{
    public const string Extension = ".txt";

    public static string Normalize(string path) => path.Replace('\\', '/');

    public static string AsDirectory(string path)
    {
        var normalized = Normalize(path);
        return normalized.EndsWith("/", StringComparison.Ordinal) ? normalized : normalized + "/";
    }

    public static string Combine(string directory, string name) => AsDirectory(directory) + name;

    /// <summary>
    /// Whether <paramref name="filePath"/> is the corpus lexicon: <c>lexicon.json</c> at the corpus root (with no root
    /// known, in a folder named <c>corpus</c>).
    /// </summary>
    public static bool IsLexicon(string filePath, string? rootDirectory)
    {
        var path = Normalize(filePath);
        return rootDirectory is not null
            ? path == rootDirectory + Extraction.Read.LexiconReader.FileName
            : path.EndsWith("/" + CorpusOptions.DefaultFolderName + "/" + Extraction.Read.LexiconReader.FileName, StringComparison.Ordinal);
    }

    /// <summary>
    /// The path of <paramref name="filePath"/> relative to the corpus root, or null when the file is not a corpus file:
    /// not a <c>.txt</c>, or not under the root. With no root known (no ProjectDir, no CorpusSdkRoot), a file is in the
    /// corpus when a folder named <c>corpus</c> holds it, and its path is taken from the last such folder.
    /// </summary>
    public static string? RelativePath(string filePath, string? rootDirectory)
    {
        var path = Normalize(filePath);
        if (!path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) return null;
        if (rootDirectory is not null)
        {
            return path.StartsWith(rootDirectory, StringComparison.Ordinal) && path.Length > rootDirectory.Length
                ? path.Substring(rootDirectory.Length)
                : null;
        }
        var marker = "/" + CorpusOptions.DefaultFolderName + "/";
        var at = path.LastIndexOf(marker, StringComparison.Ordinal);
        if (at >= 0) return path.Substring(at + marker.Length);
        return path.StartsWith(CorpusOptions.DefaultFolderName + "/", StringComparison.Ordinal)
            ? path.Substring(CorpusOptions.DefaultFolderName.Length + 1)
            : null;
    }
}
