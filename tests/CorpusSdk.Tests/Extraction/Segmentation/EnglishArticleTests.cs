using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>An English page goes through the same rules with English word lists.</summary>
public class EnglishArticleTests
{
    [Fact]
    public void Headline_byline_body_read_more_and_copyright_lines()
    {
        var article = Page.Extract(
            /* 1 */ "Local brewery to double output with new plant",
            /* 2 */ "By Sam Carter",
            /* 3 */ "The Old Mill brewery will double its output next year when a new plant opens on the edge of town, its owners said.",
            /* 4 */ "The company said the plant would create 40 jobs and use rainwater collected from its roof.",
            /* 5 */ "Read more",
            /* 6 */ "© 2026 Riverside Media Group. All rights reserved.");

        Assert.Equal("en", article.Language);
        Assert.Equal(("Local brewery to double output with new plant", "headline", 1), (article.Title, article.TitleSource, article.TitleLine));
        Assert.Equal("Sam Carter", article.Author);
        Assert.Equal(new[] { 3, 4 }, article.ParagraphLines());
        Assert.Equal(
            new[]
            {
                new DroppedLine(5, "Read more", DropReasons.Boilerplate),
                new DroppedLine(6, "© 2026 Riverside Media Group. All rights reserved.", DropReasons.Boilerplate),
            },
            article.Dropped.WithoutStarts());
        // Nothing else names the outlet, so the rights holder does.
        Assert.Equal("Riverside Media Group", article.Outlet);
        Assert.DoesNotContain("CORPUS004", article.DiagnosticIds());
        Assert.Single(article.Stories);
    }

    [Fact]
    public void Full_page_with_masthead_section_byline_photo_caption_and_related_link()
    {
        var article = Page.Extract(
            /*  1 */ "Riverside Chronicle",
            /*  2 */ "Business",
            /*  3 */ "Local brewery to double output with new plant",
            /*  4 */ "By Sam Carter",
            /*  5 */ "Photo: The new fermentation hall under construction",
            /*  6 */ "The Old Mill brewery will double its output next year when a new plant opens on the edge of town, its owners said.",
            /*  7 */ "The company said the plant would create 40 jobs and use rainwater collected from its roof.",
            /*  8 */ "It expects to begin brewing there in the spring.",
            /*  9 */ "Read more",
            /* 10 */ "Local bakery wins national award",
            /* 11 */ "© 2026 Riverside Media Group. All rights reserved.");

        Assert.Equal("Riverside Chronicle", article.Outlet); // the masthead outranks the copyright holder
        Assert.Equal("Business", article.Section);
        Assert.Equal("Local brewery to double output with new plant", article.Title);
        Assert.Equal("Sam Carter", article.Author);
        Assert.Equal(new[] { new LineText(5, "Photo: The new fermentation hall under construction") }, article.Captions.WithoutStarts());
        Assert.Equal(new[] { 6, 7, 8 }, article.ParagraphLines());
        Assert.Equal(DropReasons.Boilerplate, article.DroppedAt(9)?.Reason);
        Assert.Equal(DropReasons.Footer, article.DroppedAt(10)?.Reason);
        Assert.Equal(DropReasons.Boilerplate, article.DroppedAt(11)?.Reason);
    }

    [Fact]
    public void Byline_with_the_agency_after_a_comma_gives_author_and_outlet()
    {
        var article = Page.Extract(
            /* 1 */ "Storm batters coast as winds top 120 km/h",
            /* 2 */ "By Jane Doe, Reuters",
            /* 3 */ "Winds of up to 120 km/h tore roofs off houses along the coast overnight, and power was cut to thousands of homes.",
            /* 4 */ "He said two fishermen were missing after their boat capsized near the harbour mouth.");

        Assert.Equal(("Jane Doe", "Reuters"), (article.Author, article.Outlet));
    }

    [Fact]
    public void Crlf_page_gives_the_same_model_as_lf()
    {
        var lf = Page.Of(
            "Riverside Chronicle",
            "Local brewery to double output with new plant",
            "By Sam Carter",
            "The Old Mill brewery will double its output next year when a new plant opens on the edge of town, its owners said.",
            "Read more");

        var fromLf = CorpusSdk.Extraction.ArticleExtractor.Extract(Page.File, lf);
        var fromCrlf = CorpusSdk.Extraction.ArticleExtractor.Extract(Page.File, lf.Replace("\n", "\r\n", System.StringComparison.Ordinal));

        // Offsets into the text differ by the CRs; everything else, lines and columns of the findings included, is the same.
        Assert.Equal(fromLf.WithoutOffsets(), fromCrlf.WithoutOffsets());
        var quote = Assert.Single(fromCrlf.Quotes); // "…, its owners said."
        Assert.Equal("its owners", quote.Speaker!.Text);
        Assert.Equal("Riverside Chronicle", fromCrlf.Outlet);
        Assert.Equal(new[] { 4 }, fromCrlf.ParagraphLines());
    }
}
