namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>A number found in text: where it is, as written, and its value.</summary>
/// <param name="Text">The text as written (digits in any script, or words).</param>
/// <param name="Start">UTF-16 offset of the first character in the text searched.</param>
/// <param name="Length">UTF-16 length.</param>
/// <param name="Value">The numeric value (an ordinal as its number: التسعين → 90); for a relative ordinal, the offset.</param>
/// <param name="IsOrdinal">True for ordinals (الحادي عشر, العضو التسعين, 3rd, ninetieth), relative ones included.</param>
/// <param name="RelativeTo">For a relative ordinal (الأخير, التالي), what it counts from: <c>end</c> or <c>current</c>; else null.
/// A relative ordinal is a position, never a quantity.</param>
public sealed record RecognizedNumber(string Text, int Start, int Length, decimal Value, bool IsOrdinal, string? RelativeTo = null)
{
    /// <summary>The relative position as Recognizers-Text writes it (<c>end-1</c>, <c>current+1</c>), or null.</summary>
    public string? RelativePosition => RelativeTo is null ? null
        : RelativeTo + (Value < 0 ? "-" : "+") + System.Math.Abs(Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
