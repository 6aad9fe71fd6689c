namespace CorpusSdk.Extraction.Normalize;

/// <summary>
/// Trims what a reader cannot see from the ends of a line: white space (NBSP included) and the invisible marks scraped
/// pages leave at line ends or starts: a byte order mark (when a tool hands the text over with it), zero-width spaces and
/// joiners, and the left-to-right/right-to-left marks Arabic pages put around Latin words and numbers.
/// Inside the line they stay as written.
/// </summary>
public static class TextTrim
{
    public static string Trim(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsInvisible(text[start])) start++;
        while (end > start && IsInvisible(text[end - 1])) end--;
        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }

    /// <summary>The offset of the first visible character of <paramref name="text"/>, or its length.</summary>
    public static int LeadingLength(string text)
    {
        var start = 0;
        while (start < text.Length && IsInvisible(text[start])) start++;
        return start;
    }

    public static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || c == '\uFEFF' || (c >= '\u200B' && c <= '\u200F') || c == '\u061C' || c == '\u2060';
}
