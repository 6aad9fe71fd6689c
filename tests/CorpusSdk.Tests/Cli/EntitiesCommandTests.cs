using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CorpusSdk.Cli.Recognize;

namespace CorpusSdk.Tests.Cli;

/// <summary>
/// The entities command's protocol, as shared/tools/entities.py drives it: JSON lines {id, doc, text} in, one JSON line
/// {id, entities: [{start, length, kind, text}]} out per input line, in order; the lines of one doc are one article.
/// </summary>
public class EntitiesCommandTests
{
    private const string FullName = "وصل كريم العتيبي إلى المعرض صباح الأحد.";
    private const string FamilyNameAlone = "ويرى العتيبي أن الخطة ستنجح.";

    private static string Line(object id, string? doc, string text) =>
        JsonSerializer.Serialize(doc is null ? new Dictionary<string, object> { ["id"] = id, ["text"] = text } : new Dictionary<string, object> { ["id"] = id, ["doc"] = doc, ["text"] = text });

    private static (int Exit, string Raw, List<JsonElement> Lines) Run(params string[] inputLines)
    {
        using var output = new MemoryStream();
        var exit = EntitiesCommand.Run(new StringReader(string.Join("\n", inputLines) + (inputLines.Length > 0 ? "\n" : "")), output);
        var raw = Encoding.UTF8.GetString(output.ToArray());
        var lines = raw.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (exit, raw, lines);
    }

    /// <summary>An answer's entities as "kind:start:length:text".</summary>
    private static List<string> Entities(JsonElement answer) =>
        answer.GetProperty("entities").EnumerateArray()
            .Select(e => e.GetProperty("kind").GetString() + ":" + e.GetProperty("start").GetInt32() + ":" + e.GetProperty("length").GetInt32() + ":" + e.GetProperty("text").GetString())
            .ToList();

    [Fact]
    public void Each_line_is_answered_in_order_with_its_id_and_utf16_offsets_into_its_own_text()
    {
        // U+1F389 and U+1D538 are two UTF-16 code units each: the offsets count code units, as .NET and JavaScript strings do.
        const string First = "🎉 Tomas Brennan opened his bakery in Rotterdam.";
        const string Second = "The judges in 𝔸rles praised Brennan for his rye bread.";
        var (exit, _, lines) = Run(Line(1, "d1", First), Line("two", "d1", Second), Line("ar", "d2", FullName));

        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("id").GetInt32());
        Assert.Equal("two", lines[1].GetProperty("id").GetString());
        Assert.Equal("ar", lines[2].GetProperty("id").GetString());

        Assert.Equal(
            new[] { "person:" + First.IndexOf("Tomas", StringComparison.Ordinal) + ":13:Tomas Brennan", "place:" + First.IndexOf("Rotterdam", StringComparison.Ordinal) + ":9:Rotterdam" },
            Entities(lines[0]));
        Assert.Equal(3, First.IndexOf("Tomas", StringComparison.Ordinal));
        Assert.Equal(new[] { "person:" + Second.IndexOf("Brennan", StringComparison.Ordinal) + ":7:Brennan" }, Entities(lines[1]));
        Assert.Equal(new[] { "person:4:12:كريم العتيبي" }, Entities(lines[2]));

        // Every span is the entity's text in its own line.
        var texts = new[] { First, Second, FullName };
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var e in lines[i].GetProperty("entities").EnumerateArray())
            {
                Assert.Equal(e.GetProperty("text").GetString(), texts[i].Substring(e.GetProperty("start").GetInt32(), e.GetProperty("length").GetInt32()));
            }
        }
    }

    [Fact]
    public void The_lines_of_one_doc_are_one_article_so_a_family_name_alone_later_is_found()
    {
        var (_, _, lines) = Run(Line("p1", "article-1", FullName), Line("p2", "article-1", FamilyNameAlone));

        Assert.Equal(2, lines.Count);
        Assert.Equal(new[] { "person:4:12:كريم العتيبي" }, Entities(lines[0]));
        Assert.Equal(new[] { "person:5:7:العتيبي" }, Entities(lines[1]));
    }

    [Fact]
    public void A_new_doc_starts_a_new_article_so_the_earlier_docs_names_do_not_carry_over()
    {
        // Alone, the family name is no mention (neither the tagger nor a rule finds it): it is found only through a full
        // name earlier in its article.
        Assert.Empty(Entities(Assert.Single(Run(Line("alone", "solo", FamilyNameAlone)).Lines)));

        var (_, _, lines) = Run(Line("a1", "article-1", FullName), Line("b1", "article-2", FamilyNameAlone));
        Assert.Equal(2, lines.Count);
        Assert.Equal(new[] { "person:4:12:كريم العتيبي" }, Entities(lines[0]));
        Assert.Equal("b1", lines[1].GetProperty("id").GetString());
        Assert.Empty(Entities(lines[1]));

        // A line without a doc is an article of its own.
        var (_, _, undocumented) = Run(Line("n1", null, FullName), Line("n2", null, FamilyNameAlone));
        Assert.Equal(2, undocumented.Count);
        Assert.Empty(Entities(undocumented[1]));
    }

    [Fact]
    public void A_bad_json_line_is_answered_with_an_error_in_its_place_and_the_lines_after_it_are_answered()
    {
        var (exit, _, lines) = Run(
            Line("first", "d1", "Tomas Brennan opened his bakery in Rotterdam."),
            "{\"id\": \"broken\", \"text\": ",
            Line("third", "d2", FullName));

        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Count);
        Assert.Equal("first", lines[0].GetProperty("id").GetString());
        Assert.Equal(new[] { "person:0:13:Tomas Brennan", "place:35:9:Rotterdam" }, Entities(lines[0]));
        Assert.True(lines[1].TryGetProperty("error", out var error));
        Assert.Equal(JsonValueKind.String, error.ValueKind);
        Assert.False(lines[1].TryGetProperty("entities", out _));
        Assert.Equal("third", lines[2].GetProperty("id").GetString());
        Assert.Equal(new[] { "person:4:12:كريم العتيبي" }, Entities(lines[2]));
    }

    [Fact]
    public void An_empty_input_gives_no_output()
    {
        var (exit, raw, lines) = Run();

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, raw);
        Assert.Empty(lines);
    }
}
