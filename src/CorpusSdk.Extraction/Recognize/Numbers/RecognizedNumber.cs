namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>A number found in text: where it is, as written, and its value.</summary>
/// <param name="Text">The text as written (digits in any script, or words).</param>
/// <param name="Start">UTF-16 offset of the first character in the text searched.</param>
/// <param name="Length">UTF-16 length.</param>
/// <param name="Value">The numeric value (an ordinal as its number: التسعين → 90).</param>
/// <param name="IsOrdinal">True for ordinals (الحادي عشر, العضو التسعين, 3rd, ninetieth).</param>
public sealed record RecognizedNumber(string Text, int Start, int Length, decimal Value, bool IsOrdinal);
