using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Link;

/// <summary>
/// Which articles are one story (Link/StoryGrouper): at least three name words shared and at most three days apart; a
/// story is what those pairs join. The corpus lists its stories (<see cref="CorpusModel.Stories"/>) in the order of their
/// first articles, each with its articles in corpus order and an id that does not move when unrelated articles come.
/// </summary>
public class StoryGrouperTests
{
    private static ArticleModel Article(string file, string day, string body) =>
        ArticleExtractor.Extract(file, "Report\n\n" + day + " March 2026\n\n" + body + "\n");

    private static CorpusModel Corpus(params ArticleModel[] articles) => ArticleLinker.Link(articles);

    private const string Crash = "A bus overturned near Varnholt in Dravel province, police chief Helena Marsh said.";
    private const string CrashFollowUp = "Police chief Helena Marsh visited the crash site near Varnholt in Dravel province.";
    private const string Fire = "A fire broke out at the Oskar textile mill in Brenmark, fire chief Tomas Reyk said.";

    [Fact]
    public void Articles_sharing_names_and_published_close_in_time_are_one_story()
    {
        var corpus = Corpus(Article("a.txt", "Monday 2", Crash), Article("b.txt", "Thursday 5", CrashFollowUp));

        var story = Assert.Single(corpus.Stories);
        Assert.Equal(new[] { "A", "B" }, story.Articles);
        Assert.Contains("varnholt", story.Names);
        Assert.Contains("marsh", story.Names);
    }

    [Fact]
    public void Articles_sharing_names_but_more_than_three_days_apart_are_two_stories()
    {
        var corpus = Corpus(Article("a.txt", "Monday 2", Crash), Article("b.txt", "Friday 6", CrashFollowUp));

        Assert.Equal(new[] { new[] { "A" }, new[] { "B" } }, corpus.Stories.Select(s => s.Articles.ToArray()));
        Assert.Equal(2, corpus.Stories.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Articles_sharing_fewer_than_three_name_words_are_two_stories()
    {
        var corpus = Corpus(
            Article("a.txt", "Monday 2", "A bus overturned near Varnholt in Dravel province on Monday."),
            Article("b.txt", "Monday 2", "Farmers near Varnholt in Dravel province began the harvest."));

        Assert.Equal(2, corpus.Stories.Count);
    }

    [Fact]
    public void Articles_on_other_events_are_other_stories_listed_in_the_order_of_their_first_articles()
    {
        var corpus = Corpus(
            Article("a.txt", "Monday 2", Crash),
            Article("b.txt", "Monday 2", Fire),
            Article("c.txt", "Tuesday 3", CrashFollowUp));

        Assert.Equal(new[] { new[] { "A", "C" }, new[] { "B" } }, corpus.Stories.Select(s => s.Articles.ToArray()));
        Assert.Equal("story-dravel", corpus.Stories[0].Id);
        Assert.StartsWith("story-", corpus.Stories[1].Id, System.StringComparison.Ordinal);
        Assert.All(corpus.Stories, s => Assert.True(CorpusSdk.Extraction.Link.IdentifierRules.IsValidIdentifier(s.Identifier), s.Identifier));
        Assert.Equal(corpus.Stories.Count, corpus.Stories.Select(s => s.Identifier).Distinct().Count());
    }

    [Fact]
    public void A_story_is_titled_after_its_first_article()
    {
        var corpus = Corpus(
            ArticleExtractor.Extract("a.txt", "Bus overturns near Varnholt\n\nMonday 2 March 2026\n\n" + Crash + "\n"),
            ArticleExtractor.Extract("b.txt", "Police chief visits crash site\n\nTuesday 3 March 2026\n\n" + CrashFollowUp + "\n"));

        Assert.Equal("Bus overturns near Varnholt", Assert.Single(corpus.Stories).Title);
    }

    [Fact]
    public void Pairs_join_into_one_story_even_when_its_first_and_last_article_share_too_few_names()
    {
        var corpus = Corpus(
            Article("a.txt", "Monday 2", "Police chief Helena Marsh said a bus overturned near Varnholt."),
            Article("b.txt", "Tuesday 3", "Police chief Helena Marsh said the road near Varnholt in Dravel province reopened."),
            Article("c.txt", "Wednesday 4", "Governor Ilse Brandt met Marsh near Varnholt in Dravel province."));

        // A and C share only marsh and varnholt: B joins them.
        Assert.Equal(2, corpus.Articles[0].Article.StoryNames.Intersect(corpus.Articles[2].Article.StoryNames).Count());
        Assert.Equal(new[] { "A", "B", "C" }, Assert.Single(corpus.Stories).Articles);
    }

    [Fact]
    public void Story_ids_stay_when_an_unrelated_article_is_added_after_them_and_facts_name_their_story()
    {
        var before = Corpus(Article("a.txt", "Monday 2", Crash), Article("b.txt", "Tuesday 3", CrashFollowUp));
        var after = Corpus(Article("a.txt", "Monday 2", Crash), Article("b.txt", "Tuesday 3", CrashFollowUp), Article("c.txt", "Tuesday 3", Fire));

        Assert.Equal(before.Stories[0].Id, after.Stories[0].Id);
        Assert.Equal(before.Stories[0].Identifier, after.Stories[0].Identifier);
        Assert.Equal(before.Stories[0].Articles, after.Stories[0].Articles);
        Assert.Equal(2, after.Stories.Count);
    }

    [Fact]
    public void Linking_the_same_files_twice_gives_the_same_stories()
    {
        CorpusModel Link() => Corpus(Article("a.txt", "Monday 2", Crash), Article("b.txt", "Monday 2", Fire), Article("c.txt", "Tuesday 3", CrashFollowUp));

        Assert.Equal(Link().Stories, Link().Stories);
    }

    [Fact]
    public void Group_numbers_each_article_with_the_corpus_order_of_its_storys_first_article()
    {
        var corpus = Corpus(
            Article("a.txt", "Monday 2", Fire),
            Article("b.txt", "Monday 2", Crash),
            Article("c.txt", "Tuesday 3", CrashFollowUp),
            Article("d.txt", "Tuesday 3", "Fire chief Tomas Reyk said the Oskar mill in Brenmark would stay closed."));

        Assert.Equal(new[] { 0, 1, 1, 0 }, StoryGrouper.Group(corpus.Articles));
    }

    [Fact]
    public void An_article_without_a_publication_date_joins_the_story_whose_names_it_shares()
    {
        var corpus = Corpus(
            Article("a.txt", "Monday 2", Crash),
            ArticleExtractor.Extract("b.txt", "Crash site\n\n" + CrashFollowUp + "\n"));

        Assert.Equal(new[] { "A", "B" }, Assert.Single(corpus.Stories).Articles);
    }

    [Fact]
    public void Story_names_are_name_words_folded_without_the_article_and_short_words_left_out()
    {
        var names = Article("a.txt", "Monday 2", "قال سامر بن خليل إن الحافلة انقلبت قرب بلدة العين.").StoryNames;

        Assert.Contains("خليل", names);
        Assert.Contains("عين", names);
        Assert.DoesNotContain("بن", names);
        Assert.DoesNotContain(names, n => n.Length < StoryGrouper.MinNameWord);
        Assert.Equal(names.OrderBy(n => n, System.StringComparer.Ordinal), names);
    }
}
