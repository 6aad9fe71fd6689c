using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Generator;

/// <summary>Builds Roslyn diagnostics from the catalog and the extraction's <see cref="DiagnosticInfo"/> records, located in corpus files.</summary>
internal static class DiagnosticFactory
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new(StringComparer.Ordinal);

    /// <summary>
    /// The descriptor of <paramref name="id"/>, its help link on the diagnostics page at <paramref name="helpPage"/>
    /// (CorpusSdkHelpLinkBase, which build/CorpusSdk.targets sets to the docs the package carries): one per page, since
    /// that is a setting of each build, not of the generator.
    /// </summary>
    public static DiagnosticDescriptor Descriptor(string id, string? helpPage = null) => Descriptors.GetOrAdd(id + "\n" + helpPage, _ =>
    {
        var entry = DiagnosticCatalog.Get(id);
        return new DiagnosticDescriptor(entry.Id, entry.Title, entry.MessageFormat, entry.Category, Map(entry.DefaultSeverity),
            isEnabledByDefault: true, helpLinkUri: entry.HelpLink(helpPage));
    });

    /// <summary>
    /// The descriptor of a summary of findings past the cap (<see cref="FindingCap"/>): the ID's own, with the summary's
    /// message, so the ID's configured severity applies to it.
    /// </summary>
    private static DiagnosticDescriptor SummaryDescriptor(string id, string? helpPage) => Descriptors.GetOrAdd(id + " summary\n" + helpPage, _ =>
    {
        var entry = DiagnosticCatalog.Get(id);
        return new DiagnosticDescriptor(entry.Id, entry.Title, FindingCap.SummaryFormat, entry.Category, Map(entry.DefaultSeverity),
            isEnabledByDefault: true, helpLinkUri: entry.HelpLink(helpPage));
    });

    public static Diagnostic Create(DiagnosticInfo info, string? path, string? helpPage = null, IReadOnlyDictionary<string, string>? fullPaths = null) =>
        Create(info, path, severity: null, helpPage, fullPaths)!;

    /// <summary>
    /// The diagnostic at <paramref name="severity"/> when the corpus file's analyzer config sets one (see
    /// <see cref="FileSeverities"/>), or null when it sets <c>none</c>.
    /// </summary>
    public static Diagnostic? Create(DiagnosticInfo info, string? path, DiagnosticSeverity? severity, string? helpPage, IReadOnlyDictionary<string, string>? fullPaths = null)
    {
        if (severity == FileSeverities.Suppressed) return null;
        var related = info.Related
            .Select(r => fullPaths is not null && fullPaths.TryGetValue(r.File, out var full) ? Place(full, r.Span) : null)
            .Where(l => l is not null)
            .Cast<Location>();
        var descriptor = info.NotListed > 0 ? SummaryDescriptor(info.Id, helpPage) : Descriptor(info.Id, helpPage);
        return Diagnostic.Create(descriptor, path is null ? Location.None : Place(path, info.Span), severity ?? descriptor.DefaultSeverity,
            related, properties: null, info.MessageArguments.Cast<object>().ToArray());
    }

    /// <summary>A location in a corpus file: Roslyn shows it with the file's path, line and column in the build and the editor.</summary>
    private static Location Place(string path, SourceSpan span) => Location.Create(
        path,
        new TextSpan(span.Start, span.Length),
        new LinePositionSpan(
            new LinePosition(span.StartLine - 1, span.StartColumn - 1),
            new LinePosition(span.EndLine - 1, span.EndColumn - 1)));

    private static DiagnosticSeverity Map(CorpusSeverity severity) => severity switch
    {
        CorpusSeverity.Error => DiagnosticSeverity.Error,
        CorpusSeverity.Warning => DiagnosticSeverity.Warning,
        CorpusSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
