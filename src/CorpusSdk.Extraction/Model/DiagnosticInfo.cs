namespace CorpusSdk.Extraction.Model;

/// <summary>Another place a finding concerns (the other sources of a cross-source finding).</summary>
public sealed record RelatedLocation(string File, SourceSpan Span);

/// <summary>
/// A finding, as data: the catalog ID, where it is, and the values its message names. Roslyn's Diagnostic and Location
/// are not value-equatable, so models carry this and the generator builds the Diagnostic at the end.
/// </summary>
/// <param name="Id">A catalog ID (see <see cref="Diagnostics.DiagnosticCatalog"/>).</param>
/// <param name="File">The corpus file, relative to the corpus folder.</param>
/// <param name="Span">Where in that file.</param>
/// <param name="MessageArguments">The values for the descriptor's message format, in order.</param>
/// <param name="Related">Other places concerned, possibly none.</param>
public sealed record DiagnosticInfo(
    string Id,
    string File,
    SourceSpan Span,
    EquatableArray<string> MessageArguments,
    EquatableArray<RelatedLocation> Related)
{
    public static DiagnosticInfo Create(string id, string file, SourceSpan span, params string[] messageArguments) =>
        new(id, file, span, new EquatableArray<string>(messageArguments), EquatableArray<RelatedLocation>.Empty);

    /// <summary>
    /// When this finding summarises others of its ID in its file (<see cref="Diagnostics.FindingCap"/>), how many it
    /// stands for; 0 for a finding of its own. A summary's arguments are those of <see cref="Diagnostics.FindingCap.SummaryFormat"/>.
    /// </summary>
    public int NotListed { get; init; }

    /// <summary>The message in words, from the catalog's format (or the summary's) and this finding's values.</summary>
    public string Message => NotListed > 0
        ? Diagnostics.FindingCap.FormatSummary(MessageArguments)
        : Diagnostics.DiagnosticCatalog.Get(Id).FormatMessage(MessageArguments);
}
