using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>The headline is the first header line of four words or more; a page that opens with prose has none.</summary>
public class HeadlineAndLeadTests
{
    [Fact]
    public void Line_above_the_first_prose_line_is_the_headline_and_not_a_paragraph()
    {
        var article = Page.Extract(
            /* 1 */ "ارتفاع صادرات التمور إلى الأسواق الأوروبية بنسبة قياسية",
            /* 2 */ "",
            /* 3 */ "سجلت صادرات التمور إلى الأسواق الأوروبية ارتفاعا قياسيا خلال الموسم الماضي، مدفوعة بزيادة الطلب في شهر رمضان.",
            /* 4 */ "وقال رئيس جمعية المصدرين إن المزارعين استفادوا من برامج الدعم الحكومي لتحسين التعبئة والتغليف.");

        Assert.Equal("ارتفاع صادرات التمور إلى الأسواق الأوروبية بنسبة قياسية", article.Title);
        Assert.Equal("headline", article.TitleSource);
        Assert.Equal(1, article.TitleLine);
        Assert.Equal(new[] { 3, 4 }, article.ParagraphLines());
    }

    [Fact]
    public void Arabic_page_that_opens_with_a_prose_sentence_has_no_headline_and_takes_the_leads_first_sentence()
    {
        var article = Page.Extract(
            /* 1 */ "أعلنت وزارة الصحة تسجيل ثلاث إصابات جديدة بالحصبة في مدارس المحافظة الشمالية. وقالت الوزارة إن الحالات مستقرة.",
            /* 2 */ "ودعت الوزارة أولياء الأمور إلى استكمال جرعات التطعيم لأطفالهم قبل نهاية الفصل الدراسي.");

        Assert.Equal("lead", article.TitleSource);
        Assert.Equal("أعلنت وزارة الصحة تسجيل ثلاث إصابات جديدة بالحصبة في مدارس المحافظة الشمالية.", article.Title);
        Assert.Equal(1, article.TitleLine);
        // The lead stays the first paragraph, whole: the title is derived from it, not cut out of it.
        Assert.Equal(
            "أعلنت وزارة الصحة تسجيل ثلاث إصابات جديدة بالحصبة في مدارس المحافظة الشمالية. وقالت الوزارة إن الحالات مستقرة.",
            article.Paragraphs[0].Text);
        Assert.Equal(new[] { 1, 2 }, article.ParagraphLines());
    }

    [Fact]
    public void English_page_that_opens_with_a_prose_sentence_takes_the_leads_first_sentence()
    {
        var article = Page.Extract(
            /* 1 */ "The coastguard rescued eleven sailors from a cargo ship that ran aground off the northern cape. None were badly hurt.",
            /* 2 */ "They were flown to the regional hospital for checks, a spokesman said.");

        Assert.Equal("lead", article.TitleSource);
        Assert.Equal("The coastguard rescued eleven sailors from a cargo ship that ran aground off the northern cape.", article.Title);
        Assert.Equal(new[] { 1, 2 }, article.ParagraphLines());
    }

    [Fact]
    public void Lead_with_a_single_sentence_is_the_title_whole()
    {
        var article = Page.Extract(
            /* 1 */ "City council votes seven to two to add protected bike lanes across the downtown grid over the next three years.",
            /* 2 */ "He said the first lanes would open on the riverside avenue before the summer holidays.");

        Assert.Equal("lead", article.TitleSource);
        Assert.Equal("City council votes seven to two to add protected bike lanes across the downtown grid over the next three years.", article.Title);
    }

    [Fact]
    public void Byline_above_the_headline_does_not_take_the_headlines_place()
    {
        var article = Page.Extract(
            /* 1 */ "بقلم مريم العبدالله",
            /* 2 */ "مهرجان المسرح العربي يختتم دورته بتكريم رواد الخشبة",
            /* 3 */ "اختتم مهرجان المسرح العربي دورته الخامسة عشرة بحفل كرّم فيه عددا من رواد الخشبة الذين أسهموا في تأسيس الفرق المسرحية الأولى.",
            /* 4 */ "وشهدت الدورة عرض أربعة وعشرين عملا مسرحيا من اثنتي عشرة دولة عربية، تنافست على جوائز المهرجان الست.");

        Assert.Equal("مهرجان المسرح العربي يختتم دورته بتكريم رواد الخشبة", article.Title);
        Assert.Equal(2, article.TitleLine);
        Assert.Equal("مريم العبدالله", article.Author);
    }

    [Fact]
    public void Page_without_prose_keeps_its_first_line_as_headline_and_the_other_lines_as_paragraphs()
    {
        var article = Page.Extract(
            /* 1 */ "ملاحظات اجتماع لجنة الأحياء",
            /* 2 */ "جدول الأعمال",
            /* 3 */ "توزيع المياه",
            /* 4 */ "صيانة الإنارة",
            /* 5 */ "اقرأ أيضا");

        Assert.Equal("ملاحظات اجتماع لجنة الأحياء", article.Title);
        Assert.Equal("headline", article.TitleSource);
        Assert.Equal(
            new[] { new ParagraphModel(2, "جدول الأعمال"), new ParagraphModel(3, "توزيع المياه"), new ParagraphModel(4, "صيانة الإنارة") },
            article.Paragraphs.WithoutStarts());
        Assert.Equal(new DroppedLine(5, "اقرأ أيضا", DropReasons.Boilerplate), Assert.Single(article.Dropped.WithoutStarts()));
        Assert.DoesNotContain("CORPUS002", article.DiagnosticIds());
    }

    [Fact]
    public void One_word_line_is_not_prose_so_a_headline_and_a_one_word_line_make_a_page_without_prose()
    {
        var article = Page.Extract("Dam inspection report published", "Summary.");

        Assert.Equal("Dam inspection report published", article.Title);
        Assert.Equal(new[] { new ParagraphModel(2, "Summary.") }, article.Paragraphs.WithoutStarts());
    }
}
