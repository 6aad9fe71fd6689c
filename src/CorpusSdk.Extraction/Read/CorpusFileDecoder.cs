using System;
using System.Text;

namespace CorpusSdk.Extraction.Read;

/// <summary>The text of a file decoded from its bytes, or why it could not be.</summary>
public sealed record DecodedText(string? Text, string? Problem);

/// <summary>
/// Turns a corpus file's bytes into text the way the compiler reads additional files: UTF-8 with or without a BOM, or
/// UTF-16/UTF-32 when a BOM says so. Anything else is not guessed at: it is reported (CORPUS001) and left out, because
/// a wrong guess would put garbled words into the typed API.
/// </summary>
public static class CorpusFileDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        var (encoding, name, preamble) = DetectByBom(bytes);
        var wide = preamble > 0 && encoding != StrictUtf8;
        if (!wide && BinaryAt(bytes) is { } zeros) return new DecodedText(null, Binary(zeros));
        try
        {
            var text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
            var nuls = wide ? text.IndexOf("\0\0", StringComparison.Ordinal) : -1;
            return nuls >= 0 ? new DecodedText(null, Binary(preamble + encoding.GetByteCount(text.Substring(0, nuls)))) : new DecodedText(text, null);
        }
        catch (DecoderFallbackException e)
        {
            // The decoder counts from the end of the BOM; users count from the start of the file.
            var at = (e.Index + preamble).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return preamble > 0 && encoding != StrictUtf8
                ? new DecodedText(null, "it starts with a " + name + " byte order mark but is not valid " + name + " (at byte offset " + at + ")")
                : new DecodedText(null, "it is not valid UTF-8 (at byte offset " + at + "); " + LikelyEncoding(bytes));
        }
    }

    /// <summary>
    /// Where two NUL bytes in a row first stand, or null. The compiler takes two NUL characters in a row in a file that
    /// is not valid UTF-8 for a binary file and fails the build on it (CS2015); the package's targets leave out every
    /// file with two NULs in a row, a little stricter, by this same rule (build/CorpusSdk.targets,
    /// CorpusSdkFindBinaryFiles), and both report CORPUS001 with this message.
    /// </summary>
    private static int? BinaryAt(byte[] bytes)
    {
        for (var i = 1; i < bytes.Length; i++)
        {
            if (bytes[i] == 0 && bytes[i - 1] == 0) return i - 1;
        }
        return null;
    }

    /// <summary>CORPUS001's reason for a binary file; the build's list of binary files (the package's targets) words it the same.</summary>
    public static string Binary(int offset) =>
        "it is a binary file, not text (NUL bytes at byte offset " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    private static (Encoding Encoding, string Name, int Preamble) DetectByBom(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (StrictUtf8, "UTF-8", 3);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(false, true, true), "UTF-32", 4);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, true, true), "UTF-16", 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, true, true), "UTF-16", 2);
        return (StrictUtf8, "UTF-8", 0);
    }

    /// <summary>
    /// A hint for the user, from bytes that are not UTF-8. Arabic pages that are not UTF-8 are nearly always
    /// Windows-1256, where every Arabic letter is a byte in 0xC1–0xFE (0xC1–0xD6, 0xD8–0xDF, 0xE1, 0xE3–0xE6, 0xEC–0xED,
    /// and the marks 0xF0–0xFA), so Arabic words are runs of such bytes. Latin single-byte encodings (Windows-1252,
    /// Latin-1) use those bytes for accented letters, which Windows-1256 keeps at the same places for French (é is 0xE9
    /// in both) and which mostly stand alone between ASCII letters (café, für): neither counts as Arabic here.
    /// </summary>
    public static string LikelyEncoding(byte[] bytes)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        int high = 0, inRuns = 0, arabic = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80) continue;
            high++;
            if (IsArabicLetterIn1256(bytes[i])) arabic++;
            if ((i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.Length && bytes[i + 1] >= 0x80)) inRuns++;
        }
        if (high == 0) return "save it as UTF-8";
        return inRuns * 2 >= high && arabic * 2 >= high ? Windows1256Hint : LatinHint;
    }

    /// <summary>
    /// The same hint from text a decoder already replaced each bad byte of with U+FFFD (the compiler does on Linux and
    /// macOS): the byte values are gone, but Arabic words in Windows-1256 still show as runs of U+FFFD, where Latin
    /// accented letters leave one U+FFFD between ASCII letters.
    /// </summary>
    public static string LikelyEncoding(string replaced)
    {
        if (replaced is null) throw new ArgumentNullException(nameof(replaced));
        int high = 0, inRuns = 0;
        for (var i = 0; i < replaced.Length; i++)
        {
            if (replaced[i] != '\uFFFD') continue;
            high++;
            if ((i > 0 && replaced[i - 1] == '\uFFFD') || (i + 1 < replaced.Length && replaced[i + 1] == '\uFFFD')) inRuns++;
        }
        if (high == 0) return "save it as UTF-8";
        return inRuns * 2 >= high ? Windows1256Hint : LatinHint;
    }

    private const string Windows1256Hint = "it looks like Windows-1256 (Arabic); save it as UTF-8";

    private const string LatinHint = "it looks like a Latin single-byte encoding (Windows-1252 or ISO-8859-1); save it as UTF-8";

    private static bool IsArabicLetterIn1256(byte b) =>
        (b >= 0xC1 && b <= 0xD6) || (b >= 0xD8 && b <= 0xDF) || b == 0xE1 || (b >= 0xE3 && b <= 0xE6) || b == 0xEC || b == 0xED
        || (b >= 0xF0 && b <= 0xF3) || b == 0xF5 || b == 0xF6 || b == 0xF8 || b == 0xFA;
}
