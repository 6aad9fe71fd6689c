using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>
/// Pages as sites write them and scrapers keep them: a long headline under a section label, legal furniture, datelines
/// glued to their label, wire bylines and datelines, photo credits, and a last paragraph the scraper cut short. The
/// pages are written for the tests; each shape is one a new user met on real pages.
/// </summary>
[Trait("Needs", "DateRecognizer")]
public class ScrapedPageTests
{
    private const string EnglishLead =
        "Emergency crews worked through the night to shore up river defences after the water rose above the record set in 1998, the city council said.";
    private const string EnglishSecond =
        "About 3,000 residents of the lower town were moved to schools and sports halls, and the main bridge was closed to traffic.";

    [Fact]
    public void Long_headline_under_a_section_label_is_the_headline_not_a_paragraph()
    {
        // Sixteen words and more make a line prose by length; a headline that long still ends without a full stop and
        // stands above the lead, under a label that only names the section.
        var article = Page.Extract(
            /* 1 */ "World News",
            /* 2 */ "River bursts its banks in the old town as emergency crews race to protect thousands of homes from the worst floods in decades",
            /* 3 */ EnglishLead,
            /* 4 */ EnglishSecond);

        Assert.Equal(2, article.TitleLine);
        Assert.Equal("headline", article.TitleSource);
        Assert.Equal("World News", article.Section);
        Assert.Equal(new[] { 3, 4 }, article.ParagraphLines());
    }

    [Theory]
    // Two clauses: a paragraph that lost its full stop.
    [InlineData("World News", "Emergency crews worked through the night; the water rose above the record set in 1998 and the council moved families to schools")]
    // No label above: a deck or a lead as likely as a headline.
    [InlineData(null, "River bursts its banks in the old town as emergency crews race to protect thousands of homes from the worst floods in decades")]
    public void Long_first_line_that_does_not_read_as_a_headline_stays_a_paragraph(string? label, string first)
    {
        var lines = new[] { label, first, EnglishLead, EnglishSecond }.Where(l => l is not null).Select(l => l!).ToArray();
        var article = Page.Extract(lines);

        Assert.NotEqual("headline", article.TitleSource);
        Assert.Equal(first, article.Paragraphs[0].Text);
    }

    [Fact]
    public void Trademark_notice_is_furniture_wherever_it_stands_and_names_the_outlet()
    {
        var article = Page.Extract(
            /* 1 */ "Harbor Evening Star is a registered trademark of Lakeside Media Holdings",
            /* 2 */ "Flood defences hold as river peaks overnight",
            /* 3 */ EnglishLead,
            /* 4 */ EnglishSecond,
            /* 5 */ "Harbor Evening Star is a registered trademark of Lakeside Media Holdings Inc.");

        Assert.Equal(2, article.TitleLine);
        Assert.Equal(new[] { 3, 4 }, article.ParagraphLines());
        Assert.Equal(DropReasons.Boilerplate, article.DroppedAt(1)?.Reason);
        Assert.Equal(DropReasons.Boilerplate, article.DroppedAt(5)?.Reason);
        Assert.Equal("Harbor Evening Star", article.Outlet);
    }

    [Fact]
    public void Copyright_line_with_word_and_sign_names_the_outlet()
    {
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ EnglishLead,
            /* 3 */ EnglishSecond,
            /* 4 */ "Share this article",
            /* 5 */ "Copyright © 2025 Harbor Evening Star. All rights reserved.");

