using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CorpusSdk.Cli.Export;
using CorpusSdk.Extraction;

namespace CorpusSdk.Tests.Cli;

public class ExportWriterTests
{
    private static readonly string[] ArticleFields =
    {
        "id", "file", "language", "title", "titleSource", "outlet", "author", "published", "section", "tags", "captions",
        "subheadings", "paragraphs", "stories", "quotes", "mentions", "dates",
    };

    private static readonly string[] ListFields = { "tags", "captions", "subheadings", "paragraphs", "stories", "quotes", "mentions", "dates" };

    private static byte[] Export(string folder)
    {
        using var stream = new MemoryStream();
        ExportWriter.Write(CorpusFolder.Load(folder), stream);
        return stream.ToArray();
    }

    private static TempCorpus SmallCorpus() => new TempCorpus()
        .WriteText("ferry.txt", SampleTexts.CleanEnglish)
        .WriteTextWithBom("sub/river.txt", SampleTexts.CleanArabicCrlf)
        .WriteText("empty.txt", "")
        .WriteBytes("legacy.txt", SampleTexts.Windows1256("بيان صادر عن مكتب المحافظ"));

    [Fact]
    public void Export_is_json_with_the_corpus_export_1_schema_and_top_level_arrays()
    {
        using var corpus = SmallCorpus();

        using var json = JsonDocument.Parse(Export(corpus.Folder));
        var root = json.RootElement;

        Assert.Equal("corpus-export/1", root.GetProperty("schema").GetString());
        foreach (var name in new[] { "articles", "entities", "facts", "diagnostics" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public void Every_article_has_every_contract_field_with_the_right_kind()
    {
        using var corpus = SmallCorpus();

        using var json = JsonDocument.Parse(Export(corpus.Folder));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();

        Assert.Equal(2, articles.Count); // empty.txt is no article
        foreach (var article in articles)
        {
            var names = article.EnumerateObject().Select(p => p.Name).ToList();
            Assert.All(ArticleFields, field => Assert.Contains(field, names));
            Assert.All(ListFields, field => Assert.Equal(JsonValueKind.Array, article.GetProperty(field).ValueKind));
            Assert.Equal(JsonValueKind.String, article.GetProperty("id").ValueKind);
            Assert.Equal(JsonValueKind.String, article.GetProperty("file").ValueKind);
        }
    }

    [Fact]
    public void Articles_carry_id_file_language_title_and_paragraph_lines()
    {
        using var corpus = SmallCorpus();

        using var json = JsonDocument.Parse(Export(corpus.Folder));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();

        Assert.Equal(new[] { "ferry.txt", "sub/river.txt" }, articles.Select(a => a.GetProperty("file").GetString()));
        var river = articles[1];
        Assert.Equal("River", river.GetProperty("id").GetString());
        Assert.Equal("ar", river.GetProperty("language").GetString());
        Assert.Equal(SampleTexts.ArabicHeadline, river.GetProperty("title").GetString());
        Assert.Equal("headline", river.GetProperty("titleSource").GetString());
        var paragraphs = river.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(new[] { 7, 8 }, paragraphs.Select(p => p.GetProperty("line").GetInt32())); // after 4 lines of front matter
        Assert.StartsWith("أفادت مديرية الموارد المائية", paragraphs[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        var ferry = articles[0];
        Assert.Equal("en", ferry.GetProperty("language").GetString());
        Assert.Equal(2, ferry.GetProperty("paragraphs").GetArrayLength());
    }

    [Fact]
    public void An_empty_file_is_no_article_and_its_finding_says_so()
    {
        using var corpus = SmallCorpus();

        using var json = JsonDocument.Parse(Export(corpus.Folder));

        Assert.DoesNotContain(json.RootElement.GetProperty("articles").EnumerateArray(), a => a.GetProperty("file").GetString() == "empty.txt");
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("file").GetString() == "empty.txt" && d.GetProperty("id").GetString() == "CORPUS002");
    }

    [Fact]
    public void Diagnostics_have_id_severity_file_line_column_message_and_related()
    {
        using var corpus = SmallCorpus();

        using var json = JsonDocument.Parse(Export(corpus.Folder));
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();

        Assert.Equal(
            new[] { ("empty.txt", "CORPUS002"), ("legacy.txt", "CORPUS001") },
            diagnostics.Select(d => (d.GetProperty("file").GetString()!, d.GetProperty("id").GetString()!)));
        foreach (var diagnostic in diagnostics)
        {
            Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
            Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
            Assert.Equal(1, diagnostic.GetProperty("column").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetProperty("message").GetString()));
            Assert.Equal(JsonValueKind.Array, diagnostic.GetProperty("related").ValueKind);
        }
    }

    [Fact]
    public void Arabic_is_written_unescaped_as_utf8()
    {
        using var corpus = SmallCorpus();

        var bytes = Export(corpus.Folder);
        var text = new UTF8Encoding(false, true).GetString(bytes);

        Assert.Contains(SampleTexts.ArabicHeadline, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", text, StringComparison.OrdinalIgnoreCase);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no BOM before the JSON");
    }

    [Fact]
    public void Quotes_in_the_text_are_escaped_so_the_json_stays_valid()
    {
        using var corpus = new TempCorpus().WriteText("quote.txt", "Mayor: \"We will rebuild\"\nShe said \"the bridge\" \\ the road would reopen.\n");

        using var json = JsonDocument.Parse(Export(corpus.Folder));
        var article = json.RootElement.GetProperty("articles")[0];

        Assert.Equal("Mayor: \"We will rebuild\"", article.GetProperty("title").GetString());
        Assert.Equal("She said \"the bridge\" \\ the road would reopen.", article.GetProperty("paragraphs")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Export_does_not_close_the_output_stream()
    {
        using var corpus = SmallCorpus();
        using var stream = new MemoryStream();

        ExportWriter.Write(CorpusFolder.Load(corpus.Folder), stream);

        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 0);
    }

    [Fact]
    public void Seed_corpus_exports_five_arabic_articles_A000_to_A004()
    {
        using var json = JsonDocument.Parse(Export(TestPaths.Corpus));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();

        Assert.Equal(new[] { "A000", "A001", "A002", "A003", "A004" }, articles.Select(a => a.GetProperty("id").GetString()));
        Assert.All(articles, a => Assert.Equal("ar", a.GetProperty("language").GetString()));
        Assert.All(articles, a => Assert.EndsWith(".txt", a.GetProperty("file").GetString(), StringComparison.Ordinal));
        Assert.All(articles, a => Assert.NotEqual(0, a.GetProperty("paragraphs").GetArrayLength()));
    }

    [Fact]
    public void Exporting_the_same_folder_twice_gives_identical_bytes()
    {
        using var corpus = SmallCorpus();

        Assert.Equal(Export(corpus.Folder), Export(corpus.Folder));
    }
}
