using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>What the lines before the body are: masthead, section, byline, tags, captions, headline copies.</summary>
public class HeaderTests
{
    private const string Headline = "الحكومة تقر موازنة تكميلية لدعم قطاع النقل العام";
    private const string Lead =
        "أقر مجلس الوزراء في جلسته الأسبوعية مشروع موازنة تكميلية بقيمة ثلاثمئة مليون دينار، يخصص معظمها لتحديث أسطول الحافلات وتوسيع شبكة النقل السريع.";
    private const string Second =
        "وقال وزير المالية إن الموازنة الجديدة لن تفرض ضرائب إضافية على المواطنين، وإن تمويلها سيأتي من وفورات في بنود الإنفاق الجاري.";

    [Fact]
    public void Short_line_above_the_headline_is_the_masthead_and_names_the_outlet()
    {
        var article = Page.Extract(
            /* 1 */ "صدى الجنوب",
            /* 2 */ Headline,
            /* 3 */ Lead,
            /* 4 */ Second);

        Assert.Equal("صدى الجنوب", article.Outlet);
        Assert.Equal(2, article.TitleLine);
        Assert.DoesNotContain(1, article.PlacedLines());
        Assert.DoesNotContain("CORPUS004", article.DiagnosticIds());
    }

    [Fact]
    public void Short_unknown_line_below_the_headline_is_not_a_masthead()
    {
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ "عاجل جدا ومهم",
            /* 3 */ Lead,
            /* 4 */ Second);

