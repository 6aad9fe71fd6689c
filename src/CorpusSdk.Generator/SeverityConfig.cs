using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Generator;

/// <summary>The severities the .editorconfig files set for one corpus file (see <see cref="EditorConfigFile"/>).</summary>
/// <param name="Path">The file's full path, as its diagnostics are located.</param>
/// <param name="Overrides">The IDs the configs set, in catalog order.</param>
internal sealed record FileSeverities(string Path, EquatableArray<SeverityOverride> Overrides)
{
    /// <summary>
    /// What a severity value means: the severity to report at, <see cref="Suppressed"/> for <c>none</c>, or null for
    /// <c>default</c> and values Roslyn does not know either (which leave the default).
    /// </summary>
    public static DiagnosticSeverity? Parse(string value)
    {
        var severity = ConfiguredSeverity.Parse(value, out var set);
        if (!set) return null;
        return severity switch
        {
            CorpusSeverity.Error => DiagnosticSeverity.Error,
            CorpusSeverity.Warning => DiagnosticSeverity.Warning,
            CorpusSeverity.Info => DiagnosticSeverity.Info,
            CorpusSeverity.Hidden => DiagnosticSeverity.Hidden,
            _ => Suppressed,
        };
    }

    /// <summary>Stands for <c>none</c>: not reported at all.</summary>
    public const DiagnosticSeverity Suppressed = (DiagnosticSeverity)(-1);
}

/// <summary>The configured severities of all corpus files, by full path.</summary>
internal sealed record SeverityMap(EquatableArray<FileSeverities> Files)
{
    public static SeverityMap Empty { get; } = new(EquatableArray<FileSeverities>.Empty);

    /// <summary>The severities the configs set for each of <paramref name="paths"/> (full paths of corpus files).</summary>
    public static SeverityMap From(IEnumerable<string> paths, IReadOnlyList<EditorConfigFile> configs)
    {
        if (configs.Count == 0) return Empty;
        var files = new List<FileSeverities>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            var overrides = EditorConfigSeverities.For(CorpusPaths.Normalize(path), configs);
            if (overrides.Count > 0) files.Add(new FileSeverities(path, overrides.ToEquatableArray()));
        }
        return new SeverityMap(files.ToEquatableArray());
    }

    /// <summary>A lookup of the severity set for an ID at a path (null for the default), built once per report.</summary>
    public Func<string?, string, DiagnosticSeverity?> Lookup()
    {
        if (Files.Count == 0) return static (_, _) => null;
        var byPath = new Dictionary<string, Dictionary<string, DiagnosticSeverity?>>(StringComparer.Ordinal);
        foreach (var file in Files) byPath[file.Path] = file.Overrides.ToDictionary(o => o.Id, o => FileSeverities.Parse(o.Severity), StringComparer.Ordinal);
        return (path, id) => path is not null && byPath.TryGetValue(path, out var ids) && ids.TryGetValue(id, out var severity) ? severity : null;
    }
}
