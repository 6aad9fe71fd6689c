namespace CorpusSdk.Extraction.Read;

/// <summary>One line of a corpus file: its 1-based number, where it starts in the text, and its text without the break.</summary>
public readonly record struct TextLine(int Number, int Start, string Text);