        Assert.Null(article.Outlet);
        Assert.Equal(new DroppedLine(2, "عاجل جدا ومهم", DropReasons.Header), article.DroppedAt(2));
        Assert.Contains("CORPUS004", article.DiagnosticIds());
    }

    [Theory]
    [InlineData("اقتصاد")]
    [InlineData("الاقتصاد")]
    [InlineData("مال وأعمال")]
    [InlineData("رياضة")]
    public void Known_section_word_line_is_the_section_not_the_outlet(string section)
    {
        var article = Page.Extract(
            /* 1 */ section,
            /* 2 */ Headline,
            /* 3 */ Lead,
            /* 4 */ Second);

        Assert.Equal(section, article.Section);
        Assert.Null(article.Outlet);
        Assert.Equal(2, article.TitleLine);
    }

    [Fact]
    public void Masthead_then_section_then_headline_gives_all_three()
    {
        var article = Page.Extract(
            /* 1 */ "صدى الجنوب",
            /* 2 */ "اقتصاد",
            /* 3 */ Headline,
            /* 4 */ Lead);

        Assert.Equal(("صدى الجنوب", "اقتصاد", Headline), (article.Outlet, article.Section, article.Title));
    }

    [Fact]
    public void Two_word_section_line_stays_the_section_when_its_words_also_occur_in_the_body()
    {
        // "أخبار محلية" is a known section; the body happens to say "الأخبار" and "محلية" too. A section line is not a tag line.
        var article = Page.Extract(
            /* 1 */ "أخبار محلية",
            /* 2 */ "افتتاح سوق شعبي جديد لبيع الخضار في حي النصر",
            /* 3 */ "افتتحت البلدية سوقا شعبيا جديدا في حي النصر يضم ستين بسطة لبيع الخضار والفواكه بأسعار مخفضة، بحسب مصادر محلية.",
            /* 4 */ "ونقلت وكالة الأخبار الرسمية عن رئيس البلدية قوله إن السوق سيفتح أبوابه يوميا من السادسة صباحا.");

        Assert.Equal("أخبار محلية", article.Section);
        Assert.Empty(article.Tags);
    }

    [Theory]
    [InlineData("بقلم سلمى الراشد", "سلمى الراشد", null)]
    [InlineData("كتب: فراس النعيمي", "فراس النعيمي", null)]
    [InlineData("كتبت - هالة الشامي", "هالة الشامي", null)]
    [InlineData("النبأ_ وليد حمدان", "وليد حمدان", "النبأ")]
    [InlineData("صحيفة الوادي - أحمد السالم", "أحمد السالم", "صحيفة الوادي")]
    [InlineData("وكالة الشرق | نادية الحسن", "نادية الحسن", "وكالة الشرق")]
    [InlineData("هشام البدري", "هشام البدري", null)]
    public void Arabic_byline_below_the_headline_gives_the_author_and_the_outlet_it_is_joined_to(string byline, string author, string? outlet)
    {
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ byline,
            /* 3 */ Lead,
            /* 4 */ Second);

        Assert.Equal(author, article.Author);
        Assert.Equal(outlet, article.Outlet);
        Assert.DoesNotContain(2, article.PlacedLines());
        Assert.Equal(1, article.TitleLine);
    }

    [Theory]
    [InlineData("By Sam Carter", "Sam Carter", null)]
    [InlineData("By Jane Doe, Reuters", "Jane Doe", "Reuters")]
    [InlineData("Reporting by Tunde Bakare", "Tunde Bakare", null)]
    [InlineData("Amina Yusuf", "Amina Yusuf", null)]
    public void English_byline_below_the_headline_gives_the_author(string byline, string author, string? outlet)
    {
        var article = Page.Extract(
            /* 1 */ "Local brewery to double output with new plant",
            /* 2 */ byline,
            /* 3 */ "The Old Mill brewery will double its output next year when a new plant opens on the edge of town, its owners said.",
            /* 4 */ "The company said the plant would create 40 jobs and use rainwater collected from its roof.");

        Assert.Equal(author, article.Author);
        Assert.Equal(outlet, article.Outlet);
        Assert.DoesNotContain(2, article.PlacedLines());
    }

    [Fact]
    public void Kicker_that_starts_with_a_byline_word_is_not_a_byline()
    {
        // "تقرير خاص" (special report) is a kicker above the headline; "تقرير" also introduces bylines, but "خاص" is no name.
        var article = Page.Extract(
            /* 1 */ "تقرير خاص",
            /* 2 */ "نازحون يعودون إلى قراهم بعد عامين من النزوح",
            /* 3 */ "عادت عشرات العائلات النازحة إلى قراها في الريف الشرقي بعد عامين من النزوح، وسط دمار واسع في المنازل والبنى التحتية.",
            /* 4 */ "وقال أحد العائدين إن العائلات بدأت بترميم منازلها بإمكانات بسيطة في انتظار وصول المساعدات.");

        Assert.Null(article.Author);
    }

    [Fact]
    public void Labelled_tag_list_gives_the_tags_split_on_arabic_commas()
    {
        var article = Page.Extract(
            /* 1 */ "أمطار غزيرة تغلق طرقا رئيسية في المحافظات الجبلية",
            /* 2 */ "الوسوم: الطقس، الأمطار، الدفاع المدني",
            /* 3 */ "أغلقت السيول الناجمة عن الأمطار الغزيرة عددا من الطرق الرئيسية في المحافظات الجبلية، فيما دفع الدفاع المدني بفرق إضافية لفتحها.",
            /* 4 */ "وحذرت دائرة الأرصاد الجوية من استمرار الحالة الجوية حتى نهاية الأسبوع.");

        Assert.Equal(new[] { "الطقس", "الأمطار", "الدفاع المدني" }, article.Tags);
        Assert.DoesNotContain(2, article.PlacedLines());
    }

    [Fact]
    public void Hashtag_line_gives_the_tags_without_hash_and_with_underscores_as_spaces()
    {
        var article = Page.Extract(
            /* 1 */ "أمطار غزيرة تغلق طرقا رئيسية في المحافظات الجبلية",
            /* 2 */ "#الطقس #الأمطار #الدفاع_المدني",
            /* 3 */ "أغلقت السيول الناجمة عن الأمطار الغزيرة عددا من الطرق الرئيسية في المحافظات الجبلية، فيما دفع الدفاع المدني بفرق إضافية لفتحها.",
            /* 4 */ "وحذرت دائرة الأرصاد الجوية من استمرار الحالة الجوية حتى نهاية الأسبوع.");

        Assert.Equal(new[] { "الطقس", "الأمطار", "الدفاع المدني" }, article.Tags);
    }

    [Fact]
    public void English_labelled_tags_are_read_too()
    {
        var article = Page.Extract(
            /* 1 */ "Rail strike to go ahead after pay talks collapse",
            /* 2 */ "Tags: Rail, Strikes, Transport",
            /* 3 */ "Train drivers will walk out for 48 hours after last-minute talks with rail operators broke down without a deal.");

        Assert.Equal(new[] { "Rail", "Strikes", "Transport" }, article.Tags);
    }

    [Fact]
    public void Bare_line_of_content_words_that_all_occur_in_the_body_is_the_tags()
    {
        var article = Page.Extract(
            /* 1 */ "أمطار غزيرة تغلق طرقا رئيسية في المحافظات الجبلية",
            /* 2 */ "السيول الطرق الأرصاد",
            /* 3 */ "أغلقت السيول الناجمة عن الأمطار الغزيرة عددا من الطرق الرئيسية في المحافظات الجبلية، فيما دفع الدفاع المدني بفرق إضافية لفتحها.",
            /* 4 */ "وحذرت دائرة الأرصاد الجوية من استمرار الحالة الجوية حتى نهاية الأسبوع.");

        Assert.Equal(new[] { "السيول", "الطرق", "الأرصاد" }, article.Tags);
    }

    [Fact]
    public void Bare_line_with_a_word_the_body_never_uses_is_not_the_tags()
    {
        var article = Page.Extract(
            /* 1 */ "أمطار غزيرة تغلق طرقا رئيسية في المحافظات الجبلية",
            /* 2 */ "السيول الطرق الثلوج",
            /* 3 */ "أغلقت السيول الناجمة عن الأمطار الغزيرة عددا من الطرق الرئيسية في المحافظات الجبلية، فيما دفع الدفاع المدني بفرق إضافية لفتحها.",
            /* 4 */ "وحذرت دائرة الأرصاد الجوية من استمرار الحالة الجوية حتى نهاية الأسبوع.");

        Assert.Empty(article.Tags);
    }

    [Fact]
    public void Lines_between_headline_and_body_that_are_nothing_else_are_captions()
    {
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ "صورة أرشيفية لحافلات النقل العام في وسط المدينة",
            /* 3 */ "وزير المالية خلال مؤتمر صحفي في مقر الوزارة",
            /* 4 */ Lead,
            /* 5 */ Second);

        Assert.Equal(
            new[]
            {
                new LineText(2, "صورة أرشيفية لحافلات النقل العام في وسط المدينة"),
                new LineText(3, "وزير المالية خلال مؤتمر صحفي في مقر الوزارة"),
            },
            article.Captions.WithoutStarts());
        Assert.Equal(new[] { 4, 5 }, article.ParagraphLines());
        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public void Repeated_and_truncated_copies_of_the_headline_before_the_body_are_dropped_as_repeated_headline()
    {
        var article = Page.Extract(
            /* 1 */ "الرئيسية",
            /* 2 */ "بلدية المدينة تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية",
            /* 3 */ "بلدية المدينة تطلق حملة لزراعة",
            /* 4 */ "بلدية المدينة تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية",
            /* 5 */ "أطلقت بلدية المدينة حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية، بمشاركة متطوعين من طلاب الجامعات والمدارس.",
            /* 6 */ "وقال رئيس البلدية إن الحملة تستمر ثلاثة أشهر وتشمل إنشاء حدائق صغيرة بين المباني السكنية.");

        Assert.Equal(2, article.TitleLine);
        Assert.Equal(DropReasons.RepeatedHeadline, article.DroppedAt(3)?.Reason);
        Assert.Equal(DropReasons.RepeatedHeadline, article.DroppedAt(4)?.Reason);
        Assert.Empty(article.Captions.WithoutStarts());
        Assert.Equal(new[] { 5, 6 }, article.ParagraphLines());
    }

    [Fact]
    public void Headline_copy_with_other_diacritics_is_still_a_copy()
    {
        var article = Page.Extract(
            /* 1 */ "الرئيس يستقبل وفدا برلمانيا أوروبيا في القصر الجمهوري",
            /* 2 */ "الرئيس يستقبل وفداً برلمانياً أوروبياً",
            /* 3 */ "استقبل الرئيس وفدا من البرلمان الأوروبي يضم نوابا من سبع دول، وبحث معه العلاقات الثنائية وملف الهجرة.");

        Assert.Equal(DropReasons.RepeatedHeadline, article.DroppedAt(2)?.Reason);
        Assert.Empty(article.Captions.WithoutStarts());
    }
}
