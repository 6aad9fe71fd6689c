using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>The body runs from the first to the last prose line; the short lines inside it are not paragraphs.</summary>
public class BodyTests
{
    [Fact]
    public void Short_line_inside_the_body_is_a_subheading()
    {
        var article = Page.Extract(
            /* 1 */ "الحكومة تقر موازنة تكميلية لدعم قطاع النقل العام",
            /* 2 */ "أقر مجلس الوزراء في جلسته الأسبوعية مشروع موازنة تكميلية بقيمة ثلاثمئة مليون دينار، يخصص معظمها لتحديث أسطول الحافلات.",
            /* 3 */ "تفاصيل التمويل",
            /* 4 */ "وأوضح وزير المالية أن الحكومة ستطرح سندات محلية بقيمة مئة مليون دينار، على أن يغطى الباقي من المنح الخارجية.");

        Assert.Equal(new[] { new LineText(3, "تفاصيل التمويل") }, article.Subheadings.WithoutStarts());
        Assert.Equal(new[] { 2, 4 }, article.ParagraphLines());
        Assert.Empty(article.Captions.WithoutStarts());
    }

    [Fact]
    public void English_cross_head_inside_the_body_is_a_subheading()
    {
        var article = Page.Extract(
            /* 1 */ "Rail strike to go ahead after pay talks collapse",
            /* 2 */ "Train drivers will walk out for 48 hours after last-minute talks with rail operators broke down without a deal.",
            /* 3 */ "What happens next",
            /* 4 */ "The union said it would meet operators again only if they put a new offer in writing.");

        Assert.Equal(new[] { new LineText(3, "What happens next") }, article.Subheadings.WithoutStarts());
        Assert.Equal(new[] { 2, 4 }, article.ParagraphLines());
    }

    [Fact]
    public void Short_line_with_a_caption_cue_inside_the_body_is_a_caption()
    {
        var article = Page.Extract(
            /* 1 */ "بلدية المدينة تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية",
            /* 2 */ "أطلقت بلدية المدينة حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية، بمشاركة متطوعين من طلاب الجامعات والمدارس.",
            /* 3 */ "متطوعون يزرعون الأشجار في حي الزهور (أ ف ب)",
            /* 4 */ "وأضاف رئيس البلدية أن البلدية خصصت فرقا لري الأشجار وصيانتها خلال فصل الصيف الأول بعد زراعتها.");

        Assert.Equal(new[] { new LineText(3, "متطوعون يزرعون الأشجار في حي الزهور (أ ف ب)") }, article.Captions.WithoutStarts());
        Assert.Empty(article.Subheadings.WithoutStarts());
        Assert.Equal(new[] { 2, 4 }, article.ParagraphLines());
    }

    [Fact]
    public void English_photo_credit_inside_the_body_is_a_caption()
    {
        var article = Page.Extract(
            /* 1 */ "Floods cut off villages in the northern highlands",
            /* 2 */ "Heavy rain has cut off at least a dozen villages in the northern highlands, officials said, as rivers burst their banks.",
            /* 3 */ "Rescuers wade through water (Getty Images)",
            /* 4 */ "The army sent two helicopters to lift families stranded on rooftops, the regional governor said.");

        Assert.Equal(new[] { new LineText(3, "Rescuers wade through water (Getty Images)") }, article.Captions.WithoutStarts());
        Assert.Equal(new[] { 2, 4 }, article.ParagraphLines());
    }

