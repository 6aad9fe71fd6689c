using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

/// <summary>
/// Words that furniture uses also open real sentences and labels: these must not be taken for boilerplate, an outlet
/// or tags.
/// </summary>
public class FalseFurnitureTests
{
    private const string ArabicHeadline = "الحكومة تعلن خطة لإعادة إعمار الجسور في الشمال";
    private const string ArabicLead = "أعلنت الحكومة خطة لإعادة إعمار الجسور المتضررة في المحافظات الشمالية خلال عامين.";
    private const string EnglishHeadline = "Council approves plan to rebuild flood-damaged bridges";
    private const string EnglishLead = "The city council approved a two-year plan on Monday to rebuild bridges damaged in last winter's floods.";

    [Theory]
    [InlineData("تطبيق الاتفاق يبدأ الأسبوع المقبل في الشمال.")]
    [InlineData("إعلان وقف إطلاق النار جاء بعد مفاوضات طويلة.")]
    [InlineData("مشاركة النساء في الانتخابات ارتفعت هذا العام.")]
    public void Arabic_sentences_that_open_with_a_furniture_word_are_paragraphs(string sentence)
    {
        var article = Page.Extract(ArabicHeadline, ArabicLead, sentence);
        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
    }

    [Theory]
    [InlineData("Share prices fell sharply on Monday morning.")]
    [InlineData("Home sales rose five percent in March.")]
    public void English_sentences_that_open_with_a_furniture_word_are_paragraphs(string sentence)
    {
        var article = Page.Extract(EnglishHeadline, EnglishLead, sentence);
        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
    }

    [Theory]
    [InlineData("حصري")]
    [InlineData("EXCLUSIVE")]
    [InlineData("عاجل")]
    public void A_kicker_above_the_headline_is_not_the_outlet(string kicker)
    {
        var article = Page.Extract(kicker, ArabicHeadline, ArabicLead);
        Assert.Null(article.Outlet);
        Assert.Equal(ArabicHeadline, article.Title);
    }

    [Theory]
    [InlineData("(انتهى)")]
    [InlineData("Topics")]
    public void An_end_marker_or_label_after_the_body_is_not_the_outlet(string line)
    {
        var article = Page.Extract(ArabicHeadline, ArabicLead, line);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void An_english_deck_of_body_words_is_not_tags()
    {
        var article = Page.Extract(EnglishHeadline, "Talks resume council bridges", EnglishLead,
            "Talks on funding with the regional government resume next week, council bridges officials said.");
        Assert.Empty(article.Tags);
    }
}
