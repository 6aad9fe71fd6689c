using System.Linq;
using CorpusSdk.Extraction.Read;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Tests.Extraction;

public class CorpusTextTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "one line",
        "ends with a break\n",
        "unix\nlines\nhere",
        "windows\r\nlines\r\nhere\r\n",
        "old mac\rlines\rhere",
        "lf then cr\n\rnext",
        "cr then crlf\r\r\nnext",
        "\r\n\r\n",
        "\r",
        "line\u2028separator\u2029paragraph\u0085next line",
        "وصل الوفد إلى بغداد صباح الأحد\r\nوبدأت المحادثات بعد الظهر\u2029انتهى",
        "mixed\nbreaks\r\nin\rone\u0085file\u2028",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Lines_break_where_Roslyn_SourceText_breaks_them(string text)
    {
        var ours = new CorpusText(text).Lines;
        var roslyn = SourceText.From(text).Lines;

        Assert.Equal(roslyn.Count, ours.Count);
        Assert.Equal(roslyn.Select(l => l.ToString()), ours.Select(l => l.Text));
        Assert.Equal(roslyn.Select(l => l.Start), ours.Select(l => l.Start));
        Assert.Equal(Enumerable.Range(1, roslyn.Count), ours.Select(l => l.Number));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Span_positions_agree_with_Roslyn_line_positions(string text)
    {
        var corpusText = new CorpusText(text);
        var source = SourceText.From(text);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var span = corpusText.Span(offset, 0);
            var position = source.Lines.GetLinePosition(offset);
            Assert.Equal((position.Line + 1, position.Character + 1), (span.StartLine, span.StartColumn));
        }
    }

    [Fact]
    public void Empty_text_has_one_empty_line()
    {
        var line = Assert.Single(new CorpusText("").Lines);
        Assert.Equal(1, line.Number);
        Assert.Equal("", line.Text);
    }

    [Fact]
    public void Null_text_is_read_as_empty()
    {
        var text = new CorpusText(null!);
        Assert.Equal("", text.Text);
        Assert.Single(text.Lines);
    }

    [Fact]
    public void Crlf_counts_as_one_break()
    {
        var lines = new CorpusText("Headline\r\n\r\nBody").Lines;
        Assert.Equal(new[] { "Headline", "", "Body" }, lines.Select(l => l.Text));
    }

    [Fact]
    public void Span_gives_one_based_line_and_column_of_start_and_end()
    {
        const string text = "Ministers meet in Amman\r\nTalks on water sharing resume today\nEnd";
        var corpusText = new CorpusText(text);

        var span = corpusText.Span(text.IndexOf("water", System.StringComparison.Ordinal), "water sharing".Length);

        Assert.Equal(2, span.StartLine);
        Assert.Equal(10, span.StartColumn);
        Assert.Equal(2, span.EndLine);
        Assert.Equal(23, span.EndColumn);
        Assert.Equal("water sharing".Length, span.Length);
    }

    [Fact]
    public void Span_across_a_break_ends_on_the_next_line()
    {
        const string text = "first\nsecond";
        var span = new CorpusText(text).Span(3, 5); // "st\nse"

        Assert.Equal((1, 4), (span.StartLine, span.StartColumn));
        Assert.Equal((2, 3), (span.EndLine, span.EndColumn));
    }

    [Fact]
    public void Span_of_the_first_character_is_line_1_column_1()
    {
        var span = new CorpusText("عاجل: انقطاع الكهرباء").Span(0, 1);
        Assert.Equal((1, 1, 1, 2), (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
    }

    [Fact]
    public void Span_outside_the_text_is_clamped_instead_of_throwing()
    {
        var text = new CorpusText("abc\ndef");

        var past = text.Span(100, 5);
        var negative = text.Span(-3, 2);

        Assert.Equal((7, 0, 2, 4), (past.Start, past.Length, past.StartLine, past.StartColumn));
        Assert.Equal((0, 2, 1, 1), (negative.Start, negative.Length, negative.StartLine, negative.StartColumn));
    }

    [Fact]
    public void Span_of_a_line_covers_its_text_without_the_break()
    {
        var text = new CorpusText("Headline\r\nA short paragraph.\r\n");
        var span = text.Span(text.Lines[1]);

        Assert.Equal("A short paragraph.", text.Text.Substring(span.Start, span.Length));
        Assert.Equal((2, 1, 2, 19), (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
    }
}
