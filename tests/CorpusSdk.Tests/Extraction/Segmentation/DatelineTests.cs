using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>
/// Datelines and the body's dates: these rules read dates through the date recognizer, so they pass only once it
/// recognizes the forms used here.
/// </summary>
[Trait("Needs", "DateRecognizer")]
public class DatelineTests
{
    private const string Headline = "المنتخب الوطني يتأهل إلى نهائي كأس آسيا للشباب";
    private const string Lead =
        "تأهل المنتخب الوطني للشباب إلى المباراة النهائية لكأس آسيا بعد فوزه على نظيره الياباني بهدف نظيف في نصف النهائي.";

    [Fact]
    public void Arabic_dateline_with_weekday_and_time_is_the_publication_date()
    {
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ "الإثنين 16 مارس 2026 - 10:15 ص",
            /* 3 */ Lead);

        Assert.Equal("2026-03-16T10:15|minute|dateline|2", article.PublishedText());
        Assert.DoesNotContain(2, article.PlacedLines());
        Assert.DoesNotContain("CORPUS003", article.DiagnosticIds());
    }

    [Fact]
    public void Section_before_the_dateline_is_the_section()
    {
        var article = Page.Extract(
            /* 1 */ "رياضة 08:30 PM - 2026-03-16",
            /* 2 */ Headline,
            /* 3 */ Lead);

        Assert.Equal("رياضة", article.Section);
        Assert.Equal("2026-03-16T20:30|minute|dateline|1", article.PublishedText());
        Assert.Equal(2, article.TitleLine);
        Assert.Null(article.Outlet); // the section is not a masthead
    }

    [Fact]
    public void English_dateline_is_the_publication_date()
    {
        var article = Page.Extract(
            /* 1 */ "Harbour cranes return to work after storm damage",
            /* 2 */ "Monday 16 March 2026",
            /* 3 */ "Dock cranes at the eastern terminal resumed work after engineers repaired damage caused by the storm.");

        Assert.Equal("2026-03-16|day|dateline|2", article.PublishedText());
        Assert.Equal(new[] { 3 }, article.ParagraphLines());
    }

    [Fact]
    public void Numeric_dateline_is_the_publication_date()
    {
        var article = Page.Extract(Headline, "16/3/2026", Lead);

        Assert.Equal("2026-03-16|day|dateline|2", article.PublishedText());
    }

    [Fact]
    public void Front_matter_date_wins_over_the_dateline()
    {
        var article = Page.Extract(
            /* 1 */ "---",
            /* 2 */ "published: 2026-03-17",
            /* 3 */ "---",
            /* 4 */ Headline,
            /* 5 */ "الإثنين 16 مارس 2026 - 10:15 ص",
            /* 6 */ Lead);

        Assert.Equal("2026-03-17|day|front-matter|2", article.PublishedText());
        Assert.DoesNotContain(5, article.PlacedLines());
    }

    [Fact]
    public void Relative_date_in_the_body_resolves_against_the_dateline()
    {
        string[] page =
        {
            /* 1 */ Headline,
            /* 2 */ "الإثنين 16 مارس 2026 - 10:15 ص",
            /* 3 */ Lead,
            /* 4 */ "ويلتقي المنتخب في النهائي مع الفائز من مباراة كوريا الجنوبية وأستراليا التي تقام غدا.",
        };

        var tomorrow = Assert.Single(Page.Extract(page).Dates, d => d.Line == 4);
        Assert.Equal(("غدا", "2026-03-17", true), (tomorrow.Text, tomorrow.Value, tomorrow.Relative));
        Assert.DoesNotContain(Page.Link(page).Diagnostics, d => d.Id == "CORPUS103");
    }

    [Fact]
    public void Today_with_a_date_other_than_the_datelines_is_CORPUS101_at_the_expression()
    {
        const string body = "وقال مدرب المنتخب اليوم الأحد 15/3/2026 إن اللاعبين قدموا مباراة كبيرة رغم الإرهاق.";
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ "الإثنين 16 مارس 2026 - 10:15 ص",
            /* 3 */ Lead,
            /* 4 */ body);

        var diagnostic = Assert.Single(article.Diagnostics, d => d.Id == "CORPUS101");
        Assert.Equal((4, body.IndexOf("اليوم", System.StringComparison.Ordinal) + 1), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Contains("2026-03-16", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CORPUS102", article.DiagnosticIds()); // 15 March 2026 was a Sunday
    }

    [Fact]
    public void Weekday_that_does_not_match_its_date_is_CORPUS102()
    {
        const string body = "وكان المنتخب قد فاز في مباراته السابقة يوم الخميس 4 مارس 2026 على منتخب الكويت بثلاثة أهداف.";
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ "الإثنين 16 مارس 2026 - 10:15 ص",
            /* 3 */ Lead,
            /* 4 */ body);

        // 4 March 2026 was a Wednesday.
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Id == "CORPUS102");
        Assert.Equal(4, diagnostic.Span.StartLine);
        Assert.InRange(diagnostic.Span.StartColumn, body.IndexOf("يوم الخميس", System.StringComparison.Ordinal) + 1, body.IndexOf("الخميس", System.StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Relative_date_in_an_undated_article_is_CORPUS103_at_the_expression()
    {
        const string body = "أعادت السلطات فتح المعبر الحدودي أمام حركة الشاحنات التجارية أمس الأحد بعد إغلاق استمر أسبوعين بسبب الأحوال الجوية.";
        string[] page =
        {
            /* 1 */ "السلطات تعيد فتح المعبر الحدودي أمام حركة الشاحنات",
            /* 2 */ body,
        };

        // Whether anything anchors the date takes the corpus (another source may date the event): the link stage says.
        var diagnostic = Assert.Single(Page.Link(page).Diagnostics, d => d.Id == "CORPUS103");
        Assert.Equal((2, body.IndexOf("أمس", System.StringComparison.Ordinal) + 1), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Contains("CORPUS003", Page.Extract(page).DiagnosticIds());
    }

    [Fact]
    public void Relative_date_in_an_article_dated_by_front_matter_is_not_CORPUS103()
    {
        string[] page =
        {
            "---",
            "published: 2026-03-16",
            "---",
            "السلطات تعيد فتح المعبر الحدودي أمام حركة الشاحنات",
            "أعادت السلطات فتح المعبر الحدودي أمام حركة الشاحنات التجارية أمس الأحد بعد إغلاق استمر أسبوعين بسبب الأحوال الجوية.",
        };

        Assert.DoesNotContain(Page.Link(page).Diagnostics, d => d.Id == "CORPUS103");
        Assert.Contains(Page.Extract(page).Dates, d => d.Line == 5 && d.Value == "2026-03-15");
    }
}