    [Fact]
    public void Arabic_boilerplate_before_inside_and_after_the_body_is_dropped_and_never_a_paragraph()
    {
        var article = Page.Extract(
            /*  1 */ "حمّل تطبيق النبأ على هاتفك",
            /*  2 */ "الأكثر قراءة",
            /*  3 */ "وزير التربية يعلن موعد بدء العام الدراسي الجديد",
            /*  4 */ "أعلن وزير التربية أن العام الدراسي الجديد سيبدأ في الأول من أيلول، مع خطة لتخفيف الاكتظاظ في الصفوف.",
            /*  5 */ "إعلان",
            /*  6 */ "وأضاف الوزير أن الوزارة ستعين ألفي معلم جديد لسد النقص في التخصصات العلمية.",
            /*  7 */ "اقرأ أيضا: الوزارة تطلق منصة للتعليم عن بعد",
            /*  8 */ "ودعا الوزير أولياء الأمور إلى تسجيل أبنائهم في المدارس قبل نهاية الشهر.",
            /*  9 */ "شارك",
            /* 10 */ "طباعة",
            /* 11 */ "تابعونا على فيسبوك");

        Assert.Equal(new[] { 4, 6, 8 }, article.ParagraphLines());
        Assert.Equal(new[] { 1, 2, 5, 7, 9, 10, 11 }, article.Dropped.Where(d => d.Reason == DropReasons.Boilerplate).Select(d => d.Line));
        Assert.Equal("اقرأ أيضا: الوزارة تطلق منصة للتعليم عن بعد", article.DroppedAt(7)?.Text);
        Assert.Equal("وزير التربية يعلن موعد بدء العام الدراسي الجديد", article.Title);
        Assert.Empty(article.Subheadings.WithoutStarts());
        Assert.Empty(article.Captions.WithoutStarts());
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void English_boilerplate_before_inside_and_after_the_body_is_dropped_and_never_a_paragraph()
    {
        var article = Page.Extract(
            /* 1 */ "Listen to this article",
            /* 2 */ "Rail strike to go ahead after pay talks collapse",
            /* 3 */ "Train drivers will walk out for 48 hours after last-minute talks with rail operators broke down without a deal.",
            /* 4 */ "Advertisement",
            /* 5 */ "The union said operators had refused to improve an offer its members rejected by a large margin.",
            /* 6 */ "Read more: Commuters face a week of disruption",
            /* 7 */ "They urged passengers to check timetables before travelling and said replacement buses would run on some routes.",
            /* 8 */ "Share this",
            /* 9 */ "Most popular");

        Assert.Equal(new[] { 3, 5, 7 }, article.ParagraphLines());
        Assert.Equal(new[] { 1, 4, 6, 8, 9 }, article.Dropped.Where(d => d.Reason == DropReasons.Boilerplate).Select(d => d.Line));
        Assert.Equal("Rail strike to go ahead after pay talks collapse", article.Title);
        Assert.Empty(article.Subheadings.WithoutStarts());
    }

    [Fact]
    public void Paragraph_that_merely_begins_with_a_boilerplate_word_stays_a_paragraph()
    {
        // "تطبيق" (app) and "Share" open boilerplate lines; in a sentence of a dozen words they are ordinary words.
        var arabic = Page.Extract(
            /* 1 */ "الحكومة تعمم الدفع الإلكتروني في الدوائر الرسمية",
            /* 2 */ "تطبيق نظام الدفع الإلكتروني في جميع الدوائر الحكومية يبدأ مطلع الشهر المقبل، بحسب ما أعلنت وزارة المالية.");
        var english = Page.Extract(
            /* 1 */ "Markets rally as central bank holds rates",
            /* 2 */ "Share prices rose sharply in early trading after the central bank left interest rates unchanged for a third month.");

        Assert.Equal(new[] { 2 }, arabic.ParagraphLines());
        Assert.Empty(arabic.Dropped.WithoutStarts());
        Assert.Equal(new[] { 2 }, english.ParagraphLines());
        Assert.Empty(english.Dropped.WithoutStarts());
    }

    [Fact]
    public void Headline_repeated_inside_the_body_is_dropped_as_repeated_headline()
    {
        var article = Page.Extract(
            /* 1 */ "مقتل ثلاثة أشخاص في حادث سير على الطريق الصحراوي",
            /* 2 */ "أسفر حادث تصادم بين شاحنة وحافلة صغيرة على الطريق الصحراوي عن مقتل ثلاثة أشخاص وإصابة سبعة آخرين بجروح متفاوتة.",
            /* 3 */ "مقتل ثلاثة أشخاص في حادث سير على الطريق الصحراوي",
            /* 4 */ "وأوضحت مديرية الدفاع المدني أن فرق الإسعاف نقلت المصابين إلى المستشفى الحكومي في المدينة القريبة.");

        Assert.Equal(new DroppedLine(3, "مقتل ثلاثة أشخاص في حادث سير على الطريق الصحراوي", DropReasons.RepeatedHeadline), article.DroppedAt(3));
        Assert.Empty(article.Subheadings.WithoutStarts());
        Assert.Equal(new[] { 2, 4 }, article.ParagraphLines());
    }

    [Fact]
    public void Paragraph_text_is_trimmed_and_keeps_its_line_number_after_blank_lines()
    {
        var article = Page.Extract(
            /* 1 */ "وزير التربية يعلن موعد بدء العام الدراسي الجديد",
            /* 2 */ "",
            /* 3 */ "   أعلن وزير التربية أن العام الدراسي الجديد سيبدأ في الأول من أيلول، مع خطة لتخفيف الاكتظاظ في الصفوف.  ",
            /* 4 */ "",
            /* 5 */ "",
            /* 6 */ "\tوأضاف الوزير أن الوزارة ستعين ألفي معلم جديد لسد النقص في التخصصات العلمية.");

        Assert.Equal(
            new[]
            {
                new ParagraphModel(3, "أعلن وزير التربية أن العام الدراسي الجديد سيبدأ في الأول من أيلول، مع خطة لتخفيف الاكتظاظ في الصفوف."),
                new ParagraphModel(6, "وأضاف الوزير أن الوزارة ستعين ألفي معلم جديد لسد النقص في التخصصات العلمية."),
            },
            article.Paragraphs.WithoutStarts());
    }

    [Fact]
    public void A_short_sentence_that_opens_with_a_speech_verb_is_a_paragraph()
    {
        var article = Page.Extract(
            /* 1 */ "الحكومة ترفض مطالب النقابات بزيادة الأجور",
            /* 2 */ "رفضت الحكومة مطالب النقابات بزيادة الأجور بنسبة عشرين في المئة، معتبرة أن الموازنة لا تحتمل ذلك.",
            /* 3 */ "وقال: «لن نسمح بذلك».");

        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
        Assert.Empty(article.Subheadings.WithoutStarts());
    }
}
