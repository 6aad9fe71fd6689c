using System;
using System.Globalization;
using CorpusSdk.Extraction;
using System.Linq;
using CorpusSdk.Extraction.Link;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusSdk.Generator;

/// <summary>
/// The MSBuild properties the generator reads (CompilerVisibleProperty in build/CorpusSdk.props), reduced to a small
/// equatable record before they meet the files: when the single side of a Combine changes every pair runs again, so
/// only values that matter to the output are kept.
/// </summary>
/// <param name="Namespace">The namespace of the generated code.</param>
/// <param name="RootDirectory">The corpus folder, absolute, with <c>/</c> separators and a trailing <c>/</c>; null when unknown.</param>
/// <param name="InvalidNamespace">The value of CorpusSdkNamespace when it was not a valid namespace (CORPUS008), else null.</param>
/// <param name="MaxFileSize">The size limit in bytes (CorpusSdkMaxFileSize); larger files get CORPUS006 and no article.</param>
/// <param name="InvalidMaxFileSize">The value of CorpusSdkMaxFileSize when it was not a positive whole number, else null.</param>
/// <param name="HelpPage">The diagnostics page the help links point at (CorpusSdkHelpLinkBase), null when unset: it
/// reaches the diagnostics only, never the generated code.</param>
/// <param name="TextInResources">Whether the build embeds the corpus files as resources (CorpusSdkTextInResources, set by
/// build/CorpusSdk.targets), so that article text is read from them instead of being written into the generated code.</param>
internal sealed record CorpusOptions(string Namespace, string? RootDirectory, string? InvalidNamespace, long MaxFileSize, string? InvalidMaxFileSize, string? HelpPage = null,
    bool TextInResources = false)
{
    public const string TextInResourcesProperty = "build_property.CorpusSdkTextInResources";
    public const string HelpLinkBaseProperty = "build_property.CorpusSdkHelpLinkBase";
    public const string NamespaceProperty = "build_property.CorpusSdkNamespace";
    public const string RootProperty = "build_property.CorpusSdkRoot";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string ProjectDirProperty = "build_property.ProjectDir";
    public const string MaxFileSizeProperty = "build_property.CorpusSdkMaxFileSize";

    /// <summary>The folder name under the project where corpus files go when CorpusSdkRoot is not set.</summary>
    public const string DefaultFolderName = "corpus";

    public static CorpusOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GlobalOptions;
        var rootNamespace = Get(options, RootNamespaceProperty);
        var defaultNamespace = IsValidNamespace(rootNamespace) ? rootNamespace + ".Corpus" : "Corpus";

        var wanted = Get(options, NamespaceProperty);
        string? invalid = null;
        var ns = defaultNamespace;
        if (wanted is not null)
        {
            if (IsValidNamespace(wanted)) ns = wanted;
            else invalid = wanted;
        }

        var root = Get(options, RootProperty);
        if (root is null)
        {
            var projectDir = Get(options, ProjectDirProperty);
            root = projectDir is null ? null : CorpusPaths.Combine(projectDir, DefaultFolderName);
        }
        var maxFileSize = ArticleExtractor.DefaultMaxFileSize;
        string? invalidSize = null;
        if (Get(options, MaxFileSizeProperty) is { } size)
        {
            if (long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0) maxFileSize = parsed;
            else invalidSize = size;
        }
        return new CorpusOptions(ns, root is null ? null : CorpusPaths.AsDirectory(root), invalid, maxFileSize, invalidSize, Get(options, HelpLinkBaseProperty),
            TextInResources: string.Equals(Get(options, TextInResourcesProperty), "true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The help page the build sets (CorpusSdkHelpLinkBase), for the analyzer, which reads no other option.</summary>
    public static string? HelpPageOf(AnalyzerConfigOptionsProvider provider) => Get(provider.GlobalOptions, HelpLinkBaseProperty);

    private static string? Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsValidNamespace(string? value) =>
        value is not null && value.Split('.').All(IdentifierRules.IsValidIdentifier);
}
