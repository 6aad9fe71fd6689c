using System;
using System.Linq;
using CorpusSdk.Extraction;
using static CorpusSdk.Tests.Check.CheckCorpus;

namespace CorpusSdk.Tests.Check;

/// <summary>
/// <c>suppress:</c> in a file's front matter silences the listed checks for that file: its own findings, and the
/// cross-source findings reported at it; never the same finding reported at another file.
/// </summary>
public class SuppressTests
{
    private static readonly string Repeats = Article("التحالف الدولي يجتمع في الرياض", "الثلاثاء 10 فبراير 2026",
        "أكد التحالف الدولي لهزيمة داعش في ختام اجتماعه في الرياض استمرار الجهود المشتركة لهزيمة التنظيم في العراق وسوريا.",
        "ورحب البيان بالاتفاق بين الحكومة السورية وقوات سوريا الديمقراطية.",
        "ولفت إلى أن مسؤولي الدفاع في التحالف شددوا على أهمية التنسيق الوثيق بين المسارين الدبلوماسي والعسكري، واطّلعوا على إحاطات حول سير العمليات الجارية ضد داعش، بما في ذلك عمليات نقل المحتجزين.",
        "وسلط مسؤولو الدفاع في التحالف الضوء على التنسيق الوثيق بين المسارين الدبلوماسي والعسكري. وتلقى المشاركون إحاطات بشأن حملة هزيمة داعش الحالية، بما في ذلك عمليات نقل المعتقلين الجارية.");

    private static readonly string WrongWeekday = Article("الاجتماع المقبل", "الثلاثاء 10 مارس 2026",
        "وقال المتحدث باسم الحكومة إن الاجتماع المقبل سيعقد يوم الأربعاء 10 مارس 2026 في العاصمة.");

    private static readonly string BarakSpelledOneWay = Article("باراك يرحب بانضمام سوريا", "الثلاثاء 10 فبراير 2026",
        "وقال المبعوث الأمريكي توم باراك إن انضمام سوريا إلى التحالف خطوة مهمة.",
        "وأضاف باراك أن التحالف سيواصل دعم الحكومة السورية.");

    private static readonly string BarakSpelledAnotherWay = Article("المبعوث الأمريكي يشيد بسوريا", "الثلاثاء 10 فبراير 2026",
        "أكد المبعوث الأمريكي توم برَاك أن مشاركة سوريا في التحالف فصل جديد في الأمن الجماعي.");

    [Fact]
    public void Suppressing_CORPUS104_silences_the_near_duplicate_paragraphs_of_that_file()
    {
        Assert.Contains(ArticleExtractor.Extract("a.txt", Repeats).Diagnostics, d => d.Id == "CORPUS104");

        var silenced = ArticleExtractor.Extract("a.txt", WithFrontMatter(Repeats, "outlet: وكالة الأنباء", "suppress: CORPUS104"));

        Assert.DoesNotContain(silenced.Diagnostics, d => d.Id == "CORPUS104");
        Assert.DoesNotContain(silenced.Diagnostics, d => d.Id == "CORPUS008");
    }

    [Fact]
    public void Suppressing_CORPUS102_in_one_file_leaves_the_same_finding_in_another_file()
    {
        var corpus = LinkFiles(
            ("a.txt", WithFrontMatter(WrongWeekday, "outlet: وكالة الأنباء", "suppress: CORPUS102")),
            ("b.txt", WrongWeekday));

        var finding = Assert.Single(Findings(corpus, "CORPUS102"));
        Assert.Equal("b.txt", finding.File);
    }

    [Fact]
    public void Suppressing_CORPUS203_silences_the_cross_source_finding_reported_at_that_file()
    {
        var corpus = LinkFiles(
            ("a.txt", BarakSpelledOneWay),
            ("b.txt", WithFrontMatter(BarakSpelledAnotherWay, "outlet: وكالة الأنباء", "suppress: CORPUS203, CORPUS206")));

        Assert.Empty(Findings(corpus, "CORPUS203"));
        Assert.Empty(Findings(corpus, "CORPUS008"));
    }

    [Fact]
    public void Suppressing_CORPUS203_in_a_file_leaves_the_finding_reported_at_another_file()
    {
        var corpus = LinkFiles(
            ("a.txt", WithFrontMatter(BarakSpelledOneWay, "outlet: وكالة الأنباء", "suppress: CORPUS203")),
            ("b.txt", BarakSpelledAnotherWay));

        var finding = Assert.Single(Findings(corpus, "CORPUS203"));
        Assert.Equal(("b.txt", "a.txt"), (finding.File, finding.Related.Single().File));
    }

    [Fact]
    public void An_unknown_ID_in_suppress_is_CORPUS008_at_its_front_matter_line()
    {
        var text = WithFrontMatter(BarakSpelledAnotherWay, "outlet: وكالة الأنباء", "suppress: CORPUS999, CORPUS203");

        var problem = Assert.Single(ArticleExtractor.Extract("b.txt", text).Diagnostics, d => d.Id == "CORPUS008");

        Assert.Equal(("b.txt", 3, 1), (problem.File, problem.Span.StartLine, problem.Span.StartColumn));
        Assert.Equal("suppress: CORPUS999, CORPUS203", text.Substring(problem.Span.Start, problem.Span.Length));
        Assert.Contains("'CORPUS999'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CORPUS301_in_suppress_is_CORPUS008_since_it_is_reported_in_CSharp_code()
    {
        var text = WithFrontMatter(BarakSpelledAnotherWay, "outlet: وكالة الأنباء", "suppress: CORPUS301");

        var problem = Assert.Single(ArticleExtractor.Extract("b.txt", text).Diagnostics, d => d.Id == "CORPUS008");

        Assert.Equal(("b.txt", 3), (problem.File, problem.Span.StartLine));
        Assert.Contains("CORPUS301", problem.Message, StringComparison.Ordinal);
        Assert.Contains(".editorconfig", problem.Message, StringComparison.Ordinal);
    }
}
