using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Extraction;

/// <summary>
/// The incremental generator skips work when a stage's output equals the cached one, so every model must compare by
/// value: equal text, equal model; one character changed, a different model.
/// </summary>
public class ModelEqualityTests
{
    private const string Text =
        "انخفاض أسعار الذهب في الأسواق المحلية\n\n" +
        "تراجع سعر غرام الذهب عيار واحد وعشرين بمقدار دينار واحد صباح اليوم.\n" +
        "وعزا تجار التراجع إلى ارتفاع الدولار في الأسواق العالمية.\n";

    [Fact]
    public void Two_extractions_of_the_same_text_are_equal_with_equal_hash_codes()
    {
        // Build the second text from pieces so that the two strings are different instances.
        var copy = string.Concat(Text.Select(c => c.ToString()));
        var first = ArticleExtractor.Extract("gold.txt", Text);
        var second = ArticleExtractor.Extract("gold.txt", copy);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Paragraphs.GetHashCode(), second.Paragraphs.GetHashCode());
    }

    [Fact]
    public void Two_extractions_with_diagnostics_are_equal()
    {
        var first = ArticleExtractor.Extract("thin.txt", "عنوان فقط");
        var second = ArticleExtractor.Extract("thin.txt", "عنوان فقط");

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Unreadable_extractions_of_the_same_text_are_equal()
    {
        var first = ArticleExtractor.Extract("bin.txt", "x\0y");
        var second = ArticleExtractor.Extract("bin.txt", "x\0y");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData(0)] // in the title
    [InlineData(60)] // in the first paragraph
    [InlineData(140)] // in the second paragraph
    public void A_one_character_change_makes_the_models_differ(int index)
    {
        var changed = Text.Remove(index, 1).Insert(index, Text[index] == 'ا' ? "أ" : "ا");

        Assert.NotEqual(ArticleExtractor.Extract("gold.txt", Text), ArticleExtractor.Extract("gold.txt", changed));
    }

    [Fact]
    public void A_moved_paragraph_line_makes_the_models_differ()
    {
        var moved = "\n" + Text;

        var original = ArticleExtractor.Extract("gold.txt", Text);
        var shifted = ArticleExtractor.Extract("gold.txt", moved);

        Assert.Equal(original.Paragraphs.Select(p => p.Text), shifted.Paragraphs.Select(p => p.Text));
        Assert.NotEqual(original, shifted);
    }

    [Fact]
    public void Same_text_under_another_file_name_differs()
    {
        Assert.NotEqual(ArticleExtractor.Extract("gold.txt", Text), ArticleExtractor.Extract("gold-prices.txt", Text));
    }

    [Fact]
    public void Linked_corpora_of_equal_articles_are_equal()
    {
        var first = ArticleLinker.Link(new[] { ArticleExtractor.Extract("a/news.txt", Text), ArticleExtractor.Extract("b/news.txt", Text) });
        var second = ArticleLinker.Link(new[] { ArticleExtractor.Extract("a/news.txt", Text), ArticleExtractor.Extract("b/news.txt", Text) });

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void EquatableArray_compares_elements_not_references()
    {
        var first = new EquatableArray<string>(new[] { "one", "two" });
        var second = new[] { "one", "two" }.ToEquatableArray();
        var other = new EquatableArray<string>(new[] { "one", "three" });
        var shorter = new EquatableArray<string>(new[] { "one" });

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.True(first != other);
        Assert.NotEqual(first, shorter);
        Assert.False(first.Equals((object)"one"));
    }

    [Fact]
    public void Default_EquatableArray_behaves_as_empty()
    {
        EquatableArray<string> uninitialized = default;

        Assert.Equal(EquatableArray<string>.Empty, uninitialized);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), uninitialized.GetHashCode());
        Assert.Empty(uninitialized);
        Assert.True(uninitialized.Count == 0, "Count of a default array");
    }

    [Fact]
    public void EquatableArray_order_matters()
    {
        var first = new EquatableArray<ParagraphModel>(new[] { new ParagraphModel(2, "a"), new ParagraphModel(3, "b") });
        var swapped = new EquatableArray<ParagraphModel>(new[] { new ParagraphModel(3, "b"), new ParagraphModel(2, "a") });

        Assert.NotEqual(first, swapped);
    }
}
