using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CorpusSdk.Tests.Reliability;

/// <summary>
/// One hostile corpus file: its bytes as they would sit on disk, the diagnostic it must get, and (for CORPUS001) a
/// word the message must hold. <see cref="Expected"/> null means the file is a readable article that must be generated
/// with its text unchanged.
/// </summary>
public sealed record HostileFile(string Name, byte[] Bytes, string? Expected, string? MessageHolds = null);

/// <summary>The adversarial corpus of docs/reliability.md, written from code so every byte is deliberate.</summary>
public static class HostileFiles
{
    /// <summary>A plain article around the hostile line: a headline, a dateline with outlet, and a body.</summary>
    public static string Article(string headline, string body) =>
        headline + "\n\nدمشق - الإثنين 09 فبراير 2026\n\n" + body + "\n\nوأضاف الوزير أن العمل مستمر.\n";

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }

    /// <summary>More than the default CorpusSdkMaxFileSize (4 MiB).</summary>
    public const int OverLimit = 4 * 1024 * 1024 + 4096;

    private static readonly Lazy<IReadOnlyList<HostileFile>> Table = new(Build);

    public static IReadOnlyList<HostileFile> All => Table.Value;

    public static HostileFile Get(string name) => All.Single(f => f.Name == name);

    public static IEnumerable<object[]> Names => All.Select(f => new object[] { f.Name });

    private static IReadOnlyList<HostileFile> Build()
    {
        var c0 = new string(Enumerable.Range(1, 31).Where(c => c != '\n' && c != '\r' && c != '\t').Select(c => (char)c).ToArray()) + "\u007F\u0080\u009F";
        var hugeLine = string.Concat(Enumerable.Repeat("قال الوزير إن الاجتماع ناقش الأوضاع في المنطقة ", 1024 * 1024 / 80 + 1));
        var manyQuotes = string.Join(" ", Enumerable.Range(0, 3000).Select(i => "قال المتحدث «نعم " + i + "» و“لا”"));
        return new[]
        {
            new HostileFile("empty", Array.Empty<byte>(), "CORPUS002"),
            new HostileFile("whitespace-only", Utf8(" \t\n  \r\n\n\u00A0 \n"), "CORPUS002"),
            new HostileFile("bom-only", new byte[] { 0xEF, 0xBB, 0xBF }, "CORPUS002"),
            new HostileFile("utf16-bom", Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(Article("وزراء التحالف يجتمعون في الرياض", "اجتمع وزراء دول التحالف في العاصمة."))), null),
            new HostileFile("invalid-utf8", Concat(Utf8("Market report\n\nPrices rose "), new byte[] { 0xFF, 0xFE, 0x41, 0xC3, 0x28 }, Utf8(" today.\n")), "CORPUS001", "UTF-8"),
            new HostileFile("windows-1256", Windows1256(Article("أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة الزرقاء", "وقال الوزير إن المستشفى يضم مئتي سرير")), "CORPUS001", "Windows-1256"),
            new HostileFile("nul", Utf8(Article("عنوان الخبر", "نص\0الخبر")), "CORPUS001", "NUL"),
            new HostileFile("c0-controls", Utf8(Article("عنوان" + c0 + "الخبر", "نص " + c0 + " الخبر")), null),
            new HostileFile("line-separators", Utf8(Article("عنوان\u2028الخبر\u2029هنا\u0085", "وقال\u2028الوزير «كلام\u2029مقتبس» في البيان.")), null),
            new HostileFile("bidi-controls", Utf8(Article("عنوان \u202Aa\u202Bb\u202Cc\u202Dd\u202Ee الخبر", "نص \u2066x\u2067y\u2068z\u2069 و\u061Cالخبر \u202E}; evil(); {\u202C")), null),
            new HostileFile("zero-width", Utf8(Article("عنوان\u200Bال\u200Cخبر\u200D\u200E\u200F", "وزير\u200Bالخارجية\uFEFF قال\u2060 «نعم»")), null),
            new HostileFile("triple-quote", Utf8(Article("Headline with \"\"\" raw \"\"\"\"\" quotes", "He said \"\"\"{0}\"\"\" and $\"{x}\" and \\u0022.")), null),
            new HostileFile("comment-close", Utf8(Article("عنوان */ /* الخبر", "نص */ } class X { /* الخبر")), null),
            new HostileFile("summary-close", Utf8(Article("عنوان </summary> <summary> الخبر", "نص </remarks><!-- ]]> <![CDATA[ الخبر")), null),
            new HostileFile("ampersand", Utf8(Article("A & B &amp; &#x202E; &lt; الخبر", "نص & ; &#0; &bogus الخبر")), null),
            new HostileFile("hash-error", Utf8("#error boom\n#if false\n\nدمشق - الإثنين 09 فبراير 2026\n\n#define X\nنص الخبر هنا\n#endif\n"), null),
            new HostileFile("code-injection", Utf8(Article("\"; System.IO.File.Delete(\"x\"); //", "\"; System.IO.File.Delete(\"x\"); //\n\\\"; System.IO.File.Delete(\"y\"); /*\n'; DROP TABLE x; --")), null),
            new HostileFile("huge-line", Utf8("عنوان الخبر\n\n" + hugeLine), null),
            new HostileFile("huge-single-line", Utf8(hugeLine), null),
            new HostileFile("over-limit", Utf8(new string('a', OverLimit)), "CORPUS006"),
            new HostileFile("impossible-date", Utf8("عنوان الخبر\n\n31/2/2026\n\nوقع الحادث في 31/2/2026 وفي 30 فبراير 2026 و 2026-02-31 وفي 0/0/0000.\n"), null),
            new HostileFile("huge-number", Utf8(Article("عنوان الخبر", "قتل 99999999999999999999999 شخصا و٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ جريحا وبلغت الخسائر 1e999 دولار و-0 و 99999999999999999999999.5%")), null),
            new HostileFile("unbalanced-quotes", Utf8(Article("عنوان «الخبر", "قال الوزير «نعم “لا ” \" « « « ”\nوقال \"آخر")), null),
            new HostileFile("many-quotes", Utf8(Article("عنوان الخبر", manyQuotes)), null),
            // Found by tests/fuzz/run: diacritics and tatweel with no letter under them (a "word" that folds to nothing).
            new HostileFile("lone-marks", Utf8(Article("عنوان َ الخبر ـ", "قال»َ: «نعم» وقتل َ 5 ـ أشخاص في 2026. وقال ّ الوزير d:َ he said")), null),
            // Found by tests/fuzz/run: an English weekday abbreviation and a full stop at the very end of the text.
            new HostileFile("weekday-abbreviation-at-end", Utf8("Flooding closes coastal road\n\nThe road reopens Wed."), null),
        };
    }
}
