using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CorpusSdk.Extraction.Diagnostics;

/// <summary>How serious a finding is by default; users change it per ID in .editorconfig.</summary>
public enum CorpusSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>One entry of the diagnostic catalog: everything Roslyn's DiagnosticDescriptor needs, as plain data.</summary>
public sealed record CorpusDiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    CorpusSeverity DefaultSeverity,
    string Category)
{
    /// <summary>
    /// The section of docs/diagnostics.md that explains this ID, on the page at <paramref name="page"/> (a URL: the
    /// docs the package or the tool carries, or published ones, CorpusSdkHelpLinkBase); empty when none is known.
    /// </summary>
    public string HelpLink(string? page) => DiagnosticCatalog.HelpLink(page, Id);

    public string FormatMessage(IEnumerable<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments.Cast<object>().ToArray());
}

/// <summary>
/// The diagnostic catalog of contract/diagnostics.md, in one place: IDs, default severities and messages. IDs are public
/// API (users configure them in .editorconfig) and never change meaning. docs/diagnostics.md documents each one.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>
    /// The link to an ID's section of the diagnostics page at <paramref name="page"/> (<c>page#corpus201</c>, the
    /// anchor a Markdown renderer gives the heading <c>## CORPUS201</c>); empty when <paramref name="page"/> is
    /// empty: no link rather than one that goes nowhere.
    /// </summary>
    public static string HelpLink(string? page, string id)
    {
        page = page?.Trim();
        if (string.IsNullOrEmpty(page)) return string.Empty;
        var hash = page!.IndexOf('#');
        return (hash < 0 ? page : page.Substring(0, hash)) + "#" + id.ToLowerInvariant();
    }

    private const string Reading = "CorpusSdk.Reading";
    private const string Article = "CorpusSdk.Article";
    private const string CrossSource = "CorpusSdk.CrossSource";
    private const string Usage = "CorpusSdk.Usage";

    public static readonly CorpusDiagnosticDescriptor UnreadableFile = new(
        "CORPUS001", "Corpus file cannot be read as text",
        "'{0}' cannot be read as text: {1}", CorpusSeverity.Warning, Reading);

    public static readonly CorpusDiagnosticDescriptor EmptyFile = new(
        "CORPUS002", "Corpus file holds no body text",
        "'{0}' is empty or holds no body text", CorpusSeverity.Warning, Reading);

    public static readonly CorpusDiagnosticDescriptor NoPublicationDate = new(
        "CORPUS003", "No publication date found",
        "No publication date found in '{0}'", CorpusSeverity.Info, Article);

    public static readonly CorpusDiagnosticDescriptor NoOutlet = new(
        "CORPUS004", "No outlet found",
        "No outlet found in '{0}'", CorpusSeverity.Info, Article);

    public static readonly CorpusDiagnosticDescriptor IdentifierReplaced = new(
        "CORPUS005", "Derived identifier collides or is invalid",
        "The identifier '{0}' derived for '{1}' {2}; '{3}' is used instead", CorpusSeverity.Info, Article);

    public static readonly CorpusDiagnosticDescriptor FileTooLarge = new(
        "CORPUS006", "Corpus file larger than the configured limit",
        "'{0}' is {1} bytes, larger than the limit of {2} bytes, and was not processed", CorpusSeverity.Warning, Reading);

    public static readonly CorpusDiagnosticDescriptor SeveralStories = new(
        "CORPUS007", "File holds more than one story",
        "'{0}' holds {1} stories", CorpusSeverity.Info, Article);

    public static readonly CorpusDiagnosticDescriptor InvalidConfiguration = new(
        "CORPUS008", "Invalid corpus configuration",
        "{0}", CorpusSeverity.Error, Reading);

    public static readonly CorpusDiagnosticDescriptor StageFailed = new(
        "CORPUS009", "A stage of CorpusSdk failed on this corpus",
        "{0}", CorpusSeverity.Warning, Reading);

    public static readonly CorpusDiagnosticDescriptor RelativeDateContradictsDateline = new(
        "CORPUS101", "Relative date contradicts the dateline",
        "'{0}' means {1}, but the article is dated {2}", CorpusSeverity.Warning, Article);

    public static readonly CorpusDiagnosticDescriptor WeekdayMismatch = new(
        "CORPUS102", "Weekday does not match its date",
        "'{0}': {1} is a {2}, not a {3}", CorpusSeverity.Warning, Article);

    public static readonly CorpusDiagnosticDescriptor UnresolvableRelativeDate = new(
        "CORPUS103", "Relative date cannot be resolved",
        "'{0}' cannot be resolved: the article has no dateline and nothing in the corpus anchors it", CorpusSeverity.Info, Article);

    public static readonly CorpusDiagnosticDescriptor NearDuplicateParagraphs = new(
        "CORPUS104", "Near-duplicate paragraphs",
        "This paragraph repeats the one on line {0}", CorpusSeverity.Info, Article);

    public static readonly CorpusDiagnosticDescriptor UnknownSpeaker = new(
        "CORPUS105", "Quote without an identified speaker",
        "No speaker found for the quote '{0}'", CorpusSeverity.Info, Article);

    public static readonly CorpusDiagnosticDescriptor DatesDisagree = new(
        "CORPUS201", "Sources give different dates",
        "Sources give different dates for {0}: {1}", CorpusSeverity.Warning, CrossSource);

    public static readonly CorpusDiagnosticDescriptor NumbersDisagree = new(
        "CORPUS202", "Sources give different numbers",
        "Sources give different numbers for {0}: {1}", CorpusSeverity.Warning, CrossSource);

    public static readonly CorpusDiagnosticDescriptor SpellingsDiffer = new(
        "CORPUS203", "Entity spelled differently",
        "{0} is spelled differently: {1}", CorpusSeverity.Warning, CrossSource);

    public static readonly CorpusDiagnosticDescriptor RolesDisagree = new(
        "CORPUS204", "Contradicting roles",
        "Sources give {0} contradicting roles: {1}", CorpusSeverity.Warning, CrossSource);

    public static readonly CorpusDiagnosticDescriptor QuotesDiffer = new(
        "CORPUS205", "Same occasion quoted in different words",
        "Sources quote {0} on the same occasion in different words: {1}", CorpusSeverity.Warning, CrossSource);

    public static readonly CorpusDiagnosticDescriptor SharedText = new(
        "CORPUS206", "Articles share most of their text",
        "'{0}' and '{1}' share {2}% of their text", CorpusSeverity.Info, CrossSource);

    public static readonly CorpusDiagnosticDescriptor DisputedFactRead = new(
        "CORPUS301", "Reading a single value of a disputed fact",
        "{0} is disputed by the sources ({1}); read its sources instead of a single value", CorpusSeverity.Warning, Usage);

    /// <summary>Every entry, in ID order.</summary>
    public static IReadOnlyList<CorpusDiagnosticDescriptor> All { get; } = new[]
    {
        UnreadableFile, EmptyFile, NoPublicationDate, NoOutlet, IdentifierReplaced, FileTooLarge, SeveralStories,
        InvalidConfiguration, StageFailed, RelativeDateContradictsDateline, WeekdayMismatch, UnresolvableRelativeDate,
        NearDuplicateParagraphs, UnknownSpeaker, DatesDisagree, NumbersDisagree, SpellingsDiffer, RolesDisagree,
        QuotesDiffer, SharedText, DisputedFactRead,
    };

    private static readonly Dictionary<string, CorpusDiagnosticDescriptor> ById =
        All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static bool Contains(string id) => ById.ContainsKey(id);

    public static CorpusDiagnosticDescriptor Get(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : throw new ArgumentException("Unknown diagnostic ID " + id, nameof(id));
}
