using System.Linq;
using CorpusSdk.Synthetic;

namespace CorpusSdk.Tests.Synthetic;

/// <summary>
/// The synthetic corpus the benchmarks measure is the same on every machine and run, and still built from what the seed
/// articles say (not timed: the benchmarks live in bench/).
/// </summary>
public class SyntheticCorpusTests
{
    [Fact]
    public void The_same_seed_gives_the_same_files_and_a_smaller_count_a_prefix()
    {
        var first = SyntheticCorpus.Generate(40, seed: 7);
        var again = SyntheticCorpus.Generate(40, seed: 7);
        var fewer = SyntheticCorpus.Generate(15, seed: 7);

        Assert.Equal(first, again);
        Assert.Equal(first.Take(15), fewer);
        Assert.NotEqual(first, SyntheticCorpus.Generate(40, seed: 8));
        Assert.Equal(first.Count, first.Select(a => a.RelativePath).Distinct().Count());
    }

    [Fact]
    public void Every_seed_template_still_matches_the_seed_articles()
    {
        Assert.Empty(SyntheticCorpus.UnmatchedTemplates());
    }

    [Fact]
    public void Articles_are_about_four_kilobytes_on_average()
    {
        var articles = SyntheticCorpus.Generate(300);
        var average = articles.Average(a => a.Bytes);

        Assert.InRange(average, 3000, 5000);
    }

    [Fact]
    public void An_edit_changes_the_text_of_one_article_only()
    {
        var article = SyntheticCorpus.Generate(3)[1];
        var edited = SyntheticCorpus.Edit(article);

        Assert.Equal(article.RelativePath, edited.RelativePath);
        Assert.NotEqual(article.Text, edited.Text);
        Assert.StartsWith(article.Text.TrimEnd('\r', '\n'), edited.Text, System.StringComparison.Ordinal);
    }
}
