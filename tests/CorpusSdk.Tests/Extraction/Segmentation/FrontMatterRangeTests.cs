namespace CorpusSdk.Tests.Extraction.Segmentation;

/// <summary>Front-matter dates must be dates the runtime can hold: the generated code builds them unconditionally.</summary>
public class FrontMatterRangeTests
{
    [Theory]
    [InlineData("0000")]
    [InlineData("0000-05")]
    [InlineData("2026-13")]
    [InlineData("2026-02-30")]
    public void A_published_value_no_calendar_has_is_CORPUS008_and_not_used(string published)
    {
        var article = Page.Extract("---", "outlet: Coastal Times", "published: " + published, "---",
            "Harbour reopens after storm damage is repaired",
            "The harbour reopened to fishing boats on Friday after crews finished repairing the storm-damaged breakwater.");

        Assert.Null(article.Published);
        Assert.Contains("CORPUS008", article.DiagnosticIds());
    }
}
