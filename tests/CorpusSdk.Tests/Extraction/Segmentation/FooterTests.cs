using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>What the lines after the body are: the outlet's signature, a source label, a hashtag, site furniture.</summary>
public class FooterTests
{
    private const string Headline = "تراجع أسعار الذهب في الأسواق المحلية مع ارتفاع الدولار";
    private const string Lead =
        "تراجعت أسعار الذهب في الأسواق المحلية بنحو ثلاثة في المئة خلال تعاملات الأسبوع، متأثرة بارتفاع سعر صرف الدولار أمام العملات الرئيسية.";
    private const string Last = "وقال تجار إن حركة الشراء تراجعت بشكل ملحوظ، مع ترقب المستهلكين لمزيد من الانخفاض في الأسعار.";

    [Fact]
    public void Short_line_right_after_the_body_signs_it_with_the_outlet()
    {
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ Lead,
            /* 3 */ Last,
            /* 4 */ "شبكة الرافد الإخبارية",
            /* 5 */ "تابعونا على تلغرام");

        Assert.Equal("شبكة الرافد الإخبارية", article.Outlet);
        Assert.Equal(new[] { 2, 3 }, article.ParagraphLines());
        Assert.DoesNotContain(4, article.PlacedLines());
        Assert.Equal(DropReasons.Boilerplate, article.DroppedAt(5)?.Reason);
        Assert.DoesNotContain("CORPUS004", article.DiagnosticIds());
    }

    [Fact]
    public void Latin_signature_after_an_arabic_body_is_the_outlet()
    {
        var article = Page.Extract(Headline, Lead, Last, "GOLDNEWS");

        Assert.Equal("GOLDNEWS", article.Outlet);
    }

    [Fact]
    public void Short_line_further_down_the_footer_is_not_a_signature()
    {
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ Lead,
            /* 3 */ Last,
            /* 4 */ "شارك الخبر",
            /* 5 */ "الأخبار اليومية");

        Assert.Null(article.Outlet);
        Assert.Equal(new DroppedLine(5, "الأخبار اليومية", DropReasons.Footer), article.DroppedAt(5));
    }

    [Fact]
    public void Hashtag_after_the_body_names_the_outlet_with_spaces_for_underscores()
    {
        var article = Page.Extract(
            /* 1 */ "انطلاق امتحانات الشهادة الثانوية وسط إجراءات مشددة",
            /* 2 */ "انطلقت امتحانات الشهادة الثانوية العامة بمشاركة أكثر من مئة وعشرين ألف طالب وطالبة في مختلف المحافظات.",
            /* 3 */ "وأكدت وزارة التربية أن غرف العمليات تتابع سير الامتحانات في القاعات كافة، وأنها لم تسجل أي حالات غش.",
            /* 4 */ "#صحيفة_النهار");

        Assert.Equal("صحيفة النهار", article.Outlet);
        Assert.DoesNotContain(4, article.PlacedLines());
    }

    [Fact]
    public void Source_label_after_the_body_names_the_outlet_even_after_boilerplate()
    {
        var article = Page.Extract(
            /* 1 */ "انطلاق امتحانات الشهادة الثانوية وسط إجراءات مشددة",
            /* 2 */ "انطلقت امتحانات الشهادة الثانوية العامة بمشاركة أكثر من مئة وعشرين ألف طالب وطالبة في مختلف المحافظات.",
            /* 3 */ "وأكدت وزارة التربية أن غرف العمليات تتابع سير الامتحانات في القاعات كافة، وأنها لم تسجل أي حالات غش.",
            /* 4 */ "اقرأ المزيد",
            /* 5 */ "المصدر: وكالة الأنباء الوطنية");

        Assert.Equal("وكالة الأنباء الوطنية", article.Outlet);
        Assert.Equal(DropReasons.Boilerplate, article.DroppedAt(4)?.Reason);
        Assert.Null(article.DroppedAt(5));
    }

    [Fact]
    public void English_source_label_names_the_outlet()
    {
        var article = Page.Extract(
            /* 1 */ "Floods cut off villages in the northern highlands",
            /* 2 */ "Heavy rain has cut off at least a dozen villages in the northern highlands, officials said, as rivers burst their banks.",
            /* 3 */ "Read more",
            /* 4 */ "Source: Highland Herald");

        Assert.Equal("Highland Herald", article.Outlet);
    }

    [Fact]
    public void Masthead_outranks_the_footer_signature()
    {
        var article = Page.Extract("صدى الجنوب", Headline, Lead, Last, "شبكة الرافد الإخبارية");

        Assert.Equal("صدى الجنوب", article.Outlet);
    }

    [Fact]
    public void Truncated_headline_copy_right_after_the_body_is_not_the_outlet()
    {
        // Share widgets repeat the headline, often cut short, under the article: a copy of the headline signs nothing.
        var article = Page.Extract(
            /* 1 */ "مقتل ثلاثة أشخاص في حادث سير على الطريق الصحراوي",
            /* 2 */ "أسفر حادث تصادم بين شاحنة وحافلة صغيرة على الطريق الصحراوي عن مقتل ثلاثة أشخاص وإصابة سبعة آخرين بجروح متفاوتة.",
            /* 3 */ "وأوضحت مديرية الدفاع المدني أن فرق الإسعاف نقلت المصابين إلى المستشفى الحكومي في المدينة القريبة.",
            /* 4 */ "مقتل ثلاثة أشخاص");

        Assert.Null(article.Outlet);
        Assert.Equal(DropReasons.RepeatedHeadline, article.DroppedAt(4)?.Reason);
    }

    [Fact]
    public void Headline_copy_after_the_body_is_dropped_as_repeated_headline()
    {
        var article = Page.Extract(
            /* 1 */ "بلدية المدينة تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية",
            /* 2 */ "أطلقت بلدية المدينة حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية، بمشاركة متطوعين من طلاب الجامعات والمدارس.",
            /* 3 */ "وقال رئيس البلدية إن الحملة تستمر ثلاثة أشهر وتشمل إنشاء حدائق صغيرة بين المباني السكنية.",
            /* 4 */ "بلدية المدينة تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية",
            /* 5 */ "اشترك في النشرة البريدية");

        Assert.Equal(DropReasons.RepeatedHeadline, article.DroppedAt(4)?.Reason);
        Assert.Equal(DropReasons.Boilerplate, article.DroppedAt(5)?.Reason);
    }

    [Theory]
    [InlineData("© 2026 صدى الجنوب. جميع الحقوق محفوظة", "صدى الجنوب")]
    [InlineData("جميع الحقوق محفوظة لصحيفة صدى الجنوب", "صحيفة صدى الجنوب")]
    [InlineData("جميع الحقوق محفوظة لـ صدى الجنوب 2026", "صدى الجنوب")]
    public void Arabic_copyright_line_is_boilerplate_and_its_holder_is_the_outlet_when_nothing_else_names_one(string copyright, string outlet)
    {
        // Arabic sites write "all rights reserved to X" with the preposition ل joined to the name or as "لـ".
        var article = Page.Extract(
            /* 1 */ Headline,
            /* 2 */ Lead,
            /* 3 */ Last,
            /* 4 */ "شارك الخبر",
            /* 5 */ copyright);

        Assert.Equal(DropReasons.Boilerplate, article.DroppedAt(5)?.Reason);
        Assert.Equal(outlet, article.Outlet);
    }
}
