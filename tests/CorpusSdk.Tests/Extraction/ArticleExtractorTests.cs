using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Tests.Extraction.Segmentation;

namespace CorpusSdk.Tests.Extraction;

public class ArticleExtractorTests
{
    private const string EnglishArticle =
        "Port reopens after week-long strike\n" +
        "\n" +
        "Dock workers returned to the terminal on Tuesday after the union accepted a new pay offer.\n" +
        "   The harbour authority said that the backlog of ships would be cleared by the end of the month.   \n" +
        "\n";

    private const string ArabicArticle =
        "افتتاح معرض الكتاب في عمّان بمشاركة خمسين دار نشر\n" +
        "\n" +
        "افتتح وزير الثقافة صباح اليوم الدورة الجديدة من معرض الكتاب.\n" +
        "ويستمر المعرض عشرة أيام ويضم ندوات وأمسيات شعرية.\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Every_line_starts_where_its_text_stands_in_the_file(string lineEnd)
    {
        var text = string.Join(lineEnd, "\uFEFF  Crash on the Varnholt road", "", "Monday 2 March 2026", "", "  A bus overturned near Varnholt, killing 12 people, police chief Helena Marsh said.  ",
            "Photo: Rescuers at the site (Reuters)", "What happens next", "\u00A0Helena Marsh said: \"We are still searching the river.\"", "Read more", "");
        var article = ArticleExtractor.Extract("a.txt", text);

        var lines = article.Paragraphs.Select(p => (p.Text, p.Start)).Concat(article.Captions.Select(c => (c.Text, c.Start)))
            .Concat(article.Subheadings.Select(s => (s.Text, s.Start))).Concat(article.Dropped.Select(d => (d.Text, d.Start))).ToList();
        Assert.True(lines.Count >= 3, "paragraphs and other lines");
        Assert.All(lines, line => Assert.Equal(line.Text, text.Substring(line.Start, line.Text.Length)));
        Assert.All(article.Quotes.Where(q => q.TextIsSlice), q => Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Text.Length)));
        Assert.Contains(article.Quotes, q => q.TextIsSlice);
        Assert.Equal(text.Length, article.TextLength);
    }

    [Fact]
    public void Title_is_the_first_non_empty_line()
    {
        var article = ArticleExtractor.Extract("port.txt", EnglishArticle);

        Assert.Equal("Port reopens after week-long strike", article.Title);
        Assert.Equal(1, article.TitleLine);
    }

    [Fact]
    public void Leading_blank_whitespace_and_nbsp_lines_are_skipped_before_the_title()
    {
        const string text = "\n   \n\t\n\u00A0\u00A0\n  Storm warning for the north coast  \nResidents were told to stay indoors.";

        var article = ArticleExtractor.Extract("storm.txt", text);

        Assert.Equal("Storm warning for the north coast", article.Title);
        Assert.Equal(5, article.TitleLine);
        Assert.Equal(new[] { new ParagraphModel(6, "Residents were told to stay indoors.") }, article.Paragraphs.WithoutStarts());
    }

    [Fact]
    public void Invisible_marks_at_line_ends_are_trimmed_but_kept_inside_the_line()
    {
        const string text =
            "\uFEFF\u200Fانتخابات بلدية في ١٢ مدينة\u200E\u200B\n" +
            "\u200B\u200F\n" +
            "\u200Fقال رئيس اللجنة إن نسبة المشاركة بلغت \u200E45%\u200E حتى الظهر.\u200F  \n";

        var article = ArticleExtractor.Extract("vote.txt", text);

        Assert.Equal("انتخابات بلدية في ١٢ مدينة", article.Title);
        var paragraph = Assert.Single(article.Paragraphs.WithoutStarts());
        Assert.Equal(3, paragraph.Line);
        Assert.Equal("قال رئيس اللجنة إن نسبة المشاركة بلغت \u200E45%\u200E حتى الظهر.", paragraph.Text);
    }

    [Fact]
    public void Paragraphs_are_the_later_non_empty_lines_trimmed_with_their_line_numbers()
    {
        var article = ArticleExtractor.Extract("port.txt", EnglishArticle);

        Assert.Equal(
            new[]
            {
                new ParagraphModel(3, "Dock workers returned to the terminal on Tuesday after the union accepted a new pay offer."),
                new ParagraphModel(4, "The harbour authority said that the backlog of ships would be cleared by the end of the month."),
            },
            article.Paragraphs.WithoutStarts());
        Assert.True(article.IsReadable);
    }

    [Fact]
    public void Article_that_states_its_outlet_and_date_has_no_findings()
    {
        const string text = "---\noutlet: Harbour Gazette\npublished: 2026-03-03\n---\n" + EnglishArticle;

        var article = ArticleExtractor.Extract("port.txt", text);

        Assert.Equal(new[] { 7, 8 }, article.Paragraphs.Select(p => p.Line));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Article_without_outlet_or_date_gets_CORPUS003_and_CORPUS004_at_the_file_start()
    {
        var article = ArticleExtractor.Extract("port.txt", EnglishArticle);

        var findings = article.Diagnostics.Where(d => d.Id is "CORPUS003" or "CORPUS004").ToList();
        Assert.Equal(new[] { "CORPUS003", "CORPUS004" }, findings.Select(d => d.Id));
        Assert.All(findings, d => Assert.Equal((1, 1), (d.Span.StartLine, d.Span.StartColumn)));
        Assert.DoesNotContain(article.Diagnostics, d => d.Id == "CORPUS002");
    }

    [Fact]
    public void Crlf_file_gives_the_same_title_and_paragraphs_as_lf()
    {
        var lf = ArticleExtractor.Extract("book-fair.txt", ArabicArticle);
        var crlf = ArticleExtractor.Extract("book-fair.txt", ArabicArticle.Replace("\n", "\r\n", System.StringComparison.Ordinal));

        Assert.Equal(lf.Title, crlf.Title);
        Assert.Equal(lf.TitleLine, crlf.TitleLine);
        Assert.Equal(lf.Paragraphs.WithoutStarts(), crlf.Paragraphs.WithoutStarts());
        Assert.Equal(lf.WithoutOffsets(), crlf.WithoutOffsets());
    }

    [Fact]
    public void Lone_cr_and_unicode_separators_also_break_paragraphs()
    {
        var article = ArticleExtractor.Extract("x.txt", "Headline\rFirst paragraph.\u2029Second paragraph.\u2028Third.");

        Assert.Equal("Headline", article.Title);
        Assert.Equal(new[] { 2, 3, 4 }, article.Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void Text_with_a_nul_character_is_unreadable_with_one_CORPUS001_at_that_character()
    {
        const string text = "Headline\nSome body\0text here";

        var article = ArticleExtractor.Extract("binary.txt", text);

        Assert.False(article.IsReadable);
        Assert.Null(article.Title);
        Assert.Empty(article.Paragraphs.WithoutStarts());
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal("CORPUS001", diagnostic.Id);
        Assert.Equal("binary.txt", diagnostic.File);
        Assert.Equal((2, 10), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Equal(text.IndexOf('\0', System.StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Contains("NUL", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Contains("binary.txt", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_a_replacement_character_is_unreadable_with_one_CORPUS001_at_that_character()
    {
        const string text = "عنوان الخبر\r\n\r\nنص الخبر \uFFFD هنا";

        var article = ArticleExtractor.Extract("garbled.txt", text);

        Assert.False(article.IsReadable);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal("CORPUS001", diagnostic.Id);
        Assert.Equal((3, 10), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Contains("U+FFFD", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n\u00A0\r\n")]
    [InlineData("Only a headline here\n\n")]
    [InlineData("\n  عنوان فقط  \n")]
    public void File_without_body_text_gets_CORPUS002_at_the_file_start(string text)
    {
        var article = ArticleExtractor.Extract("thin.txt", text);

        // A headline alone keeps its article; a file with nothing at all is none.
        Assert.Equal(article.Title is not null, article.IsReadable);
        Assert.Empty(article.Paragraphs.WithoutStarts());
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal("CORPUS002", diagnostic.Id);
        Assert.Equal((1, 1), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Contains("thin.txt", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_or_blank_file_is_no_article()
    {
        Assert.False(ArticleExtractor.Extract("empty.txt", "").IsReadable);
        Assert.False(ArticleExtractor.Extract("blank.txt", "  \n\n").IsReadable);
    }

    [Fact]
    public void Title_only_file_keeps_its_title()
    {
        var article = ArticleExtractor.Extract("thin.txt", "\nOnly a headline here\n");
        Assert.Equal("Only a headline here", article.Title);
        Assert.Equal(2, article.TitleLine);
    }

    [Fact]
    public void Arabic_text_is_detected_as_ar()
    {
        Assert.Equal("ar", ArticleExtractor.Extract("a.txt", ArabicArticle).Language);
    }

    [Fact]
    public void Arabic_text_with_some_latin_names_is_still_ar()
    {
        const string text = "قالت شركة Siemens إن العقد يشمل بناء محطة كهرباء جديدة قرب البصرة خلال عامين";
        Assert.Equal("ar", ArticleExtractor.Extract("a.txt", text).Language);
    }

    [Fact]
    public void English_prose_is_detected_as_en()
    {
        Assert.Equal("en", ArticleExtractor.Extract("e.txt", EnglishArticle).Language);
    }

    [Fact]
    public void French_prose_has_no_language_rather_than_a_guess()
    {
        const string text =
            "Le ministre des Affaires étrangères a annoncé lundi une visite officielle à Rabat.\n" +
            "La délégation comprendra plusieurs responsables du commerce et de l'énergie.";

        Assert.Null(ArticleExtractor.Extract("f.txt", text).Language);
    }

    [Theory]
    [InlineData("2026 14 09\n100 250 3.5\n")]
    [InlineData("")]
    [InlineData("--- *** ---")]
    public void Text_without_letters_has_no_language(string text)
    {
        Assert.Null(ArticleExtractor.Extract("n.txt", text).Language);
    }

    [Fact]
    public void Identifier_hint_comes_from_the_file_name()
    {
        Assert.Equal("RiyadhMeeting", ArticleExtractor.Extract("2026/riyadh-meeting.txt", EnglishArticle).IdentifierHint);
    }

    [Fact]
    public void Unreadable_keeps_the_given_problem_and_location()
    {
        var where = new SourceSpan(0, 0, 1, 1, 1, 1);

        var article = ArticleExtractor.Unreadable("old/news.txt", where, "it is not valid UTF-8");

        Assert.False(article.IsReadable);
        Assert.Equal("News", article.IdentifierHint);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal("CORPUS001", diagnostic.Id);
        Assert.Equal("'old/news.txt' cannot be read as text: it is not valid UTF-8", diagnostic.Message);
    }
}
