using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;

namespace CorpusSdk.Extraction;

/// <summary>
/// A corpus read from a folder: the linked model, every finding about it in a stable order (those its .editorconfig
/// files set to <c>none</c> left out, as the build leaves them out), and the severity each is reported at.
/// </summary>
public sealed record LoadedCorpus(CorpusModel Corpus, IReadOnlyList<DiagnosticInfo> Diagnostics, CorpusSeverities Severities)
{
    /// <summary>A corpus whose findings are reported at the catalog's severities.</summary>
    public LoadedCorpus(CorpusModel corpus, IReadOnlyList<DiagnosticInfo> diagnostics)
        : this(corpus, diagnostics, CorpusSeverities.Default)
    {
    }

    /// <summary>The severity a finding is reported at: the catalog's, or what the corpus's .editorconfig sets.</summary>
    public CorpusSeverity SeverityOf(DiagnosticInfo diagnostic) =>
        Severities.SeverityOf(diagnostic) ?? DiagnosticCatalog.Get(diagnostic.Id).DefaultSeverity;
}

/// <summary>
/// Runs the whole extraction over a folder the way the generator runs it over AdditionalFiles (the CLI uses this), so
/// that the export and the generated API come from the same model: every <c>*.txt</c> below the folder, decoded from its
/// bytes, extracted, then linked with the folder's <c>lexicon.json</c>, if it has one.
/// </summary>
public static class CorpusFolder
{
    public const string FilePattern = "*.txt";

    public static LoadedCorpus Load(string folder, long maxFileSize = ArticleExtractor.DefaultMaxFileSize) =>
        Load(folder, maxFileSize, filesRead: null);

    /// <param name="filesRead">Called after each file is extracted with the count done and the count of files, so a
    /// command can show progress on a large corpus; null for none.</param>
    public static LoadedCorpus Load(string folder, long maxFileSize, Action<int, int>? filesRead)
    {
        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, FilePattern, SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: RelativePath(root, path)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        var articles = new List<ArticleModel>(files.Count);
        foreach (var file in files)
        {
            articles.Add(Extract(file.Path, file.Relative, maxFileSize));
            filesRead?.Invoke(articles.Count, files.Count);
        }
        var lexicon = ReadLexicon(root);
        var corpus = ArticleLinker.LinkSafely(articles, lexicon);
        var severities = CorpusSeverities.Read(root);
        var diagnostics = articles.SelectMany(a => a.Diagnostics).Concat(lexicon.Problems).Concat(corpus.Diagnostics)
            .Where(d => severities.SeverityOf(d) is not null)
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartLine).ThenBy(d => d.Span.StartColumn)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new LoadedCorpus(corpus, diagnostics, severities);
    }

    private static ArticleModel Extract(string path, string relative, long maxFileSize)
    {
        // A UTF-8 text is at most 4 times its bytes on disk in any encoding a BOM names (UTF-16: 1.5x, UTF-32: 1x):
        // a file that large cannot be under the limit, and is not read at all.
        var onDisk = new FileInfo(path).Length;
        if (onDisk > 4 * maxFileSize) return ArticleExtractor.TooLarge(relative, onDisk, maxFileSize);
        var decoded = CorpusFileDecoder.Decode(File.ReadAllBytes(path));
        if (decoded.Text is null) return ArticleExtractor.Unreadable(relative, SourceSpan.FileStart, decoded.Problem ?? "unknown encoding");
        // The limit counts the text's UTF-8 bytes, as the generator counts them, so the CLI and the build agree.
        var size = System.Text.Encoding.UTF8.GetByteCount(decoded.Text);
        return size > maxFileSize ? ArticleExtractor.TooLarge(relative, size, maxFileSize) : ArticleExtractor.Extract(relative, decoded.Text);
    }

    /// <summary>The corpus lexicon at the folder's root, or an empty one; an unreadable file is CORPUS008 (reading is decoding).</summary>
    private static CorpusLexicon ReadLexicon(string root)
    {
        var path = Path.Combine(root, LexiconReader.FileName);
        if (!File.Exists(path)) return CorpusLexicon.Empty;
        var decoded = CorpusFileDecoder.Decode(File.ReadAllBytes(path));
        if (decoded.Text is null)
        {
            return new CorpusLexicon(EquatableArray<LexiconEntry>.Empty, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(Diagnostics.DiagnosticCatalog.InvalidConfiguration.Id, LexiconReader.FileName, SourceSpan.FileStart,
                    LexiconReader.FileName + ": cannot be read as text: " + (decoded.Problem ?? "unknown encoding")),
            }));
        }
        return LexiconReader.Read(LexiconReader.FileName, decoded.Text);
    }

    private static string RelativePath(string root, string path)
    {
        var relative = path.Substring(root.Length).Replace('\\', '/');
        return relative.TrimStart('/');
    }
}
