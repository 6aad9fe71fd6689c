using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Tests.Cli;

namespace CorpusSdk.Tests.Extraction.Segmentation;

/// <summary>CORPUS003/CORPUS004 for every article with a body and no date or outlet; CORPUS006 for files over the size limit.</summary>
public class MissingMetadataTests
{
    [Fact]
    public void Arabic_article_with_no_headline_date_or_outlet_is_titled_from_its_lead_and_gets_CORPUS003_and_CORPUS004()
    {
        var article = Page.Extract(
            /* 1 */ "أعلنت وزارة الصحة تسجيل ثلاث إصابات جديدة بالحصبة في مدارس المحافظة الشمالية. وقالت الوزارة إن الحالات مستقرة.",
            /* 2 */ "ودعت الوزارة أولياء الأمور إلى استكمال جرعات التطعيم لأطفالهم قبل نهاية الفصل الدراسي.",
            /* 3 */ "وأكدت أن فرق التقصي الوبائي تتابع المخالطين في المدارس الثلاث.");

        Assert.Equal("ar", article.Language);
        Assert.Equal(("أعلنت وزارة الصحة تسجيل ثلاث إصابات جديدة بالحصبة في مدارس المحافظة الشمالية.", "lead"), (article.Title, article.TitleSource));
        Assert.Null(article.Published);
        Assert.Null(article.Outlet);
        AssertAtFileStart(article, "CORPUS003");
        AssertAtFileStart(article, "CORPUS004");
        Assert.DoesNotContain("CORPUS002", article.DiagnosticIds());
    }

    [Fact]
    public void English_article_with_no_headline_date_or_outlet_is_titled_from_its_lead_and_gets_CORPUS003_and_CORPUS004()
    {
        var article = Page.Extract(
            /* 1 */ "The central library will reopen within a year after flood repairs, the mayor told councillors. Work begins soon.",
            /* 2 */ "He said the city would pay for repairs from its emergency fund and seek the rest from the regional government.");

        Assert.Equal("en", article.Language);
        Assert.Equal(("The central library will reopen within a year after flood repairs, the mayor told councillors.", "lead"), (article.Title, article.TitleSource));
        Assert.Null(article.Published);
        Assert.Null(article.Outlet);
        AssertAtFileStart(article, "CORPUS003");
        AssertAtFileStart(article, "CORPUS004");
    }

    [Fact]
    public void Article_with_an_outlet_but_no_date_gets_CORPUS003_only()
    {
        var article = Page.Extract(
            "صدى الجنوب",
            "الحكومة تقر موازنة تكميلية لدعم قطاع النقل العام",
            "أقر مجلس الوزراء في جلسته الأسبوعية مشروع موازنة تكميلية بقيمة ثلاثمئة مليون دينار، يخصص معظمها لتحديث أسطول الحافلات.");

        AssertAtFileStart(article, "CORPUS003");
        Assert.DoesNotContain("CORPUS004", article.DiagnosticIds());
    }

    [Fact]
    public void Page_without_a_body_gets_CORPUS002_and_neither_CORPUS003_nor_CORPUS004()
    {
        var article = Page.Extract("الحكومة تقر موازنة تكميلية لدعم قطاع النقل العام", "شارك الخبر");

        Assert.Equal(new[] { "CORPUS002" }, article.DiagnosticIds());
    }

    [Fact]
    public void File_over_the_size_limit_gets_CORPUS006_and_no_article_while_smaller_files_are_read()
    {
        var big = Page.Of(Enumerable.Repeat(
            "أعلنت وزارة الصحة تسجيل ثلاث إصابات جديدة بالحصبة في مدارس المحافظة الشمالية، ودعت إلى استكمال التطعيم.", 20).ToArray());
        var small = Page.Of(
            "---",
            "outlet: صدى الجنوب",
            "published: 2026-03-02",
            "---",
            "الحكومة تقر موازنة تكميلية لدعم قطاع النقل العام",
            "أقر مجلس الوزراء في جلسته الأسبوعية مشروع موازنة تكميلية بقيمة ثلاثمئة مليون دينار، يخصص معظمها لتحديث أسطول الحافلات.");
        using var corpus = new TempCorpus().WriteText("dump.txt", big).WriteText("budget.txt", small);
        var bigSize = System.Text.Encoding.UTF8.GetByteCount(big);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(small) < 1024 && bigSize > 1024, "fixture sizes straddle the limit");

        var loaded = CorpusFolder.Load(corpus.Folder, maxFileSize: 1024);

        var tooLarge = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("CORPUS006", "dump.txt", 1, 1), (tooLarge.Id, tooLarge.File, tooLarge.Span.StartLine, tooLarge.Span.StartColumn));
        Assert.Contains(bigSize.ToString(System.Globalization.CultureInfo.InvariantCulture), tooLarge.Message, System.StringComparison.Ordinal);
        Assert.Contains("1024", tooLarge.Message, System.StringComparison.Ordinal);
        // The file is not processed: no article in the corpus, and no other finding about it.
        Assert.DoesNotContain(loaded.Corpus.Articles, a => a.Article.File == "dump.txt");
        var budget = loaded.Corpus.Articles.Single(a => a.Article.File == "budget.txt").Article;
        Assert.True(budget.IsReadable);
        Assert.Equal(new[] { 6 }, budget.ParagraphLines());
    }

    [Fact]
    public void File_at_exactly_the_limit_is_read()
    {
        var text = Page.Of(
            "الحكومة تقر موازنة تكميلية لدعم قطاع النقل العام",
            "أقر مجلس الوزراء في جلسته الأسبوعية مشروع موازنة تكميلية بقيمة ثلاثمئة مليون دينار، يخصص معظمها لتحديث أسطول الحافلات.");
        using var corpus = new TempCorpus().WriteText("budget.txt", text);

        var loaded = CorpusFolder.Load(corpus.Folder, maxFileSize: System.Text.Encoding.UTF8.GetByteCount(text));

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Id == "CORPUS006");
        Assert.True(Assert.Single(loaded.Corpus.Articles).Article.IsReadable);
    }

    [Fact]
    public void Too_large_model_is_not_an_article_and_carries_only_CORPUS006()
    {
        var model = ArticleExtractor.TooLarge("dumps/site.txt", 5_000_000, ArticleExtractor.DefaultMaxFileSize);

        Assert.False(model.IsReadable);
        Assert.Null(model.Title);
        Assert.Empty(model.Paragraphs.WithoutStarts());
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal(("CORPUS006", "dumps/site.txt"), (diagnostic.Id, diagnostic.File));
        Assert.Equal("'dumps/site.txt' is 5000000 bytes, larger than the limit of 4194304 bytes, and was not processed", diagnostic.Message);
    }

    private static void AssertAtFileStart(CorpusSdk.Extraction.Model.ArticleModel article, string id)
    {
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Id == id);
        Assert.Equal((1, 1, 0), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.Length));
        Assert.Contains(Page.File, diagnostic.Message, System.StringComparison.Ordinal);
    }
}
