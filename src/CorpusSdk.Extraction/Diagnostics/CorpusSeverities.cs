using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Diagnostics;

/// <summary>
/// The severities that a corpus folder's .editorconfig files set for its findings, read the way the build reads them
/// (<see cref="EditorConfigFile"/>): the files in the corpus folder and its subfolders and in every folder above it,
/// the nearest winning. The CLI reports at these, so that <c>check</c> fails where the build fails.
/// </summary>
public sealed class CorpusSeverities
{
    private readonly string _root;
    private readonly IReadOnlyList<EditorConfigFile> _configs;
    private readonly Dictionary<string, Dictionary<string, CorpusSeverity?>> _byFile = new(StringComparer.Ordinal);

    private CorpusSeverities(string root, IReadOnlyList<EditorConfigFile> configs)
    {
        _root = root;
        _configs = configs;
    }

    /// <summary>The catalog's defaults: no .editorconfig applies.</summary>
    public static CorpusSeverities Default { get; } = new(string.Empty, Array.Empty<EditorConfigFile>());

    /// <summary>The severities for the corpus at <paramref name="folder"/>; a config that cannot be read is left out.</summary>
    public static CorpusSeverities Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        var paths = new List<string>();
        try
        {
            paths.AddRange(Directory.EnumerateFiles(root, EditorConfigFile.FileName, SearchOption.AllDirectories));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable subfolders hold no config the CLI can apply; the articles' own errors say what was not read.
        }
        for (var above = Directory.GetParent(root); above is not null; above = above.Parent)
        {
            var path = Path.Combine(above.FullName, EditorConfigFile.FileName);
            if (File.Exists(path)) paths.Add(path);
        }
        var configs = new List<EditorConfigFile>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            if (EditorConfigFile.Read(path, text) is { } config) configs.Add(config);
        }
        return configs.Count == 0 ? Default : new CorpusSeverities(root.Replace('\\', '/').TrimEnd('/'), configs);
    }

    /// <summary>The severity <paramref name="diagnostic"/> is reported at, or null when a config sets <c>none</c>.</summary>
    public CorpusSeverity? SeverityOf(DiagnosticInfo diagnostic)
    {
        var fallback = DiagnosticCatalog.Get(diagnostic.Id).DefaultSeverity;
        if (_configs.Count == 0 || string.IsNullOrEmpty(diagnostic.File)) return fallback;
        Dictionary<string, CorpusSeverity?> set;
        lock (_byFile)
        {
            if (!_byFile.TryGetValue(diagnostic.File, out set!))
            {
                set = new Dictionary<string, CorpusSeverity?>(StringComparer.Ordinal);
                foreach (var entry in EditorConfigSeverities.For(_root + "/" + diagnostic.File, _configs))
                {
                    set[entry.Id] = ConfiguredSeverity.Parse(entry.Severity, out _);
                }
                _byFile[diagnostic.File] = set;
            }
        }
        return set.TryGetValue(diagnostic.Id, out var configured) ? configured : fallback;
    }
}
