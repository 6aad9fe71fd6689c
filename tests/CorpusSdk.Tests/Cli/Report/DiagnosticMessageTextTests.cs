using CorpusSdk.Cli.Report;

namespace CorpusSdk.Tests.Cli.Report;

/// <summary>
/// Diagnostic messages as the report shows them: the catalog's English words as they are, and every piece of corpus
/// text they quote or name isolated, so that on a right-to-left page (or with Arabic inside an English sentence) the
/// message still reads in order.
/// </summary>
public class DiagnosticMessageTextTests
{
    [Theory]
    // The catalog's quotes: '…' around the quoted words (CORPUS101, CORPUS103, CORPUS105, CORPUS206).
    [InlineData("'اليوم الأحد' cannot be resolved: the article has no dateline",
        "&#39;<bdi>اليوم الأحد</bdi>&#39; cannot be resolved: the article has no dateline")]
    [InlineData("'a.txt' and 'b.txt' share 26% of their text", "&#39;<bdi>a.txt</bdi>&#39; and &#39;<bdi>b.txt</bdi>&#39; share 26% of their text")]
    // Quotes a message may carry from the corpus or a parser: « », " ", ‘ ’, “ ”.
    [InlineData("unknown key «المنفذ» at line 3", "unknown key «<bdi>المنفذ</bdi>» at line 3")]
    [InlineData("the key \"مصدر\" is not known", "the key &quot;<bdi>مصدر</bdi>&quot; is not known")]
    [InlineData("No speaker found for ‘قال’ here", "No speaker found for ‘<bdi>قال</bdi>’ here")]
    [InlineData("said “نعم” twice", "said “<bdi>نعم</bdi>” twice")]
    // An apostrophe inside a word opens and closes nothing.
    [InlineData("O'Hara's 'ferry' plan", "O&#39;Hara&#39;s &#39;<bdi>ferry</bdi>&#39; plan")]
    [InlineData("an 'unclosed quote", "an &#39;unclosed quote")]
    public void Quoted_corpus_text_is_isolated_inside_its_quotes(string message, string expected) =>
        Assert.Equal(expected, DiagnosticMessageText.Html(message));

    [Theory]
    // Right-to-left words the catalog names without quotes (CORPUS202, CORPUS203): each run isolated, the numbers and
    // places between them left in the English sentence, so "العضو: 90" does not read "90 :العضو".
    [InlineData("Sources give different numbers for العضو: 90 (A:1); 88 (B:1)",
        "Sources give different numbers for <bdi>العضو</bdi>: 90 (A:1); 88 (B:1)")]
    [InlineData("توم باراك is spelled differently: توم باراك (A000:12, A002:5); توم برَاك (A002:1)",
        "<bdi>توم باراك</bdi> is spelled differently: <bdi>توم باراك</bdi> (A000:12, A002:5); <bdi>توم برَاك</bdi> (A002:1)")]
    // A number between right-to-left words belongs to them.
    [InlineData("for قتل 15 شخصا: 2 (A:1)", "for <bdi>قتل 15 شخصا</bdi>: 2 (A:1)")]
    [InlineData("This paragraph repeats the one on line 7", "This paragraph repeats the one on line 7")]
    public void Right_to_left_words_outside_quotes_are_isolated(string message, string expected) =>
        Assert.Equal(expected, DiagnosticMessageText.Html(message));

    [Fact]
    public void Quoted_text_is_escaped_inside_its_isolate()
    {
        Assert.Equal("No speaker found for the quote &#39;<bdi>&lt;img src=x onerror=alert(1)&gt; &#x202E;x</bdi>&#39;",
            DiagnosticMessageText.Html("No speaker found for the quote '<img src=x onerror=alert(1)> \u202Ex'"));
    }

    [Theory]
    // For a title attribute, where no element can isolate: first-strong isolate (U+2068) … pop directional isolate (U+2069).
    [InlineData("'اليوم الأحد' cannot be resolved", "'\u2068اليوم الأحد\u2069' cannot be resolved")]
    [InlineData("Sources give different numbers for العضو: 90 (A:1)", "Sources give different numbers for \u2068العضو\u2069: 90 (A:1)")]
    [InlineData("No outlet found in 'a.txt'", "No outlet found in '\u2068a.txt\u2069'")]
    public void In_plain_text_corpus_text_sits_between_isolate_characters(string message, string expected) =>
        Assert.Equal(expected, DiagnosticMessageText.PlainText(message));
}
