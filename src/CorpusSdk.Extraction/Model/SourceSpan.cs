namespace CorpusSdk.Extraction.Model;

/// <summary>
/// A place in a corpus file as given (before any normalization): UTF-16 offset and length into the decoded text, and
/// 1-based line and column of its start and end. Lines break where Roslyn's SourceText breaks them, so a line here is
/// the line an editor shows for the same file.
/// </summary>
public sealed record SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The start of a file: for findings about the file as a whole.</summary>
    public static SourceSpan FileStart { get; } = new(0, 0, 1, 1, 1, 1);
}
