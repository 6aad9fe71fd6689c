using System.Globalization;
using System.Text;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Corpus text is data: these turn it into C# string literals and XML doc text that compile, and that read in an editor
/// exactly as they compile. Roslyn's own literal formatter leaves Unicode format characters as they are, so the escaping
/// is done here: bidi controls and zero-width characters (Trojan Source), line separators the compiler treats as line
/// breaks (U+0085, U+2028, U+2029: CS1010), control characters and lone surrogates.
/// </summary>
internal static class CSharpText
{
    /// <summary>A regular string literal, quotes included.</summary>
    public static string Literal(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (MustEscape(value, i)) AppendUnicodeEscape(builder, c);
                    else if (char.IsHighSurrogate(c) && IsInvisiblePair(value, i)) builder.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
                    else if (char.IsHighSurrogate(c)) builder.Append(c).Append(value[++i]);
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for a <c>///</c> XML doc comment: on one line, XML-escaped, invisible and control characters as character
    /// references (or U+FFFD where XML allows none), so nothing in it can end the comment or the element.
    /// </summary>
    public static string Doc(string? value)
    {
        if (value is null) return string.Empty;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r':
                case '\n':
                case '\t': builder.Append(' '); break;
                default:
                    if (char.IsSurrogate(c) && !IsPairAt(value, i)) builder.Append('\uFFFD');
                    else if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) builder.Append('\uFFFD'); // noncharacters: not legal XML, even as references
                    else if (char.IsHighSurrogate(c) && IsInvisiblePair(value, i)) builder.Append("&#x").Append(char.ConvertToUtf32(c, value[++i]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    else if (char.IsHighSurrogate(c)) builder.Append(c).Append(value[++i]);
                    else if (c < ' ' || (c >= '\u007F' && c <= '\u009F')) builder.Append(c == '\u0085' ? " " : "\uFFFD"); // XML 1.0 allows no C0/C1 controls, not even as references.
                    else if (MustEscape(value, i)) builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool MustEscape(string value, int i)
    {
        var c = value[i];
        if (char.IsSurrogate(c)) return !IsPairAt(value, i);
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:            // C0, DEL, C1 (U+0085 among them)
            case UnicodeCategory.Format:             // bidi controls, zero-width characters, U+061C, BOM
            case UnicodeCategory.LineSeparator:      // U+2028
            case UnicodeCategory.ParagraphSeparator: // U+2029
            case UnicodeCategory.OtherNotAssigned:   // may become anything in a later Unicode version
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A character outside the BMP that shows nothing: tags (U+E0001–U+E007F), variation selectors (U+E0100–), musical
    /// formatting (U+1D173–) and code points not yet assigned. Written as an escape, like the BMP's invisible ones.
    /// </summary>
    private static bool IsInvisiblePair(string value, int i)
    {
        if (!IsPairAt(value, i)) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(value, i);
        // Plane 14's variation selectors are marks, but show nothing on their own either.
        return category is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
            || (category == UnicodeCategory.NonSpacingMark && char.ConvertToUtf32(value[i], value[i + 1]) >= 0xE0000);
    }

    private static bool IsPairAt(string value, int i) =>
        char.IsHighSurrogate(value[i]) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
        : char.IsLowSurrogate(value[i]) && i > 0 && char.IsHighSurrogate(value[i - 1]);

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
