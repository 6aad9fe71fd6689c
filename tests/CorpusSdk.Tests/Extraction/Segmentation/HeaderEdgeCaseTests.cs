using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

/// <summary>Header cases that once went wrong: an outlet joined to a byline, short headlines, a dateline's own weekday.</summary>
public class HeaderEdgeCaseTests
{
    private const string Body1 = "Firefighters battled the blaze at the textile warehouse for six hours before bringing it under control late on Sunday.";
    private const string Body2 = "No one was injured, the fire service said, but the owners estimate the damage to stock and machinery in the millions.";

    [Theory]
    [InlineData("Harbour Daily News | Tunde Bakare")]
    [InlineData("Tunde Bakare | Harbour Daily News")]
    public void The_side_of_a_joined_byline_that_names_an_outlet_is_the_outlet(string byline)
    {
        var article = Page.Extract("Warehouse fire brought under control after six hours", byline, Body1, Body2);

        Assert.Equal("Tunde Bakare", article.Author);
        Assert.Equal("Harbour Daily News", article.Outlet);
    }

    [Fact]
    public void A_three_word_headline_is_the_headline_not_a_masthead()
    {
        var article = Page.Extract("Storm batters coast", "Photo: waves break over the sea wall at Marina Point.", Body1, Body2);

        Assert.Equal("Storm batters coast", article.Title);
        Assert.Equal("headline", article.TitleSource);
        Assert.Null(article.Outlet);
        Assert.Contains(article.Captions.WithoutStarts(), c => c.Line == 2);
    }

    [Fact]
    public void A_dateline_whose_weekday_does_not_match_its_date_is_CORPUS102()
    {
        // 10 March 2026 is a Tuesday.
        var article = Page.Extract(
            "افتتاح جسر جديد فوق النهر في وسط المدينة",
            "الأربعاء 10 مارس 2026 - 11:30 ص",
            "افتتح محافظ المدينة صباح اليوم جسرا جديدا يربط ضفتي النهر بعد عامين من الأعمال الإنشائية.",
            "وقال المحافظ إن الجسر سيخفف الازدحام المروري في الشوارع المحيطة بالسوق القديم.");

        Assert.Equal("2026-03-10T11:30", article.Published?.Value);
        var mismatch = Assert.Single(article.Diagnostics, d => d.Id == "CORPUS102");
        Assert.Equal(2, mismatch.Span.StartLine);
    }
}
