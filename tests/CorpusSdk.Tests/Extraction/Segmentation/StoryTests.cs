using System.Linq;

namespace CorpusSdk.Tests.Extraction.Segmentation;

// Inside the namespace: CorpusSdk.DroppedLine (the runtime API) would otherwise win over the model type.
using CorpusSdk.Extraction.Model;

/// <summary>A paragraph with no connective and little in common with the story so far starts a second story (CORPUS007).</summary>
public class StoryTests
{
    private static readonly string[] GluedStories =
    {
        /* 1 */ "وزارة الزراعة تعلن خطة لمكافحة الجراد في المناطق الحدودية",
        /* 2 */ "أعلنت وزارة الزراعة عن خطة عاجلة لمكافحة أسراب الجراد التي رصدت في المناطق الحدودية الجنوبية، تشمل رش المبيدات جوا وبرا على مساحة خمسين ألف هكتار.",
        /* 3 */ "وقال مدير وقاية النبات في الوزارة إن فرق الرصد تعمل على مدار الساعة لتحديد مواقع وضع البيض قبل فقسه.",
        /* 4 */ "كما أشار إلى أن الوزارة طلبت دعما فنيا من منظمة الأغذية والزراعة لتأمين كميات إضافية من المبيدات الآمنة بيئيا.",
        /* 5 */ "تعادل فريق النادي الأهلي مع ضيفه فريق الشباب بهدفين لكل منهما في المباراة التي أقيمت على الملعب البلدي ضمن منافسات الجولة الثامنة من الدوري الممتاز لكرة القدم.",
        // The glued story's headline, kept by the scraper under its lead (the page's description), as pages print it.
        /* 6 */ "الأهلي يتعادل مع الشباب في الدوري الممتاز",
        /* 7 */ "وسجل هدفي الأهلي المهاجم الدولي في الدقيقتين العاشرة والستين، بينما أدرك الضيوف التعادل في الوقت بدل الضائع.",
    };

    [Fact]
    public void Second_story_glued_on_gives_two_stories()
    {
        var article = Page.Extract(GluedStories);

        Assert.Equal(
            new[]
            {
                new StoryModel(2, 4, "وزارة الزراعة تعلن خطة لمكافحة الجراد في المناطق الحدودية"),
                new StoryModel(5, 7, "الأهلي يتعادل مع الشباب في الدوري الممتاز"),
            },
            article.Stories);
        // Both stories' paragraphs stay paragraphs of the file.
        Assert.Equal(new[] { 2, 3, 4, 5, 7 }, article.ParagraphLines());
    }

    [Fact]
    public void Paragraph_of_another_topic_without_a_headline_beside_it_stays_in_the_story()
    {
        // Low overlap alone does not split: without the glued story's headline, the football paragraph could be a
        // digression of the same page (real pages have paragraphs of one story sharing 7% of their words).
        var article = Page.Extract(GluedStories.Take(5).Append(GluedStories[6]).ToArray());

        Assert.Single(article.Stories);
        Assert.DoesNotContain("CORPUS007", article.DiagnosticIds());
    }

