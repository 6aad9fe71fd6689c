using System;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Link;

// The model's kinds and statuses, not the typed API's of the same name (CorpusSdk.FactKind), which this namespace sees first.
using FactStatus = CorpusSdk.Extraction.Model.FactStatus;

/// <summary>
/// Framed facts gathered across the articles of one story (Link/FactGatherer): one fact per frame and entity however the
/// sources word it; disputed only when two certain statements of different articles part and neither is a later update;
/// other stories, other years and the days of statements kept apart. Corpora written for the tests.
/// </summary>
public class FramedFactGatheringTests
{
    private static CorpusModel Corpus(params (string File, string Text)[] files) =>
        ArticleLinker.Link(files.Select(f => ArticleExtractor.Extract(f.File, f.Text)));

    private static string English(string day, params string[] body) =>
        "Crash on the Varnholt road\n\n" + day + " March 2026\n\n" + string.Join("\n\n", body) + "\n";

    private static string Arabic(string headline, string dateline, params string[] body) =>
        headline + "\n\n" + dateline + "\n\n" + string.Join("\n\n", body) + "\n";

    private const string Killed12 = "A bus overturned near Varnholt in Dravel province, killing 12 people, police chief Helena Marsh said.";

    private const string Reported12 = "Police chief Helena Marsh said 12 people were killed when the bus left the road near Varnholt in Dravel province.";

    private static FactModel Deaths(CorpusModel corpus) => Assert.Single(corpus.Facts, f => f.Frame == "deaths");

    [Fact]
    public void One_toll_worded_differently_by_two_articles_of_a_story_is_one_corroborated_fact_of_that_story()
    {
        var corpus = Corpus(("a.txt", English("Monday 2", Killed12)), ("b.txt", English("Monday 2", Reported12)));

        var deaths = Deaths(corpus);
        Assert.Equal(("12", FactStatus.Corroborated, "number-deaths"), (deaths.Value, deaths.Status, deaths.Id));
        Assert.Equal(new[] { "A", "B" }, deaths.Sources.Select(s => s.Article));
        Assert.Equal(corpus.Stories.Single().Id, deaths.Story);
    }

    [Fact]
    public void Arabic_tolls_in_other_words_are_one_fact_and_a_different_toll_disputes()
    {
        const string Opening = "قال مدير الدفاع المدني في محافظة الزهراء سامر خليل إن انقلاب الحافلة قرب بلدة العين ";
        var agree = Corpus(
            ("a.txt", Arabic("انقلاب حافلة", "الإثنين 2 مارس 2026", Opening + "أسفر عن مقتل 12 شخصا.")),
            ("b.txt", Arabic("حصيلة الحادث", "الإثنين 2 مارس 2026", Opening + "خلف 12 قتيلا.")));
        var differ = Corpus(
            ("a.txt", Arabic("انقلاب حافلة", "الإثنين 2 مارس 2026", Opening + "أسفر عن مقتل 12 شخصا.")),
            ("b.txt", Arabic("حصيلة الحادث", "الإثنين 2 مارس 2026", Opening + "خلف 17 قتيلا.")));

        Assert.Equal(FactStatus.Corroborated, Deaths(agree).Status);
        Assert.Equal(FactStatus.Disputed, Deaths(differ).Status);
        Assert.Equal("القتلى", Deaths(differ).Subject);
    }

