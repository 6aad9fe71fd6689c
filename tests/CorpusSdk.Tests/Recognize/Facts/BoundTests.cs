using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Recognize.Facts;
using static CorpusSdk.Tests.Recognize.Facts.FrameTests;

namespace CorpusSdk.Tests.Recognize.Facts;

// The model's kinds and statuses, not the typed API's of the same name (CorpusSdk.FactKind), which this namespace sees first.
using FactStatus = CorpusSdk.Extraction.Model.FactStatus;

/// <summary>
/// The bounds of a stated value (BoundLexicon): the phrase before the number (more than, at least, about, nearly, up to,
/// less than, and their Arabic), على الأقل after it, exported as <see cref="FactMention.Bound"/>; and what they mean
/// when two articles of one story are compared: ranges that overlap corroborate, ranges that part dispute.
/// </summary>
public class BoundTests
{
    [Theory]
    [InlineData("more than", ValueBound.MoreThan)]
    [InlineData("over", ValueBound.MoreThan)]
    [InlineData("at least", ValueBound.AtLeast)]
    [InlineData("about", ValueBound.About)]
    [InlineData("around", ValueBound.About)]
    [InlineData("nearly", ValueBound.Nearly)]
    [InlineData("almost", ValueBound.Nearly)]
    [InlineData("up to", ValueBound.AtMost)]
    [InlineData("less than", ValueBound.LessThan)]
    [InlineData("fewer than", ValueBound.LessThan)]
    public void An_English_bound_before_the_number_is_exported_with_the_value_and_its_text(string phrase, ValueBound bound)
    {
        var fact = Number("The fire at the depot killed " + phrase + " 900 people.");
        Assert.Equal(("deaths", "900", bound), (fact.Frame, fact.Value, fact.Bound));
        Assert.Equal(phrase + " 900", fact.Text);
    }

    [Theory]
    [InlineData("أكثر من", ValueBound.MoreThan)]
    [InlineData("ما يزيد على", ValueBound.MoreThan)]
    [InlineData("ما لا يقل عن", ValueBound.AtLeast)]
    [InlineData("نحو", ValueBound.About)]
    [InlineData("حوالي", ValueBound.About)]
    [InlineData("ما يصل إلى", ValueBound.AtMost)]
    [InlineData("أقل من", ValueBound.LessThan)]
    public void An_Arabic_bound_before_the_number_is_exported_with_the_value(string phrase, ValueBound bound)
    {
        var fact = Number("أسفر الحريق في المستودع عن مقتل " + phrase + " 900 شخص.");
        Assert.Equal(("deaths", "900", bound), (fact.Frame, fact.Value, fact.Bound));
        Assert.Equal(phrase + " 900", fact.Text);
    }

    [Theory]
    [InlineData("أسفر الحريق في المستودع عن مقتل 100 شخص على الأقل.")]
    [InlineData("The fire at the depot killed 100 people at least.")]
    public void At_least_after_the_number_or_its_noun_bounds_it(string sentence)
    {
        var fact = Number(sentence);
        Assert.Equal(("deaths", "100", ValueBound.AtLeast), (fact.Frame, fact.Value, fact.Bound));
    }

    [Fact]
    public void A_bound_on_a_measure_is_kept_with_its_unit()
    {
        var fact = Number("The quake struck about 250 km south of Tervola.");
        Assert.Equal(("distance", "250", "km", ValueBound.About), (fact.Frame, fact.Value, fact.Unit, fact.Bound));
    }

    [Theory]
    [InlineData(ValueBound.Exact, 100, 100)]
    [InlineData(ValueBound.About, 95, 105)]
    [InlineData(ValueBound.Nearly, 90, 100)]
    [InlineData(ValueBound.AtMost, 0, 100)]
    [InlineData(ValueBound.LessThan, 0, 100)]
    public void The_range_of_a_bounded_value(ValueBound bound, int low, int high)
    {
        Assert.Equal(((decimal)low, (decimal)high), BoundLexicon.Range(100m, bound));
    }

    [Theory]
    [InlineData(ValueBound.AtLeast)]
    [InlineData(ValueBound.MoreThan)]
    public void More_than_and_at_least_have_no_upper_end(ValueBound bound)
    {
        Assert.Equal((100m, decimal.MaxValue), BoundLexicon.Range(100m, bound));
    }

