using CorpusSdk.Cli.Report;

namespace CorpusSdk.Tests.Cli.Report;

public class HtmlTextTests
{
    [Theory]
    [InlineData("</script><script>alert(1)</script>", "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("AT&T &amp;", "AT&amp;T &amp;amp;")]
    [InlineData("\" onmouseover=\"alert(1)", "&quot; onmouseover=&quot;alert(1)")]
    [InlineData("it's", "it&#39;s")]
    public void Markup_and_quotes_are_escaped(string text, string expected) => Assert.Equal(expected, HtmlText.Encode(text));

    [Theory]
    [InlineData("\u202Eevil\u202C", "&#x202E;evil&#x202C;")]
    [InlineData("a\u2066b\u2069", "a&#x2066;b&#x2069;")]
    [InlineData("\u200Fx\u061C", "&#x200F;x&#x061C;")]
    [InlineData("zero\u200Bwidth", "zero&#x200B;width")]
    [InlineData("line\u2028break", "line&#x2028;break")]
    public void Bidi_and_invisible_characters_are_written_as_references(string text, string expected) =>
        Assert.Equal(expected, HtmlText.Encode(text));

    [Theory]
    [InlineData("a\0b", "a&#xFFFD;b")]
    [InlineData("bell\u0007", "bell&#xFFFD;")]
    [InlineData("c1\u0085", "c1&#xFFFD;")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    public void Characters_html_forbids_become_replacement_characters_and_line_ends_line_feeds(string text, string expected) =>
        Assert.Equal(expected, HtmlText.Encode(text));

    [Fact]
    public void Arabic_text_with_diacritics_is_kept_as_written() =>
        Assert.Equal("توم برَاك «الشيباني»", HtmlText.Encode("توم برَاك «الشيباني»"));

    [Fact]
    public void Characters_outside_the_bmp_are_kept_and_unpaired_surrogates_replaced()
    {
        // Built in code: an attribute's argument cannot hold a lone surrogate.
        Assert.Equal("emoji \U0001F600 kept", HtmlText.Encode("emoji \U0001F600 kept"));
        Assert.Equal("lone &#xFFFD; surrogate &#xFFFD;", HtmlText.Encode("lone " + '\uD83D' + " surrogate " + '\uDE00'));
    }

    [Theory]
    [InlineData("<>&\"'")]
    [InlineData("x\" onerror=\"alert(1)")]
    [InlineData("</script><img src=x onerror=alert(1)>")]
    public void Markup_is_escaped_as_WebUtility_escapes_it(string text) =>
        Assert.Equal(System.Net.WebUtility.HtmlEncode(text), HtmlText.Encode(text));

    [Fact]
    public void Null_and_empty_are_empty()
    {
        Assert.Equal("", HtmlText.Encode(null));
        Assert.Equal("", HtmlText.Encode(""));
    }
}