    [Fact]
    public void Tolls_said_to_hold_for_a_morning_and_for_the_evening_of_one_day_are_an_update_and_no_CORPUS202()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", "As of Monday morning, 12 people were killed when a bus overturned near Varnholt in Dravel province, police chief Helena Marsh said.")),
            ("b.txt", English("Monday 2", "By Monday evening, 19 people were killed in the bus crash near Varnholt in Dravel province, police chief Helena Marsh said.")));

        var deaths = Deaths(corpus);
        Assert.NotEqual(FactStatus.Disputed, deaths.Status);
        Assert.Equal(new[] { "As of Monday morning", "By Monday evening" }, deaths.Sources.Select(s => s.AsOf));
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS202");
    }

    [Fact]
    public void Two_values_for_the_same_time_disagree_and_the_message_says_the_time_of_each()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", "As of Monday evening, 12 people were killed when a bus overturned near Varnholt in Dravel province, police chief Helena Marsh said.")),
            ("b.txt", English("Monday 2", "By Monday evening, 19 people were killed in the bus crash near Varnholt in Dravel province, police chief Helena Marsh said.")));

        Assert.Equal(FactStatus.Disputed, Deaths(corpus).Status);
        var finding = Assert.Single(corpus.Diagnostics, d => d.Id == "CORPUS202");
        Assert.Contains("As of Monday evening", finding.Message, StringComparison.Ordinal);
        Assert.Contains("By Monday evening", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_areas_burned_that_part_are_CORPUS202_and_an_area_in_another_unit_is_a_fact_of_its_own()
    {
        const string Fire = "Fire on the Varnholt hills";
        static string Page(string body) => Fire + "\n\nMonday 2 March 2026\n\n" + body + "\n";
        var corpus = Corpus(
            ("a.txt", Page("The wildfire near Varnholt in Dravel province has burned 4,500 hectares of forest, fire chief Helena Marsh said.")),
            ("b.txt", Page("Fire chief Helena Marsh said the wildfire near Varnholt in Dravel province had burned 6,000 hectares of forest.")),
            ("c.txt", Page("The wildfire near Varnholt in Dravel province has burned 45 square kilometres, fire chief Helena Marsh said.")));

        var areas = corpus.Facts.Where(f => f.Frame == "area").ToDictionary(f => f.Unit!, StringComparer.Ordinal);
        Assert.Equal(FactStatus.Disputed, areas["ha"].Status);
        Assert.Equal(FactStatus.Single, areas["km²"].Status);
        var finding = Assert.Single(corpus.Diagnostics, d => d.Id == "CORPUS202");
        Assert.Contains("4500", finding.Message, StringComparison.Ordinal);
        Assert.Contains("6000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_that_falls_from_the_morning_to_the_evening_is_no_update_but_a_dispute()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", "As of Monday morning, 19 people were killed when a bus overturned near Varnholt in Dravel province, police chief Helena Marsh said.")),
            ("b.txt", English("Monday 2", "By Monday evening, 12 people were killed in the bus crash near Varnholt in Dravel province, police chief Helena Marsh said.")));

        Assert.Equal(FactStatus.Disputed, Deaths(corpus).Status);
    }

    [Fact]
    public void An_Arabic_toll_until_yesterday_evening_and_one_until_this_morning_are_an_update()
    {
        const string Names = "في انقلاب حافلة قرب بلدة العين في محافظة الزهراء، بحسب مدير الدفاع المدني سامر خليل";
        var corpus = Corpus(
            ("a.txt", Arabic("انقلاب حافلة", "الثلاثاء 3 مارس 2026", "لقي 12 شخصا حتفهم حتى مساء أمس " + Names + ".")),
            ("b.txt", Arabic("حصيلة الحادث", "الثلاثاء 3 مارس 2026", "لقي 15 شخصا حتفهم حتى صباح اليوم " + Names + ".")));

        var deaths = Deaths(corpus);
        Assert.NotEqual(FactStatus.Disputed, deaths.Status);
        Assert.Equal(new[] { "حتى مساء أمس", "حتى صباح اليوم" }, deaths.Sources.Select(s => s.AsOf));
    }

    [Fact]
    public void By_and_حتى_with_no_time_after_them_say_no_time()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", "Twelve people were killed by the bus that overturned near Varnholt in Dravel province, police chief Helena Marsh said.")),
            ("b.txt", Arabic("انقلاب حافلة", "الإثنين 2 مارس 2026", "لقي 12 شخصا حتفهم حتى الأطفال منهم في انقلاب حافلة قرب بلدة العين.")));

        Assert.All(corpus.Facts.SelectMany(f => f.Sources), s => Assert.Null(s.AsOf));
    }

    [Fact]
    public void A_time_marker_that_ends_the_text_says_no_time_and_throws_nothing()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", "A bus overturned near Varnholt in Dravel province and 12 people were killed by")),
            ("b.txt", Arabic("انقلاب حافلة", "الإثنين 2 مارس 2026", "لقي 12 شخصا حتفهم في انقلاب حافلة قرب بلدة العين حتى")));

        Assert.All(corpus.Facts.SelectMany(f => f.Sources), s => Assert.Null(s.AsOf));
    }

    [Fact]
    public void A_later_article_saying_the_toll_rose_to_a_higher_value_updates_it_and_no_CORPUS202()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", Killed12)),
            ("b.txt", English("Wednesday 4", "The death toll rose to 20 on Wednesday, police chief Helena Marsh said of the bus crash near Varnholt in Dravel province.")));

        var deaths = Deaths(corpus);
        Assert.NotEqual(FactStatus.Disputed, deaths.Status);
        Assert.Equal(new[] { "12", "20" }, deaths.Sources.Select(s => s.Value));
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS202");
    }

    [Fact]
    public void An_Arabic_update_ارتفعت_الحصيلة_a_day_later_is_not_a_dispute()
    {
        const string Names = "في محافظة الزهراء، بحسب مدير الدفاع المدني سامر خليل، قرب بلدة العين";
        var corpus = Corpus(
            ("a.txt", Arabic("انقلاب حافلة", "الإثنين 2 مارس 2026", "لقي 12 شخصا حتفهم في انقلاب حافلة " + Names + ".")),
            ("b.txt", Arabic("ارتفاع الحصيلة", "الثلاثاء 3 مارس 2026", "وارتفعت حصيلة انقلاب الحافلة إلى 15 قتيلا " + Names + ".")));

        var deaths = Deaths(corpus);
        Assert.Equal(new[] { "12", "15" }, deaths.Sources.Select(s => s.Value));
        Assert.NotEqual(FactStatus.Disputed, deaths.Status);
    }

    [Fact]
    public void Two_authorities_giving_different_tolls_dispute_and_CORPUS202_names_both_values_and_where()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", "According to the health ministry, 12 people were killed when a bus overturned near Varnholt in Dravel province, police chief Helena Marsh said.")),
            ("b.txt", English("Monday 2", "According to the Red Crescent, 19 people were killed when a bus overturned near Varnholt in Dravel province, police chief Helena Marsh said.")));

        var deaths = Deaths(corpus);
        Assert.Equal(FactStatus.Disputed, deaths.Status);
        Assert.Equal(new[] { ("12", "health ministry"), ("19", "Red Crescent") }, deaths.Sources.Select(s => (s.Value!, s.Authority!)));
        var finding = Assert.Single(corpus.Diagnostics, d => d.Id == "CORPUS202");
        Assert.Equal(("b.txt", 5), (finding.File, finding.Span.StartLine));
        Assert.Equal("Sources give different numbers for deaths: 12 (A:5 health ministry); 19 (B:5 Red Crescent)", finding.Message);
    }

    [Fact]
    public void Tolls_of_two_events_that_share_no_names_are_two_stories_and_never_compared()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", Killed12)),
            ("b.txt", "Fire at the Oskar mill\n\nMonday 2 March 2026\n\nA fire at the Oskar textile mill in Brenmark killed 40 workers, fire chief Tomas Reyk said.\n"));

        Assert.Equal(2, corpus.Stories.Count);
        var tolls = corpus.Facts.Where(f => f.Frame == "deaths").ToList();
        var storyOf = corpus.Stories.ToDictionary(story => story.Articles.Single(), story => story.Id);
        Assert.Equal(new[] { ("12", storyOf["A"]), ("40", storyOf["B"]) }, tolls.Select(f => (f.Value!, f.Story!)));
        Assert.All(tolls, f => Assert.Equal(FactStatus.Single, f.Status));
        Assert.Equal(2, tolls.Select(f => f.Id).Distinct().Count());
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS202");
    }

    [Fact]
    public void The_same_toll_in_two_stories_is_two_single_facts_not_one_corroborated()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", Killed12)),
            ("b.txt", "Fire at the Oskar mill\n\nMonday 2 March 2026\n\nA fire at the Oskar textile mill in Brenmark killed 12 workers, fire chief Tomas Reyk said.\n"));

        Assert.Equal(2, corpus.Facts.Count(f => f.Frame == "deaths"));
        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Corroborated);
    }

    [Fact]
    public void A_background_toll_of_another_year_is_a_fact_of_its_own_not_the_storys_toll()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", Killed12, "A similar crash in March 2009 killed 300 people.")),
            ("b.txt", English("Monday 2", Reported12)));

        var toll = Assert.Single(corpus.Facts, f => f.Frame == "deaths" && f.Value == "12");
        Assert.Equal(FactStatus.Corroborated, toll.Status);
        var background = Assert.Single(corpus.Facts, f => f.Frame == "deaths" && f.Value == "300");
        Assert.Equal((FactStatus.Single, "number-deaths-2009"), (background.Status, background.Id));
        Assert.Contains("2009", background.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS202");
    }

    [Fact]
    public void An_Arabic_background_toll_في_عام_2009_is_kept_apart()
    {
        const string Opening = "قال مدير الدفاع المدني في محافظة الزهراء سامر خليل إن انقلاب الحافلة قرب بلدة العين أسفر عن مقتل 12 شخصا.";
        var corpus = Corpus(
            ("a.txt", Arabic("انقلاب حافلة", "الإثنين 2 مارس 2026", Opening, "وفي عام 2009 لقي 300 شخص حتفهم في حادث مماثل.")),
            ("b.txt", Arabic("حصيلة الحادث", "الإثنين 2 مارس 2026", Opening)));

        Assert.Equal(FactStatus.Corroborated, Assert.Single(corpus.Facts, f => f.Frame == "deaths" && f.Value == "12").Status);
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS202");
    }

    [Fact]
    public void A_background_toll_introduced_by_In_2009_is_not_the_storys_toll()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", Killed12, "In 2009, 300 people died in a similar crash.")),
            ("b.txt", English("Monday 2", Reported12)));

        Assert.Equal(FactStatus.Corroborated, Assert.Single(corpus.Facts, f => f.Frame == "deaths" && f.Value == "12").Status);
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS202");
    }

    [Fact]
    public void Statements_on_two_different_days_of_one_story_are_two_facts_and_no_CORPUS201()
    {
        const string Toll = "قال مدير الدفاع المدني في محافظة الزهراء سامر خليل إن انقلاب الحافلة قرب بلدة العين أسفر عن مقتل 12 شخصا.";
        var corpus = Corpus(
            ("a.txt", Arabic("انقلاب حافلة", "الإثنين 2 مارس 2026", Toll, "أعلنت الوزارة، اليوم الإثنين، فتح تحقيق في انقلاب الحافلة.")),
            ("b.txt", Arabic("نتائج التحقيق", "الثلاثاء 3 مارس 2026", Toll, "أعلنت الوزارة، اليوم الثلاثاء، نتائج التحقيق في انقلاب الحافلة.")));

        Assert.Single(corpus.Stories);
        var statements = corpus.Facts.Where(f => f.Frame == "statement").ToList();
        Assert.Equal(new[] { "2026-03-02", "2026-03-03" }, statements.Select(f => f.Value));
        Assert.All(statements, f => Assert.Equal(FactStatus.Single, f.Status));
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS201");
    }

    [Fact]
    public void The_same_statement_day_from_two_articles_is_one_corroborated_fact()
    {
        const string Toll = "قال مدير الدفاع المدني في محافظة الزهراء سامر خليل إن انقلاب الحافلة قرب بلدة العين أسفر عن مقتل 12 شخصا.";
        var corpus = Corpus(
            ("a.txt", Arabic("انقلاب حافلة", "الإثنين 2 مارس 2026", Toll, "أعلنت الوزارة، اليوم الإثنين، فتح تحقيق في انقلاب الحافلة.")),
            ("b.txt", Arabic("تحقيق في الحادث", "الثلاثاء 3 مارس 2026", Toll, "وكشفت الوزارة، أمس الإثنين، أنها فتحت تحقيقا في انقلاب الحافلة.")));

        var statement = Assert.Single(corpus.Facts, f => f.Frame == "statement");
        Assert.Equal(("2026-03-02", FactStatus.Corroborated), (statement.Value, statement.Status));
    }

    [Fact]
    public void Distances_from_two_places_are_two_facts_named_after_their_places()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", "The quake struck 80 km north of Varnholt in Dravel province, police chief Helena Marsh said.")),
            ("b.txt", English("Monday 2", "Police chief Helena Marsh said the quake struck 35 km east of Halvik, near Varnholt in Dravel province.")));

        var distances = corpus.Facts.Where(f => f.Frame == "distance").OrderBy(f => f.Value, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { ("35", "Halvik"), ("80", "Varnholt") }, distances.Select(f => (f.Value!, f.Entity!)));
        Assert.Contains(distances, f => f.Id == "number-distance-varnholt");
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS202");
    }

    [Fact]
    public void The_killed_and_the_injured_of_one_story_are_two_facts_not_a_dispute()
    {
        var corpus = Corpus(
            ("a.txt", English("Monday 2", "The bus crash near Varnholt in Dravel province killed 12 and injured 30, police chief Helena Marsh said.")),
            ("b.txt", English("Monday 2", "Police chief Helena Marsh said 30 people were injured and 12 killed near Varnholt in Dravel province.")));

        Assert.Equal(("12", FactStatus.Corroborated), (Deaths(corpus).Value, Deaths(corpus).Status));
        var injured = Assert.Single(corpus.Facts, f => f.Frame == "injured");
        Assert.Equal(("30", FactStatus.Corroborated), (injured.Value, injured.Status));
    }
}
