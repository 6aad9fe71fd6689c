using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Check;
using static CorpusSdk.Tests.Check.CheckCorpus;

namespace CorpusSdk.Tests.Check;

/// <summary>CORPUS104, near-duplicate paragraphs within one article (per file, <see cref="ArticleExtractor.Extract"/>).</summary>
public class ParagraphCheckTests
{
    // The two paragraphs of the seed article 000 (lines 16 and 17) quoted in docs/diagnostics.md.
    private const string DefenceSummary = "ولفت إلى أن مسؤولي الدفاع في التحالف شددوا على أهمية التنسيق الوثيق بين المسارين الدبلوماسي والعسكري، واطّلعوا على إحاطات حول سير العمليات الجارية ضد داعش، بما في ذلك عمليات نقل المحتجزين.";
    private const string DefenceInFull = "وسلط مسؤولو الدفاع في التحالف الضوء على التنسيق الوثيق بين المسارين الدبلوماسي والعسكري. وتلقى المشاركون إحاطات بشأن حملة هزيمة داعش الحالية، بما في ذلك عمليات نقل المعتقلين الجارية.";

    [Fact]
    public void A_statement_kept_twice_is_CORPUS104_at_the_later_paragraph_with_the_earlier_related()
    {
        var text = Article("التحالف الدولي يجتمع في الرياض", "الثلاثاء 10 فبراير 2026",
            "أكد التحالف الدولي لهزيمة داعش في ختام اجتماعه في الرياض استمرار الجهود المشتركة لهزيمة التنظيم في العراق وسوريا.",
            "ورحب البيان بالاتفاق بين الحكومة السورية وقوات سوريا الديمقراطية.",
            DefenceSummary,
            DefenceInFull);

        var finding = Assert.Single(ArticleExtractor.Extract("a.txt", text).Diagnostics, d => d.Id == "CORPUS104");
        Assert.Equal(("a.txt", 11, 1), (finding.File, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal(DefenceInFull, text.Substring(finding.Span.Start, finding.Span.Length));
        var related = Assert.Single(finding.Related);
        Assert.Equal(("a.txt", 9, 1), (related.File, related.Span.StartLine, related.Span.StartColumn));
        Assert.Equal(DefenceSummary, text.Substring(related.Span.Start, related.Span.Length));
        Assert.Equal("This paragraph repeats the one on line 9", finding.Message);
    }

    [Fact]
    public void A_lead_and_the_paragraph_that_details_it_are_no_CORPUS104()
    {
        const string lead = "أعلنت هيئة الموانئ إغلاق الميناء التجاري في المدينة الساحلية أمام حركة السفن لمدة ثلاثة أيام بسبب العاصفة القوية وارتفاع الأمواج.";
        const string detail = "وأوضحت هيئة الموانئ في بيان أن إغلاق الميناء التجاري في المدينة الساحلية أمام حركة السفن لمدة ثلاثة أيام جاء بسبب العاصفة القوية وارتفاع الأمواج إلى مستويات غير مسبوقة حفاظا على سلامة البحارة.";
        var text = Article("العاصفة تغلق الميناء التجاري", "الثلاثاء 3 مارس 2026",
            lead, detail, "وأشارت الهيئة إلى أن فرق الطوارئ تعمل على مدار الساعة لتأمين السفن الراسية.");

        // By the words alone the two would be near-duplicates: only the lead rule keeps them apart.
        var (leadWords, detailWords) = (TextSimilarity.ContentWords(lead), TextSimilarity.ContentWords(detail));
        Assert.True(leadWords.Count >= ParagraphChecks.MinWords);
        Assert.True(TextSimilarity.Jaccard(leadWords, detailWords) >= ParagraphChecks.MinJaccard);
        Assert.True(TextSimilarity.Containment(leadWords, detailWords) >= ParagraphChecks.MinContainment);
        Assert.DoesNotContain(ArticleExtractor.Extract("a.txt", text).Diagnostics, d => d.Id == "CORPUS104");
    }

    [Fact]
    public void Paragraphs_on_the_same_subject_in_different_words_are_no_CORPUS104()
    {
        var text = Article("التحالف الدولي يجتمع في الرياض", "الثلاثاء 10 فبراير 2026",
            "أكد التحالف الدولي لهزيمة داعش في ختام اجتماعه في الرياض استمرار الجهود المشتركة لهزيمة التنظيم في العراق وسوريا.",
            DefenceSummary,
            "كما أعرب المشاركون عن شكرهم للحكومة العراقية على استمرار قيادتها لحملة هزيمة داعش، ورحبوا بتولي الحكومة السورية مسؤولية مرافق الاحتجاز ومخيمات النزوح في شمال شرق البلاد.");

        Assert.DoesNotContain(ArticleExtractor.Extract("a.txt", text).Diagnostics, d => d.Id == "CORPUS104");
    }
}