        Assert.Equal("Harbor Evening Star", article.Outlet);
        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
    }

    [Fact]
    public void Dateline_glued_to_its_label_is_the_publication_date_not_a_subheading()
    {
        // Scrapers drop the space between a page's label and its date ("updated" + "April 3, 2025").
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ "By Jane Whitfield",
            /* 3 */ EnglishLead,
            /* 4 */ "updatedApril 3, 2025, 10:15 AM",
            /* 5 */ EnglishSecond);

        Assert.Equal("2025-04-03T10:15|minute|dateline|4", article.PublishedText());
        Assert.Empty(article.Subheadings.WithoutStarts());
        Assert.Equal(new[] { 3, 5 }, article.ParagraphLines());
    }

    [Fact]
    public void Glued_dateline_in_the_header_is_the_publication_date()
    {
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ "PublishedMarch 12, 2025",
            /* 3 */ EnglishLead,
            /* 4 */ EnglishSecond);

        Assert.Equal("2025-03-12|day|dateline|2", article.PublishedText());
        Assert.DoesNotContain(2, article.PlacedLines());
    }

    [Fact]
    public void Wire_byline_with_several_reporters_and_the_agency_is_not_the_headline()
    {
        var article = Page.Extract(
            /* 1 */ "By MARIA OKONJO, DAVID HALE and SUSAN PRYCE, The Associated Press",
            /* 2 */ "LAGOS, Nigeria (AP) — Emergency crews worked through the night to shore up river defences after the water rose above its record, officials said.",
            /* 3 */ EnglishSecond);

        Assert.NotEqual("headline", article.TitleSource);
        Assert.Equal("MARIA OKONJO, DAVID HALE and SUSAN PRYCE", article.Author);
        Assert.Equal("The Associated Press", article.Outlet);
        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
    }

    [Fact]
    public void Byline_of_two_reporters_joined_by_a_comma_names_both()
    {
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ "By Jane Whitfield, Tom Okafor",
            /* 3 */ EnglishLead,
            /* 4 */ EnglishSecond);

        Assert.Equal("Jane Whitfield, Tom Okafor", article.Author);
        Assert.Null(article.Outlet);
    }

    [Theory]
    [InlineData("KANO, Nigeria (Reuters) — Emergency crews worked through the night to shore up river defences, officials said.", "Reuters")]
    [InlineData("Kano, April 3 (BBC) – Emergency crews worked through the night to shore up river defences, officials said.", "BBC")]
    [InlineData("الموصل (رويترز) - عملت فرق الطوارئ طوال الليل على تدعيم السدود بعد أن ارتفع منسوب النهر، بحسب مسؤولين.", "رويترز")]
    public void Agency_in_the_lead_dateline_is_the_outlet_when_nothing_else_names_one(string lead, string agency)
    {
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ lead,
            /* 3 */ EnglishSecond);

        Assert.Equal(agency, article.Outlet);
    }

    [Fact]
    public void Parenthesis_after_an_opening_phrase_is_not_an_agency()
    {
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ "Officials (speaking on Friday) — and residents alike — said the defences had held through the night.",
            /* 3 */ EnglishSecond);

        Assert.Null(article.Outlet);
    }

    [Fact]
    public void Long_caption_ending_in_a_photo_credit_is_a_caption_not_a_paragraph()
    {
        const string caption =
            "Rescuers carry sandbags along the river wall in the old town of Kano, Nigeria, on Saturday, April 5, 2025. (AP Photo/Jane Whitfield)AP";
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ EnglishLead,
            /* 3 */ caption,
            /* 4 */ caption,
            /* 5 */ EnglishSecond);

        Assert.Equal(new[] { 2, 5 }, article.ParagraphLines());
        Assert.Contains(new LineText(3, caption), article.Captions.WithoutStarts());
        Assert.DoesNotContain(article.Paragraphs.WithoutStarts(), p => p.Text.Contains("AP Photo", System.StringComparison.Ordinal));
    }

    [Fact]
    public void English_last_paragraph_cut_by_the_scraper_is_kept()
    {
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ EnglishLead,
            /* 3 */ EnglishSecond,
            /* 4 */ "“We heard the water before we saw it, and then the street was gone und");

        Assert.Equal(new[] { 2, 3, 4 }, article.ParagraphLines());
        Assert.Null(article.DroppedAt(4));
    }

    [Fact]
    public void Arabic_last_paragraph_cut_after_a_speech_verb_is_kept()
    {
        var article = Page.Extract(
            /* 1 */ "فرق الدفاع المدني تسيطر على حريق في سوق المدينة القديمة",
            /* 2 */ "سيطرت فرق الدفاع المدني فجر اليوم على حريق اندلع في سوق المدينة القديمة، من دون تسجيل إصابات بين المتسوقين.",
            /* 3 */ "وقال مدير الدفاع المدني إن الحريق بدأ في مخزن للأقمشة وامتد إلى ثلاثة محال مجاورة قبل أن تصل الفرق.",
            /* 4 */ "وتابع المدير بالقول: \"تبين أن المخزن كان يفتقر إلى أجهزة الإطفاء، وبحسب");

        Assert.Equal(new[] { 2, 3, 4 }, article.ParagraphLines());
    }

    [Fact]
    public void Short_line_after_the_body_is_still_furniture_or_a_signature()
    {
        // The cut paragraph rule wants a sentence's length and signs; a short unpunctuated last line keeps its old reading.
        var article = Page.Extract(
            /* 1 */ "Flood defences hold as river peaks overnight",
            /* 2 */ EnglishLead,
            /* 3 */ EnglishSecond,
            /* 4 */ "Most read today",
            /* 5 */ "Storm warnings for the coast this weekend");

        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
        Assert.Equal(DropReasons.Footer, article.DroppedAt(5)?.Reason);
    }

    // What the rules above must not take: sentences and furniture of the same shapes.

    [Theory]
    [InlineData("Tags: Nigeria, Lagos, flooding, rainfall, emergency, rescue")]
    [InlineData("(Additional reporting by Jane Doe in Lagos; Editing by Tom Okafor and Mark Heinrich)")]
    [InlineData("Follow us on Facebook, Twitter and Instagram for the latest news")]
    [InlineData("تابعونا على فيسبوك وتويتر وإنستغرام، لمزيد من الأخبار العاجلة")]
    public void Furniture_as_long_as_a_sentence_is_not_a_cut_last_paragraph(string last)
    {
        var article = Page.Extract("Flood defences hold as river peaks overnight", EnglishLead, EnglishSecond, last);

        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
    }

    [Fact]
    public void A_source_label_after_the_body_still_names_the_outlet()
    {
        var article = Page.Extract("Flood defences hold as river peaks overnight", EnglishLead, EnglishSecond,
            "Source: Reuters, Agence France-Presse and local media");

        Assert.Equal("Reuters, Agence France-Presse and local media", article.Outlet);
        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
    }

    [Theory]
    [InlineData("Tesla (TSLA) - Shares of the electric carmaker rose sharply on Monday after it reported record deliveries, analysts said.")]
    [InlineData("Sen. Elizabeth Warren (D-Mass.) — who has pushed for the bill for years — said on Monday that it would pass.")]
    [InlineData("وزارة الصحة (مصدر رسمي) - أعلنت الوزارة أن عدد المصابين ارتفع إلى ثلاثين بعد انهيار المبنى في وسط المدينة.")]
    public void A_bracket_after_a_name_that_is_no_agency_names_no_outlet(string lead)
    {
        var article = Page.Extract("Flood defences hold as river peaks overnight", lead, EnglishSecond);

        Assert.Null(article.Outlet);
    }

    [Theory]
    [InlineData("The company sold 3 million Roomba® vacuums last year, its chief executive told shareholders on Monday.")]
    [InlineData("A judge ruled on Monday that Gold Bar is a trademark of Hershey and ordered the rival to rename it.")]
    [InlineData("Nintendo Switch™ 2 sells 3.5 million units in its first four days on sale, the company said.")]
    public void A_sentence_about_a_trademark_stays_a_paragraph(string sentence)
    {
        var article = Page.Extract("Flood defences hold as river peaks overnight", EnglishLead, sentence, EnglishSecond);

        Assert.Equal(new[] { 2, 3, 4 }, article.ParagraphLines());
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void A_headline_with_a_trademark_sign_is_the_headline()
    {
        var article = Page.Extract("Nintendo Switch™ 2 sells 3.5 million units in four days", EnglishLead, EnglishSecond);

        Assert.Equal(1, article.TitleLine);
        Assert.Equal("headline", article.TitleSource);
    }

    [Theory]
    [InlineData("Household borrowing grew faster in the spring than analysts had expected (credit card debt rose sharply).")]
    [InlineData("وتمكنت فرق الدفاع المدني من السيطرة على الحريق بعد ثلاث ساعات من العمل المتواصل في إخماد النيران (صور).")]
    public void A_paragraph_ending_with_a_bracketed_cue_word_is_not_a_caption(string paragraph)
    {
        var article = Page.Extract("Flood defences hold as river peaks overnight", EnglishLead, paragraph, EnglishSecond);

        Assert.Equal(new[] { 2, 3, 4 }, article.ParagraphLines());
        Assert.Empty(article.Captions.WithoutStarts());
    }

    [Fact]
    public void A_long_headline_with_an_abbreviation_under_a_label_is_the_headline()
    {
        var article = Page.Extract(
            /* 1 */ "World News",
            /* 2 */ "U.S. Senate passes sweeping climate bill after months of talks in a narrow victory for the president and his party",
            /* 3 */ EnglishLead,
            /* 4 */ EnglishSecond);

        Assert.Equal(2, article.TitleLine);
        Assert.Equal("headline", article.TitleSource);
    }

    [Theory]
    [InlineData("By Jane Whitfield, Tom Okafor and Ali Musa", "Jane Whitfield, Tom Okafor and Ali Musa", null)]
    [InlineData("By Jane Whitfield, Tom Okafor, and Ali Musa", "Jane Whitfield, Tom Okafor, and Ali Musa", null)]
    [InlineData("By Jane Whitfield, Staff Writer", "Jane Whitfield", null)]
    [InlineData("By Jane Whitfield, Reuters", "Jane Whitfield", "Reuters")]
    public void A_bylines_last_part_is_a_reporter_a_post_or_the_outlet(string byline, string author, string? outlet)
    {
        var article = Page.Extract("Flood defences hold as river peaks overnight", byline, EnglishLead, EnglishSecond);

        Assert.Equal(author, article.Author);
        Assert.Equal(outlet, article.Outlet);
    }
}
