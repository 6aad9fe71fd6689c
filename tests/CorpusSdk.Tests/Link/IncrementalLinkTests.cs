using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Link;

/// <summary>
/// What makes the generator's link incremental (docs/architecture.md, "The link, step by step"): shapes with handles
/// for places, that an edit moving text leaves equal and that place back exactly; facts gathered bucket by bucket, as
/// one gathering over every statement would gather them; and the caches that keep the last run's buckets and placed
/// entities, which give what working them out again gives.
/// </summary>
public class IncrementalLinkTests
{
    private static readonly (string File, string Text)[] Seeds = Directory.EnumerateFiles(TestPaths.Corpus, "*.txt")
        .OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();

    private static ArticleModel Seed(int index) => ArticleExtractor.Extract(Seeds[index].File, Seeds[index].Text);

    /// <summary>The seed with a word typed into the paragraph of its first mention, before the mention: everything after it on that line moves.</summary>
    private static ArticleModel TypedBeforeFirstMention(out ArticleModel original)
    {
        var article = Seed(0);
        original = article;
        var mention = article.Mentions.First(m => m.Span.StartColumn > 1 && article.Paragraphs.Any(p => p.Line == m.Line));
        var text = Seeds[0].Text;
        var typed = text.Substring(0, mention.Span.Start) + "جدا " + text.Substring(mention.Span.Start);
        return ArticleExtractor.Extract(Seeds[0].File, typed);
    }

    [Fact]
    public void Typing_inside_a_paragraph_moves_places_but_leaves_both_shapes_as_they_were()
    {
        var typed = TypedBeforeFirstMention(out var original);

        Assert.NotEqual(original.Mentions, typed.Mentions);
        Assert.Equal(LinkShapes.OfNames(original), LinkShapes.OfNames(typed));
        Assert.Equal(LinkShapes.OfStatements(original), LinkShapes.OfStatements(typed));
        Assert.NotEqual(LinkShapes.Places(original), LinkShapes.Places(typed));
    }

    [Fact]
    public void A_new_statement_changes_the_statement_shape_and_not_the_name_shape()
    {
        var original = Seed(1);
        var edited = ArticleExtractor.Extract(Seeds[1].File, Seeds[1].Text.TrimEnd() + "\n\nوأصيب 12 شخصا في الحادث.\n");

        Assert.True(edited.Facts.Count > original.Facts.Count);
        Assert.Equal(LinkShapes.OfNames(original), LinkShapes.OfNames(edited));
        Assert.NotEqual(LinkShapes.OfStatements(original), LinkShapes.OfStatements(edited));
    }

    [Fact]
    public void Every_handle_places_back_to_the_place_it_stands_for()
    {
        foreach (var index in Enumerable.Range(0, Seeds.Length))
        {
            var article = Seed(index);
            var places = new Dictionary<string, ArticlePlaces> { [article.File] = LinkShapes.Places(article) };
            var names = LinkShapes.OfNames(article);
            var statements = LinkShapes.OfStatements(article);
            SourceSpan Placed(SourceSpan handle) => LinkShapes.Place(handle, article.File, places);

            Assert.NotEmpty(article.Mentions);
            Assert.All(names.Mentions.Concat<object>(names.Quotes).Concat(statements.Facts).Concat(statements.Dates), item => Assert.True(LinkShapes.IsHandle(Span(item))));
            Assert.Equal(article.Mentions.Select(m => m.Span), names.Mentions.Select(m => Placed(m.Span)));
            Assert.Equal(article.Quotes.Select(q => q.Span), names.Quotes.Select(q => Placed(q.Span)));
            Assert.Equal(article.Quotes.Select(q => q.Speaker?.Span), names.Quotes.Select(q => q.Speaker?.Span is { } s ? Placed(s) : null));
            Assert.Equal(article.Facts.Select(f => f.Span), statements.Facts.Select(f => Placed(f.Span)));
            Assert.Equal(article.Dates.Select(d => d.Span), statements.Dates.Select(d => Placed(d.Span)));
        }

        static SourceSpan Span(object item) => item switch
        {
            MentionModel m => m.Span,
            QuoteModel q => q.Span,
            FactMention f => f.Span,
            DateMention d => d.Span,
            _ => throw new ArgumentException(item.GetType().Name),
        };
    }

    [Fact]
    public void A_handle_whose_file_has_no_such_place_throws_rather_than_reach_the_output()
    {
        var article = Seed(0);
        var handle = LinkShapes.OfNames(article).Mentions[0].Span;
        var noPlaces = new Dictionary<string, ArticlePlaces> { [article.File] = new ArticlePlaces(EquatableArray<SourceSpan>.Empty, EquatableArray<SourceSpan>.Empty) };

        Assert.Throws<InvalidOperationException>(() => LinkShapes.Place(handle, article.File, noPlaces));
        Assert.Throws<InvalidOperationException>(() => LinkShapes.Place(handle, "other.txt", noPlaces));
        Assert.Equal(SourceSpan.FileStart, LinkShapes.Place(SourceSpan.FileStart, article.File, noPlaces));
    }

    [Fact]
    public void Handles_keep_lines_and_the_order_of_starts_ties_included()
    {
        var article = Seed(2);
        var shape = LinkShapes.OfNames(article);
        for (var i = 0; i < article.Mentions.Count; i++)
        {
            Assert.Equal(article.Mentions[i].Span.StartLine, shape.Mentions[i].Span.StartLine);
            Assert.Equal(article.Mentions[i].Span.EndLine, shape.Mentions[i].Span.EndLine);
            for (var j = 0; j < article.Mentions.Count; j++)
            {
                Assert.Equal(article.Mentions[i].Span.Start.CompareTo(article.Mentions[j].Span.Start), shape.Mentions[i].Span.Start.CompareTo(shape.Mentions[j].Span.Start));
            }
        }
    }

