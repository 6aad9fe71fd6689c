namespace CorpusSdk.Extraction.Model;

/// <summary>A body paragraph: its 1-based line and its text as written, trimmed.</summary>
/// <param name="Start">Where the text starts in the file's text (UTF-16 offset), or -1 when it is not a slice of it: the
/// generator then reads it from the file's resource instead of writing it into C# (docs/architecture.md, "Corpus text in resources").</param>
public sealed record ParagraphModel(int Line, string Text, int Start = -1);