    [Fact]
    public void Second_story_gets_CORPUS007_at_its_first_line()
    {
        var article = Page.Extract(GluedStories);

        var diagnostic = Assert.Single(article.Diagnostics, d => d.Id == "CORPUS007");
        Assert.Equal((5, 1), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Equal(Page.File, diagnostic.File);
        Assert.Contains("2 stories", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Second_story_is_titled_by_the_subheading_right_before_it()
    {
        var lines = GluedStories.Take(3).Append("الدوري الممتاز").Concat(GluedStories.Skip(4)).ToArray();

        var article = Page.Extract(lines);

        Assert.Equal(new[] { new StoryModel(2, 3, GluedStories[0]), new StoryModel(5, 7, "الدوري الممتاز") }, article.Stories);
        Assert.Equal(new[] { new LineText(4, "الدوري الممتاز"), new LineText(6, GluedStories[5]) }, article.Subheadings.WithoutStarts());
    }

    [Theory]
    // Openers that continue an Arabic story without the conjunction: "in turn", "for his part", "according to",
    // "this comes", a speaker's name before a colon.
    [InlineData("بدوره، أكد محافظ نينوى أن الحكومة المحلية ستتكفل بعلاج جميع المصابين في مستشفيات أربيل ودهوك وتعويض عوائل الضحايا بمبالغ مالية عاجلة.")]
    [InlineData("من ناحيته، طالب نائب عن المحافظة بمحاسبة جميع المقصرين في دوائر البلدية والسياحة ونشر أسماء المسؤولين عن منح إجازات البناء المخالفة.")]
    [InlineData("بحسب مصادر طبية في مستشفيات أربيل ودهوك، فإن عشرات المصابين ما زالوا يتلقون العلاج من حروق بالغة في وحدات العناية المركزة.")]
    [InlineData("يأتي ذلك بعد أيام من مطالبات شعبية واسعة بمحاسبة المسؤولين عن منح إجازات البناء لقاعات المناسبات المخالفة لشروط السلامة المعمول بها.")]
    // No connective, few shared words, and no headline beside it: a bare speech verb or a noun phrase first.
    [InlineData("قالت لجنة التحقيق إن صاحب القاعة تمكن من نقل جهاز تسجيل الكاميرات إلى مدينة أخرى قبل وصول القوات الأمنية إلى المكان.")]
    [InlineData("فريق الخبراء المكلف بفحص المبنى، والمؤلف من ثمانية مهندسين، ذكر أن السقف المعلق صنع من ألواح بلاستيكية رخيصة تذوب بسرعة.")]
    [InlineData("المحافظ: \"الحكومة المحلية ستتكفل بعلاج جميع المصابين في مستشفيات أربيل ودهوك وتعويض عوائل الضحايا بمبالغ مالية عاجلة\".")]
    public void Arabic_paragraph_that_continues_the_story_without_wa_stays_in_it(string paragraph)
    {
        var article = Page.Extract(
            /* 1 */ "لجنة التحقيق تعلن نتائج تحقيقها في حريق قاعة الأعراس",
            /* 2 */ "أعلنت لجنة التحقيق في حريق قاعة الأعراس نتائج عملها، مؤكدة أن الحريق نجم عن ألعاب نارية أطلقت داخل القاعة المكتظة بالمدعوين.",
            /* 3 */ "وقال رئيس اللجنة في مؤتمر صحفي إن القاعة كانت تفتقر إلى أبواب الطوارئ ومنظومات الإطفاء، وإن المواد المستخدمة في سقفها سريعة الاشتعال.",
            /* 4 */ paragraph);

        Assert.Single(article.Stories);
        Assert.DoesNotContain("CORPUS007", article.DiagnosticIds());
    }

    [Fact]
    public void Long_arabic_story_whose_paragraphs_open_with_wa_and_kama_stays_one_story()
    {
        var article = Page.Extract(
            /* 1 */ "مجلس الأمن يناقش تجديد ولاية بعثة المراقبين الدوليين",
            /* 2 */ "عقد مجلس الأمن الدولي جلسة مغلقة لمناقشة مشروع قرار يقضي بتجديد ولاية بعثة المراقبين الدوليين لمدة عام إضافي، وسط خلافات بين الأعضاء الدائمين حول عدد أفراد البعثة وصلاحياتها.",
            /* 3 */ "وقال دبلوماسيون حضروا الجلسة إن المندوب الروسي طالب بتقليص عدد المراقبين إلى النصف، بينما تمسكت الدول الغربية بالإبقاء على العدد الحالي وتوسيع صلاحيات البعثة في المناطق الحدودية.",
            /* 4 */ "كما دعا الأمين العام للأمم المتحدة في تقرير قدمه إلى المجلس الأطراف المتنازعة إلى احترام اتفاق وقف إطلاق النار والسماح لفرق المراقبة بالوصول إلى جميع المواقع دون عوائق.",
            /* 5 */ "وأشار التقرير إلى تسجيل أكثر من ثلاثمئة خرق لوقف إطلاق النار خلال الأشهر الستة الماضية، معظمها قصف مدفعي على القرى الواقعة قرب خطوط التماس.",
            /* 6 */ "وأضاف أن البعثة تعاني من نقص في التمويل يبلغ نحو أربعين مليون دولار، ما اضطرها إلى تقليص دورياتها الليلية وإغلاق اثنين من مراكزها الميدانية.",
            /* 7 */ "ومن المقرر أن يصوت المجلس على مشروع القرار قبل انتهاء الولاية الحالية للبعثة.",
            /* 8 */ "كما يتوقع أن تشهد الجلسة مداولات حول تعيين رئيس جديد للبعثة خلفا لرئيسها الحالي الذي أنهى مهامه.",
            /* 9 */ "وفي سياق متصل، أعلنت وزارة الخارجية في إحدى الدول المساهمة بقوات أنها ستسحب كتيبتها من البعثة في حال عدم توفير الحماية الكافية لأفرادها.");

        Assert.Equal(new[] { new StoryModel(2, 9, "مجلس الأمن يناقش تجديد ولاية بعثة المراقبين الدوليين") }, article.Stories);
        Assert.DoesNotContain("CORPUS007", article.DiagnosticIds());
    }

    [Fact]
    public void English_story_whose_paragraphs_open_with_pronouns_stays_one_story()
    {
        var article = Page.Extract(
            /* 1 */ "Mayor pledges to rebuild flooded library within a year",
            /* 2 */ "The mayor said the central library, flooded in the storm, would reopen within a year after repairs to its ground floor.",
            /* 3 */ "He said the city would pay for repairs from its emergency fund and seek the rest from the regional government.",
            /* 4 */ "Their insurers have so far refused to cover damage to the rare books collection kept in the basement archive.");

        Assert.Single(article.Stories);
        Assert.DoesNotContain("CORPUS007", article.DiagnosticIds());
    }

    [Fact]
    public void English_story_whose_second_paragraph_opens_with_a_noun_stays_one_story()
    {
        // English news paragraphs seldom open with a connective; two paragraphs on one bridge closure are one story.
        var article = Page.Extract(
            /* 1 */ "Bridge repairs to close the harbour road for a month",
            /* 2 */ "Drivers will face a month of diversions from next week while engineers replace the expansion joints on the harbour bridge.",
            /* 3 */ "Council officials said buses would be rerouted through the old town and that cyclists could still cross on the footpath.");

        Assert.Equal(new[] { new StoryModel(2, 3, "Bridge repairs to close the harbour road for a month") }, article.Stories);
        Assert.DoesNotContain("CORPUS007", article.DiagnosticIds());
    }

    [Fact]
    public void English_wire_dateline_in_the_body_starts_a_second_story()
    {
        // A wire digest glues stories together, each opening with its own dateline.
        var article = Page.Extract(
            /* 1 */ "Regional briefs",
            /* 2 */ "NAIROBI, April 4 (Reuters) - Kenya's central bank held its main lending rate at 10 percent on Tuesday, citing easing inflation.",
            /* 3 */ "The bank said food prices had fallen for a third month running and the shilling had steadied against the dollar.",
            /* 4 */ "ADDIS ABABA (AP) — Ethiopia reopened two border crossings with Sudan after a week-long closure, officials said on Tuesday.");

        Assert.Equal(new[] { 2, 4 }, article.Stories.Select(s => s.FirstLine));
        Assert.Contains("CORPUS007", article.DiagnosticIds());
    }

    [Fact]
    public void Page_with_one_paragraph_has_one_story_spanning_it()
    {
        var article = Page.Extract(
            "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في الساحل",
            "افتتحت وزارة الطاقة محطة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية، بطاقة إنتاجية تبلغ عشرين ألف متر مكعب يوميا.");

        Assert.Equal(new[] { new StoryModel(2, 2, "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في الساحل") }, article.Stories);
    }
}
