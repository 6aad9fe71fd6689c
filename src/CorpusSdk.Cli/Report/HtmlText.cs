using System.Globalization;
using System.Text;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// Corpus text made safe to put in the report's HTML, in element content and in quoted attribute values alike. Text
/// from the corpus is data: it must never open or close an element, an attribute, a comment or a script.
/// </summary>
/// <remarks>
/// Escapes what <see cref="System.Net.WebUtility.HtmlEncode(string)"/> escapes for markup (<c>&lt; &gt; &amp; " '</c>),
/// but leaves other visible text as written: HtmlEncode also writes U+00A0–U+00FF and every character outside the BMP as
/// numeric references, which would make « » and the page's source unreadable for nothing (the page is UTF-8).
/// </remarks>
public static class HtmlText
{
    /// <summary>
    /// The text with <c>&lt; &gt; &amp; " '</c> escaped, and every invisible format character written as a character
    /// reference (<c>&amp;#x202E;</c>).
    /// </summary>
    /// <remarks>
    /// The references keep the text as written in the page (the browser reads them back as the same characters), but the
    /// HTML file itself holds no bidi override, isolate or zero-width character: whoever reads the page's source, in an
    /// editor or a diff, sees what is there instead of text reordered by it (Trojan Source). In the rendered page, the
    /// report puts each piece of corpus text in its own isolating element (<c>bdi</c> or <c>dir="auto"</c>), so an
    /// unbalanced override cannot reach the page around it. NUL, the other controls and unpaired surrogates become
    /// U+FFFD, as a browser or a UTF-8 encoder would read them; a carriage return becomes a line feed.
    /// </remarks>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') replacement = "";
            else replacement = Replacement(c);
            if (replacement is null)
            {
                result?.Append(c);
                continue;
            }
            result ??= new StringBuilder(text, 0, i, text.Length + 16);
            result.Append(replacement);
        }
        return result?.ToString() ?? text;
    }

    /// <summary>What stands for <paramref name="c"/> in the page, or null to write it as it is.</summary>
    private static string? Replacement(char c) => c switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\n' or '\t' => null,
        // A browser reads a carriage return as a line feed anyway; written as one, the file's bytes do not depend on
        // the corpus's line ends.
        '\r' => "\n",
        // References to C1 controls would be read as Windows-1252 characters (&#x80; is €): U+FFFD, as for C0.
        _ when c < 0x20 || (c >= 0x7F && c < 0xA0) || char.IsSurrogate(c) => "&#xFFFD;",
        _ when IsInvisibleFormat(c) => "&#x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ";",
        _ => null,
    };

    /// <summary>
    /// Bidi marks, embeddings, overrides and isolates, zero-width characters, the soft hyphen and the Unicode line
    /// separators: the characters that change how text around them reads or breaks without being seen (the set the
    /// generator escapes in C# literals, and a few more).
    /// </summary>
    public static bool IsInvisibleFormat(char c) =>
        c is '\u061C' or '\u00AD' or '\u180E' or '\uFEFF'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2069');
}
