using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Extraction;

public class ArticleLinkerTests
{
    private static ArticleModel Article(string file) =>
        ArticleExtractor.Extract(file, "Council approves new bus routes\nThe routes will run from the old town to the university.");

    /// <summary>The identifier findings: the copies of one text these tests link also share all their text (CORPUS206).</summary>
    private static List<DiagnosticInfo> NameFindings(CorpusModel corpus) =>
        corpus.Diagnostics.Where(d => d.Id == DiagnosticCatalog.IdentifierReplaced.Id).ToList();

    private static LinkedArticle ById(CorpusModel corpus, string file) => corpus.Articles.Single(a => a.Article.File == file);

    [Fact]
    public void Articles_take_the_identifier_their_file_name_suggests()
    {
        var corpus = ArticleLinker.Link(new[] { Article("000_543c0d3dceea60ad.txt"), Article("riyadh-meeting.txt") });

        Assert.Equal(new[] { "A000", "RiyadhMeeting" }, corpus.Articles.Select(a => a.Id));
        Assert.Empty(NameFindings(corpus));
    }

    [Fact]
    public void Articles_are_ordered_by_file_in_ordinal_order()
    {
        var corpus = ArticleLinker.Link(new[] { Article("b.txt"), Article("a/z.txt"), Article("B.txt"), Article("a.txt") });

        Assert.Equal(new[] { "B.txt", "a.txt", "a/z.txt", "b.txt" }, corpus.Articles.Select(a => a.Article.File));
    }

    [Theory]
    [InlineData("all.txt", "All", "All_2")]
    [InlineData("Articles.txt", "Articles", "Articles_2")]
    [InlineData("to-string.txt", "ToString", "ToString_2")]
    [InlineData("quotes.txt", "Quotes", "Quotes_2")]
    public void Reserved_names_get_a_suffix_and_CORPUS005(string file, string wanted, string used)
    {
        var corpus = ArticleLinker.Link(new[] { Article(file) });

        Assert.Equal(used, Assert.Single(corpus.Articles).Id);
        var diagnostic = Assert.Single(corpus.Diagnostics);
        Assert.Equal("CORPUS005", diagnostic.Id);
        Assert.Equal(file, diagnostic.File);
        Assert.Contains("'" + wanted + "'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'" + used + "'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("reserved", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_two_files_want_goes_to_neither_each_takes_its_path_name()
    {
        var corpus = ArticleLinker.Link(new[] { Article("b/news.txt"), Article("a/news.txt") });

        Assert.Equal("ANews", ById(corpus, "a/news.txt").Id);
        Assert.Equal("BNews", ById(corpus, "b/news.txt").Id);
        Assert.Equal(new[] { "a/news.txt", "b/news.txt" }, NameFindings(corpus).Select(d => d.File));
        Assert.All(NameFindings(corpus), d => Assert.Equal("CORPUS005", d.Id));
        Assert.Equal(
            "The identifier 'News' derived for 'b/news.txt' is wanted by 2 articles; 'BNews' is used instead",
            NameFindings(corpus)[1].Message);
    }

    [Fact]
    public void Adding_a_file_never_moves_a_name_to_another_article()
    {
        // Scrapers name files by sequence and hash: 000_<hash> in two folders both suggest A000.
        var before = ArticleLinker.Link(new[] { Article("b/000_9f8e7d6c5b4a.txt") });
        var after = ArticleLinker.Link(new[] { Article("b/000_9f8e7d6c5b4a.txt"), Article("a/000_1a2b3c4d5e6f.txt") });

        Assert.Equal("A000", Assert.Single(before.Articles).Id);
        Assert.Equal("B0009f8e7d6c5b4a", ById(after, "b/000_9f8e7d6c5b4a.txt").Id);
        Assert.Equal("A0001a2b3c4d5e6f", ById(after, "a/000_1a2b3c4d5e6f.txt").Id);
        Assert.DoesNotContain(after.Articles, a => a.Id == "A000");
    }

    [Fact]
    public void Names_differing_only_in_case_collide_and_a_suffix_separates_equal_paths_names()
    {
        var corpus = ArticleLinker.Link(new[] { Article("news.txt"), Article("News.txt") });

        Assert.Equal("News", ById(corpus, "News.txt").Id);
        Assert.Equal("News_2", ById(corpus, "news.txt").Id);
        Assert.Equal(2, NameFindings(corpus).Count);
        Assert.Contains("'News_2'", NameFindings(corpus).Single(d => d.File == "news.txt").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_files_wanting_one_name_each_take_their_path_name()
    {
        var corpus = ArticleLinker.Link(new[] { Article("c/news.txt"), Article("a/news.txt"), Article("b/news.txt") });

        Assert.Equal(new[] { "ANews", "BNews", "CNews" }, corpus.Articles.Select(a => a.Id));
        Assert.Equal(3, NameFindings(corpus).Count);
    }

    [Fact]
    public void Identifiers_in_a_linked_corpus_are_unique_ignoring_case_and_valid()
    {
        var files = new[] { "all.txt", "All.txt", "x/all.txt", "news.txt", "NEWS.txt", "n/e/w/s.txt", "000_aaaa1111.txt", "000.txt", "قمة.txt", "x/قمة.txt" };

        var ids = ArticleLinker.Link(files.Select(Article)).Articles.Select(a => a.Id).ToList();

        Assert.Equal(files.Length, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.True(IdentifierRules.IsValidIdentifier(id), id));
        Assert.DoesNotContain(ids, id => IdentifierRules.Reserved.Contains(id));
    }

    [Fact]
    public void An_invalid_identifier_hint_is_replaced_by_one_from_the_file_name_with_CORPUS005()
    {
        var article = Article("class.txt") with { IdentifierHint = "class" };

        var corpus = ArticleLinker.Link(new[] { article });

        Assert.Equal("Class", Assert.Single(corpus.Articles).Id);
        var diagnostic = Assert.Single(corpus.Diagnostics);
        Assert.Equal("CORPUS005", diagnostic.Id);
        Assert.Contains("'class'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'Class'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linking_does_not_depend_on_input_order()
    {
        var articles = new List<ArticleModel>
        {
            Article("a/news.txt"), Article("b/news.txt"), Article("News.txt"), Article("all.txt"),
            Article("riyadh-meeting.txt"), Article("000_543c0d3dceea60ad.txt"), Article("z.txt"),
        };
        var expected = ArticleLinker.Link(articles);

        var random = new Random(20260209);
        for (var i = 0; i < 20; i++)
        {
            var shuffled = articles.OrderBy(_ => random.Next()).ToList();
            var linked = ArticleLinker.Link(shuffled);
            Assert.Equal(expected, linked);
            Assert.Equal(expected.GetHashCode(), linked.GetHashCode());
        }
        Assert.Equal(expected, ArticleLinker.Link(Enumerable.Reverse(articles)));
    }

    [Fact]
    public void Unreadable_files_are_not_linked_and_do_not_take_a_name()
    {
        var unreadable = ArticleExtractor.Extract("a/news.txt", "Headline\nBody\0");
        var readable = Article("b/news.txt");

        var corpus = ArticleLinker.Link(new[] { unreadable, readable });

        var linked = Assert.Single(corpus.Articles);
        Assert.Equal("b/news.txt", linked.Article.File);
        Assert.Equal("News", linked.Id);
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void Empty_input_gives_an_empty_corpus()
    {
        var corpus = ArticleLinker.Link(Array.Empty<ArticleModel>());
        Assert.Empty(corpus.Articles);
        Assert.Empty(corpus.Diagnostics);
    }
}
