using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// How a file name becomes a C# identifier. Scrapers name files by sequence and content hash (<c>000_543c0d3dceea60ad.txt</c>),
/// people by topic (<c>riyadh-meeting.txt</c>); both should give a name that reads well in a completion list.
/// </summary>
public static class IdentifierRules
{
    /// <summary>
    /// Names a generated member must not take: the members every corpus class declares itself, the class names, and the
    /// members of <see cref="object"/> (a static member of that name would hide them and warn in the user's build).
    /// </summary>
    public static readonly IReadOnlyCollection<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "All", "Articles", "Quotes", "People", "Organizations", "Places", "Facts", "Stories", "Of", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// The identifier a file name suggests: the words of its stem in PascalCase, a content-hash word dropped when other
    /// words remain, and <c>A</c> in front when it would start with a digit (<c>000_543c0d3dceea60ad</c> → <c>A000</c>).
    /// </summary>
    public static string FromFileName(string relativePath)
    {
        var name = relativePath;
        var slash = name.LastIndexOf('/');
        if (slash >= 0) name = name.Substring(slash + 1);
        var words = SplitWords(StripExtension(name));
        if (words.Count > 1) words.RemoveAll(IsContentHash);
        return Join(words);
    }

    /// <summary>
    /// The identifier of the whole relative path, folders and hash included (<c>a/000_543c.txt</c> → <c>A000543c</c>
    /// prefixed as needed): what articles get when their short names collide, since paths are unique.
    /// </summary>
    public static string FromPath(string relativePath) => Join(SplitWords(StripExtension(relativePath)));

    private static string StripExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot > name.LastIndexOf('/') ? name.Substring(0, dot) : name;
    }

    private static string Join(List<string> words)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }
        if (builder.Length == 0) return "Article";
        if (!IsIdentifierStart(builder[0])) builder.Insert(0, 'A');
        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }

    /// <summary>Longer names are refused: metadata caps names (CS7013), and no one reads them in a completion list.</summary>
    public const int MaxLength = 128;

    /// <summary>True for a name C# accepts as an identifier and this SDK would emit: letters, digits and underscores only.</summary>
    public static bool IsValidIdentifier(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !IsIdentifierStart(name[0])) return false;
        foreach (var c in name)
        {
            if (!IsIdentifierPart(c)) return false;
        }
        return !CSharpKeywords.Contains(name);
    }

    // Letters of any script, decimal digits of any script and the underscore: C# accepts them all. Combining marks and
    // format characters (Arabic diacritics, bidi controls) are also legal in C# but are left out: they would make two
    // names that look the same differ, or display in a different order than they compile.
    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber || c == '_';

    private static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>A word of 8 or more hexadecimal characters with both digits and letters: a hash or an ID, not a name.</summary>
    private static bool IsContentHash(string word)
    {
        if (word.Length < 8) return false;
        bool digit = false, letter = false;
        foreach (var c in word)
        {
            if (c >= '0' && c <= '9') digit = true;
            else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) letter = true;
            else return false;
        }
        return digit && letter;
    }

    private static readonly HashSet<string> CSharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
        // Undocumented keywords the compiler still reserves.
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };
}
