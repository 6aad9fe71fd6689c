namespace CorpusSdk.Extraction.Model;

/// <summary>A body paragraph: its 1-based line and its text as written, trimmed.</summary>
public sealed record ParagraphModel(int Line, string Text);