    [Fact]
    public void Gathering_bucket_by_bucket_gives_the_facts_of_one_gathering_over_every_statement()
    {
        var articles = StatementShapes(SyntheticArticles(300));
        var buckets = FactGatherer.Buckets(articles);
        Assert.Equal(FactGatherer.BucketCount, buckets.Count);
        Assert.True(buckets.Count(b => b.Statements.Count > 0) > 10, "the statements are spread over many buckets");

        // One bucket holding every statement is the gathering the buckets split up.
        var everything = new FactBucket(0, buckets.SelectMany(b => b.Statements).OrderBy(s => s.Article).ThenBy(s => s.Number).ToEquatableArray());
        var asOne = FactGatherer.Gather(articles, new[] { FactGatherer.GatherBucket(everything) });
        var byBucket = FactGatherer.Gather(articles);

        Assert.NotEmpty(byBucket.Facts);
        Assert.Equal(asOne.Facts, byBucket.Facts);
        Assert.Equal(asOne.Inferred, byBucket.Inferred);
        Assert.Equal(asOne.Diagnostics, byBucket.Diagnostics);
    }

    [Fact]
    public void A_subject_written_with_and_without_ka_falls_in_one_bucket()
    {
        // A statement is compared with the facts of its subject, of the subject with ك ("as") before it, and without the
        // ك it starts with (FactGatherer.GroupIndex.Subjects): those must be gathered together.
        var statements = FactGatherer.Buckets(StatementShapes(SyntheticArticles(300)))
            .SelectMany(b => b.Statements.Select(s => (Key: s.Mention.Kind + "|" + s.Mention.Unit + "|" + s.Mention.SubjectKey, Bucket: b.Index)))
            .Distinct().ToList();
        var bucketOf = statements.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => Assert.Single(g.Select(s => s.Bucket).Distinct()));
        var pairs = bucketOf.Keys.Select(key => (key, withKa: key.Substring(0, key.LastIndexOf('|') + 1) + "ك" + key.Substring(key.LastIndexOf('|') + 1)))
            .Where(p => bucketOf.ContainsKey(p.withKa)).ToList();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Equal(bucketOf[p.key], bucketOf[p.withKa]));
    }

    [Fact]
    public void The_bucket_cache_gathers_only_the_buckets_an_edit_changed_and_gives_what_gathering_gives()
    {
        // The generator's shape steps hand the same objects for every file they did not shape again: so do these.
        var shapes = SyntheticArticles(200).Select(LinkShapes.OfStatements).ToList();
        var cache = new FactBucketCache();
        var first = ArticleLinker.GatherFacts(ArticleLinker.Identify(shapes).Articles, cache);
        Assert.True(cache.LastGathered > 10);

        var again = ArticleLinker.GatherFacts(ArticleLinker.Identify(shapes).Articles, cache);
        Assert.Equal(0, cache.LastGathered);
        Assert.Equal(first, again);

        shapes[7] = LinkShapes.OfStatements(ArticleExtractor.Extract(shapes[7].File, SyntheticText(7).TrimEnd() + "\n\nوأصيب 12 شخصا في الحادث.\n"));
        var edited = ArticleLinker.Identify(shapes).Articles;
        var afterEdit = ArticleLinker.GatherFacts(edited, cache);
        Assert.InRange(cache.LastGathered, 1, 2);
        Assert.Equal(ArticleLinker.GatherFacts(edited, null), afterEdit);
        Assert.NotEqual(first, afterEdit);
    }

    [Fact]
    public void The_placed_entity_cache_places_again_only_the_entities_of_a_file_whose_places_moved()
    {
        var articles = Seeds.Select(s => ArticleExtractor.Extract(s.File, s.Text)).ToList();
        var entities = ArticleLinker.LinkEntities(ArticleLinker.Identify(articles.Select(LinkShapes.OfNames)).Articles, null).Entities;
        var cache = new PlacedEntityCache();
        var places = articles.ToDictionary(a => a.File, LinkShapes.Places, StringComparer.Ordinal);
        var first = cache.Place(entities, places);
        Assert.Equal(entities.Count, cache.LastPlaced);
        Assert.Equal(entities.Select(e => LinkShapes.Place(e, places)), first);

        var typed = TypedBeforeFirstMention(out var original);
        places[original.File] = LinkShapes.Places(typed);
        var afterEdit = cache.Place(entities, places);

        var inEditedFile = entities.Count(e => e.Spellings.SelectMany(s => s.Occurrences).Any(o => o.File == original.File));
        Assert.Equal(inEditedFile, cache.LastPlaced);
        Assert.True(inEditedFile < entities.Count);
        Assert.Equal(entities.Select(e => LinkShapes.Place(e, places)), afterEdit);
        Assert.NotEqual(first, afterEdit);
    }

    private static IReadOnlyList<LinkedArticle> StatementShapes(IEnumerable<ArticleModel> articles) =>
        ArticleLinker.Identify(articles.Select(LinkShapes.OfStatements)).Articles;

    private static string SyntheticText(int index) => CorpusSdk.Synthetic.SyntheticCorpus.Generate(200, seed: 7)[index].Text;

    private static List<ArticleModel> SyntheticArticles(int count) =>
        CorpusSdk.Synthetic.SyntheticCorpus.Generate(count, seed: 7).Select(a => ArticleExtractor.Extract(a.RelativePath, a.Text)).ToList();
}
