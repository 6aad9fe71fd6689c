using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>A front matter block states what extraction would otherwise guess; a bad block is CORPUS008 and the file is still read.</summary>
public class FrontMatterTests
{
    private static readonly string[] Article =
    {
        "الميدان",
        "انقطاع مفاجئ للمياه في الزرقاء بسبب عطل في خط رئيسي",
        "كتب: خالد منصور",
        "أعلنت سلطة المياه انقطاع الضخ عن عدد من أحياء مدينة الزرقاء بسبب عطل مفاجئ في خط الناقل الرئيسي.",
        "وقالت السلطة إن فرق الصيانة تعمل على إصلاح العطل، متوقعة عودة الضخ خلال ساعات.",
    };

    private static ArticleModel WithFrontMatter(params string[] block) =>
        Page.Extract(new[] { "---" }.Concat(block).Append("---").Concat(Article).ToArray());

    [Fact]
    public void Valid_block_overrides_title_outlet_author_published_language_and_id()
    {
        var article = WithFrontMatter(
            /* 2 */ "id: ZarqaWater",
            /* 3 */ "title: انقطاع المياه عن أحياء في الزرقاء",
            /* 4 */ "outlet: جريدة الميدان",
            /* 5 */ "author: رنا يوسف",
            /* 6 */ "published: 2026-04-14T09:30",
            /* 7 */ "language: ar",
            /* 8 */ "url: https://example.com/news/zarqa-water");

        Assert.Equal("ZarqaWater", article.IdentifierHint);
        Assert.Equal(("انقطاع المياه عن أحياء في الزرقاء", "front-matter", 3), (article.Title, article.TitleSource, article.TitleLine));
        Assert.Equal("جريدة الميدان", article.Outlet); // not the masthead "الميدان"
        Assert.Equal("رنا يوسف", article.Author);    // not the byline "خالد منصور"
        Assert.Equal("2026-04-14T09:30|minute|front-matter|6", article.PublishedText());
        Assert.Equal("ar", article.Language);
        Assert.Equal("https://example.com/news/zarqa-water", article.Url);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Block_lines_are_not_part_of_the_article_and_line_numbers_count_them()
    {
        var article = WithFrontMatter("outlet: جريدة الميدان", "published: 2026-04-14");

        Assert.All(article.PlacedLines(), line => Assert.True(line > 4, "line " + line + " is inside the front matter"));
        Assert.Empty(article.Captions.WithoutStarts());
        Assert.Equal(new[] { 8, 9 }, article.ParagraphLines());
        Assert.Equal(("انقطاع مفاجئ للمياه في الزرقاء بسبب عطل في خط رئيسي", "headline", 6), (article.Title, article.TitleSource, article.TitleLine));
        Assert.Equal("خالد منصور", article.Author);
        Assert.Equal("جريدة الميدان", article.Outlet);
    }

    [Fact]
    public void Language_given_in_the_block_wins_over_the_script()
    {
        var article = Page.Extract(
            "---",
            "language: fr",
            "---",
            "Le port de Tanger Med bat un record de trafic",
            "Le port a traité plus de dix millions de conteneurs l'an dernier, selon l'autorité portuaire, un record pour l'Afrique.");

        Assert.Equal("fr", article.Language);
    }

    [Theory]
    [InlineData("published: 2026-4-14", "'2026-4-14'")]
    [InlineData("published: 2026-02-30", "'2026-02-30'")]
    [InlineData("colour: blue", "'colour'")]
    [InlineData("هذا سطر بلا نقطتين", "هذا سطر بلا نقطتين")]
    [InlineData("id: 2026 report", "'2026 report'")]
    [InlineData("language: arabic", "'arabic'")]
    [InlineData("url: not a link", "'not a link'")]
    public void Bad_line_gets_CORPUS008_at_its_line_and_the_rest_of_the_block_still_applies(string bad, string named)
    {
        var article = WithFrontMatter(
            /* 2 */ "outlet: جريدة الميدان",
            /* 3 */ bad,
            /* 4 */ "author: رنا يوسف");

        var problem = Assert.Single(article.Diagnostics, d => d.Id == "CORPUS008");
        Assert.Equal((3, 1), (problem.Span.StartLine, problem.Span.StartColumn));
        Assert.Contains(named, problem.Message, System.StringComparison.Ordinal);
        Assert.Equal("جريدة الميدان", article.Outlet);
        Assert.Equal("رنا يوسف", article.Author);
        Assert.Equal(new[] { 9, 10 }, article.ParagraphLines());
    }

    [Fact]
    public void Several_bad_lines_each_get_CORPUS008_and_a_rejected_date_leaves_the_article_undated()
    {
        var article = Page.Extract(
            /* 1 */ "---",
            /* 2 */ "outlet: جريدة الميدان",
            /* 3 */ "published: 2026-4-14",
            /* 4 */ "colour: blue",
            /* 5 */ "هذا سطر بلا نقطتين",
            /* 6 */ "---",
            /* 7 */ "انقطاع مفاجئ للمياه في الزرقاء بسبب عطل في خط رئيسي",
            /* 8 */ "أعلنت سلطة المياه انقطاع الضخ عن عدد من أحياء مدينة الزرقاء بسبب عطل مفاجئ في خط الناقل الرئيسي.",
            /* 9 */ "وقالت السلطة إن فرق الصيانة تعمل على إصلاح العطل، متوقعة عودة الضخ خلال ساعات.");

        Assert.Equal(new[] { 3, 4, 5 }, article.Diagnostics.Where(d => d.Id == "CORPUS008").Select(d => d.Span.StartLine));
        Assert.Null(article.Published);
        Assert.Contains("CORPUS003", article.DiagnosticIds());
        Assert.Equal(("انقطاع مفاجئ للمياه في الزرقاء بسبب عطل في خط رئيسي", 7), (article.Title, article.TitleLine));
        Assert.Equal(new[] { 8, 9 }, article.ParagraphLines());
    }

    [Fact]
    public void Unclosed_block_gets_CORPUS008_at_its_opening_line_and_the_file_is_read_as_text()
    {
        var article = Page.Extract(
            /* 1 */ "---",
            /* 2 */ "outlet: جريدة الميدان",
            /* 3 */ "انقطاع مفاجئ للمياه في الزرقاء بسبب عطل في خط رئيسي",
            /* 4 */ "أعلنت سلطة المياه انقطاع الضخ عن عدد من أحياء مدينة الزرقاء بسبب عطل مفاجئ في خط الناقل الرئيسي.",
            /* 5 */ "وقالت السلطة إن فرق الصيانة تعمل على إصلاح العطل، متوقعة عودة الضخ خلال ساعات.");

        var problem = Assert.Single(article.Diagnostics, d => d.Id == "CORPUS008");
        Assert.Equal((1, 1), (problem.Span.StartLine, problem.Span.StartColumn));
        Assert.Contains("never closed", problem.Message, System.StringComparison.Ordinal);
        Assert.True(article.IsReadable);
        Assert.Equal(("انقطاع مفاجئ للمياه في الزرقاء بسبب عطل في خط رئيسي", 3), (article.Title, article.TitleLine));
        Assert.Equal(new[] { 4, 5 }, article.ParagraphLines());
    }

    [Fact]
    public void Fence_of_an_unclosed_block_is_not_taken_for_a_masthead()
    {
        var article = Page.Extract(
            /* 1 */ "---",
            /* 2 */ "انقطاع مفاجئ للمياه في الزرقاء بسبب عطل في خط رئيسي",
            /* 3 */ "أعلنت سلطة المياه انقطاع الضخ عن عدد من أحياء مدينة الزرقاء بسبب عطل مفاجئ في خط الناقل الرئيسي.");

        Assert.NotEqual("---", article.Outlet);
        Assert.Contains("CORPUS004", article.DiagnosticIds());
    }

    [Fact]
    public void Block_after_leading_blank_lines_and_with_crlf_is_still_front_matter()
    {
        var text = "\r\n\r\n---\r\noutlet: جريدة الميدان\r\npublished: 2026-04-14\r\n---\r\n"
            + string.Join("\r\n", Article.Skip(1));

        var article = CorpusSdk.Extraction.ArticleExtractor.Extract(Page.File, text);

        Assert.Equal("جريدة الميدان", article.Outlet);
        Assert.Equal("2026-04-14|day|front-matter|5", article.PublishedText());
        Assert.Equal(new[] { 9, 10 }, article.ParagraphLines());
        Assert.DoesNotContain(article.Diagnostics, d => d.Id is "CORPUS003" or "CORPUS004" or "CORPUS008");
    }
}
