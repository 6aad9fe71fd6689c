namespace CorpusSdk.Extraction.Read;

/// <summary>
/// Finds text that is not text: a NUL character (binary content, or UTF-16 read as UTF-8) or the replacement character
/// U+FFFD (bytes a decoder could not read). Such a file gets CORPUS001 and no article.
/// </summary>
public static class BinaryContent
{
    /// <summary>The offset of the first sign of binary content, or -1.</summary>
    public static int Find(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\0' || text[i] == '\uFFFD') return i;
        }
        return -1;
    }

    /// <summary>Why the text at <paramref name="at"/> (found by <see cref="Find"/>) is not text, with the likely encoding.</summary>
    public static string Describe(string text, int at) => text[at] == '\0'
        ? "it holds a NUL character (binary content)"
        : "it holds bytes that are not valid UTF-8 (U+FFFD); " + CorpusFileDecoder.LikelyEncoding(text);
}