    // ----- the ranges, compared across two articles of one story -----

    /// <summary>Two articles of one story (they share four name words, published the same day), each with one statement.</summary>
    internal static CorpusModel Story(string first, string second, string secondDay = "Monday 2") =>
        ArticleLinker.Link(new[]
        {
            ArticleExtractor.Extract("a.txt", "Bus crash on the Varnholt road\n\nMonday 2 March 2026\n\n" + first + "\n"),
            ArticleExtractor.Extract("b.txt", "Varnholt crash\n\n" + secondDay + " March 2026\n\n" + second + "\n"),
        });

    private static string Crash(string killed) =>
        "A bus overturned near Varnholt in Dravel province, killing " + killed + " people, police chief Helena Marsh said.";

    private static string Reported(string killed) =>
        "Police chief Helena Marsh said " + killed + " people were killed when the bus left the road near Varnholt in Dravel province.";

    private static FactModel Deaths(CorpusModel corpus) => Assert.Single(corpus.Facts, f => f.Frame == "deaths");

    [Theory]
    [InlineData("more than 900", "about 900")]
    [InlineData("at least 100", "107")]
    [InlineData("up to 50", "45")]
    [InlineData("nearly 900", "850")]
    [InlineData("about 900", "930")]
    [InlineData("more than 150", "at least 200")]
    public void Ranges_that_share_a_value_corroborate(string first, string second)
    {
        var deaths = Deaths(Story(Crash(first), Reported(second)));
        Assert.Equal(FactStatus.Corroborated, deaths.Status);
        Assert.Equal(2, deaths.Sources.Count);
    }

    [Theory]
    [InlineData("82", "more than 150")]
    [InlineData("less than 900", "950")]
    [InlineData("about 900", "1000")]
    [InlineData("nearly 900", "800")]
    [InlineData("up to 50", "at least 60")]
    public void Ranges_with_no_common_value_dispute(string first, string second)
    {
        var corpus = Story(Crash(first), Reported(second));
        Assert.Equal(FactStatus.Disputed, Deaths(corpus).Status);
        Assert.Single(corpus.Diagnostics, d => d.Id == "CORPUS202");
    }

    [Fact]
    public void About_250_km_and_about_220_km_from_one_place_dispute()
    {
        var corpus = Story(
            "The quake struck about 250 km south of Varnholt in Dravel province, police chief Helena Marsh said.",
            "Police chief Helena Marsh said the quake hit about 220 km south of Varnholt in Dravel province.");

        var distance = Assert.Single(corpus.Facts, f => f.Frame == "distance");
        Assert.Equal((FactStatus.Disputed, "km", "Varnholt"), (distance.Status, distance.Unit, distance.Entity));
        Assert.Equal(new[] { ValueBound.About, ValueBound.About }, distance.Sources.Select(s => s.Bound));
    }

    [Fact]
    public void About_250_km_and_about_255_km_from_one_place_corroborate()
    {
        var corpus = Story(
            "The quake struck about 250 km south of Varnholt in Dravel province, police chief Helena Marsh said.",
            "Police chief Helena Marsh said the quake hit about 255 km south of Varnholt in Dravel province.");

        Assert.Equal(FactStatus.Corroborated, Assert.Single(corpus.Facts, f => f.Frame == "distance").Status);
    }

    [Fact]
    public void A_bounded_source_keeps_its_bound_in_the_fact_sources()
    {
        var deaths = Deaths(Story(Crash("more than 900"), Reported("about 900")));
        Assert.Equal(new[] { ("900", ValueBound.MoreThan), ("900", ValueBound.About) }, deaths.Sources.Select(s => (s.Value!, s.Bound)));
    }

    [Fact]
    public void CORPUS202_names_a_bounded_value_with_its_bound()
    {
        var corpus = Story(Crash("82"), Reported("more than 150"));
        var finding = Assert.Single(corpus.Diagnostics, d => d.Id == "CORPUS202");
        Assert.Contains("more than 150", finding.Message, System.StringComparison.Ordinal);
    }
}
