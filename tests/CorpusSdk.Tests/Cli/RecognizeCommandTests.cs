using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CorpusSdk.Cli.Recognize;

namespace CorpusSdk.Tests.Cli;

/// <summary>The recognize command answers every line, in order, as conformance.py drives it.</summary>
public class RecognizeCommandTests
{
    [Fact]
    public void Each_line_gets_its_dates_and_numbers_and_a_bad_line_an_error_without_losing_the_rest()
    {
        var input = new StringReader(
            "{\"id\": 1, \"text\": \"وصل 40 مسافرا يوم 3 مارس 2026\", \"reference\": \"2026-03-05T00:00:00\"}\n"
            + "this is not json\n"
            + "{\"id\": 3, \"text\": \"yesterday\", \"reference\": \"2026-03-05T10:00:00\"}\n");
        using var output = new MemoryStream();

        Assert.Equal(0, RecognizeCommand.Run(input, output));

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("id").GetInt32());
        Assert.Contains(lines[0].GetProperty("numbers").EnumerateArray(), n => n.GetProperty("value").GetDecimal() == 40);
        Assert.Contains(lines[0].GetProperty("dates").EnumerateArray(), d => d.GetProperty("value").GetString() == "2026-03-03");
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal("2026-03-04", lines[2].GetProperty("dates")[0].GetProperty("value").GetString());
    }
}
