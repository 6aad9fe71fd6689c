using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.QuickInfo;

namespace CorpusSdk.Tests.IntelliSense;

/// <summary>
/// What the editor shows on hover over a generated member of the seed corpus: Roslyn's quick info service, which renders the
/// summary (the first line of the hover) and the remarks (the paragraphs under it) of the XML docs the generator writes.
/// </summary>
[Collection(IntelliSenseCollection.Name)]
public class QuickInfoTests(IntelliSenseWorkspace workspace)
{
    private const string Code = "namespace Consumer { class C { void M() { var a = Corpus.{0}; } } }";

    /// <summary>The hover over <paramref name="member"/> (as <c>Class.Member</c>), the caret inside the member's name.</summary>
    private async Task<QuickInfoItem> Hover(string member)
    {
        var at = member.IndexOf('.', StringComparison.Ordinal) + 2;
        var item = await workspace.QuickInfoAsync(Code.Replace("{0}", member.Insert(at, IntelliSenseWorkspace.Caret), StringComparison.Ordinal));
        Assert.NotNull(item);
        return item;
    }

    private static string Section(QuickInfoItem item, string kind) =>
        item.Sections.SingleOrDefault(s => s.Kind == kind)?.Text ?? throw new Xunit.Sdk.XunitException(
            "No " + kind + " section in the hover:\n" + IntelliSenseWorkspace.Text(item));

    private static string Summary(QuickInfoItem item) => Section(item, QuickInfoSectionKinds.DocumentationComments);

    private static string Remarks(QuickInfoItem item) => Section(item, QuickInfoSectionKinds.RemarksDocumentationComments);

    [Theory]
    [InlineData("A000", "التحالف الدولي يشيد بتضحيات (قسد) في محارية داعش ويرحب باتفاقها مع دمشق", "PUKMEDIA, 10 Feb 2026, 00:00", "File 000_543c0d3dceea60ad.txt, line 1.")]
    [InlineData("A001", "التحالف الدولي ضد تنظيم “داعش” يرحب بانضمام سوريا إليه ويؤكد دعم دمشق لهزيمته", "الفداء, أحمد العلي, 10 Feb 2026 (inferred)", "File 001_b08251231865486d.txt, line 1.")]
    [InlineData("A003", "سوريا تشارك في اجتماع التحالف الدولي لهزيمة \"داعش\" بالرياض", "الشام الجديد, عمرو أحمد, 9 Feb 2026, 14:24", "File 003_3e2ab85f58e9f9c2.txt, line 3.")]
    public async Task Hover_on_an_article_shows_its_title_outlet_and_date_then_file_and_line(string id, string title, string byline, string file)
    {
        var hover = await Hover("Articles." + id);

        Assert.Contains("CorpusSdk.Article Corpus.Articles." + id + " { get; }", Section(hover, QuickInfoSectionKinds.Description), StringComparison.Ordinal);
        // The summary is also what the completion list shows beside the member: title, outlet and date in one line.
        Assert.Equal(title + " — " + byline + ".", Summary(hover));
        Assert.Contains(file, Remarks(hover), StringComparison.Ordinal);
    }

    [Theory]
    // These two files have no dateline the extractor reads (Article.Published is null): the hover says so.
    [InlineData("A002", "أكد المبعوث الأمريكي توم برَاك ، أن مشاركة سوريا بالتحالف ضد داعش فصل جديد في الأمن الجماعي.", "File 002_b28bf7c954a4d60a.txt, line 1.")]
    [InlineData("A004", "جدّد أعضاء التحالف الدولي لهزيمة تنظيم الدولة التزامهم المشترك بمواصلة الحملة ضد التنظيم في كلٍّ من العراق وسوريا، وذلك خلال اجتماع رفيع المستوى استضافتْهُ المملكة العربية السعودية في الرياض، بمشاركة مسؤولين دبلوماسيين وعسكريين من المجموعة المصغّرة للتحالف.", "File 004_d8de38a80cf45c85.txt, line 1.")]
    public async Task Hover_on_an_article_without_a_date_says_the_date_is_unknown(string id, string title, string file)
    {
        var hover = await Hover("Articles." + id);

        Assert.Equal(title + " — date unknown.", Summary(hover));
        Assert.Contains(file, Remarks(hover), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_person_shows_the_name_its_spellings_with_their_lines_and_roles()
    {
        var hover = await Hover("People.TumBarak");

        Assert.Contains("CorpusSdk.Entity Corpus.People.TumBarak { get; }", Section(hover, QuickInfoSectionKinds.Description), StringComparison.Ordinal);
        Assert.Equal("توم باراك — السفير الأميركي لدى تركيا; 2 articles.", Summary(hover));
        var remarks = Remarks(hover);
        Assert.Contains("Spellings: توم باراك (000_543c0d3dceea60ad.txt:12, 002_b28bf7c954a4d60a.txt:5); توم برَاك (002_b28bf7c954a4d60a.txt:1).", remarks, StringComparison.Ordinal);
        Assert.Contains("Roles: السفير الأميركي لدى تركيا; المبعوث الخاص إلى سوريا;", remarks, StringComparison.Ordinal);
        Assert.Contains("In 2 articles: A000; A002. Id tum-barak.", remarks, StringComparison.Ordinal);
        // The co-chair named in the same sentence is another person, with a hover of his own.
        Assert.DoesNotContain("الخريجي", remarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_person_named_three_ways_lists_every_spelling()
    {
        var remarks = Remarks(await Hover("People.AsadHasnAlShibani"));

        Assert.Contains(
            "Spellings: أسعد حسن الشيباني (001_b08251231865486d.txt:21); أسعد الشيباني (001_b08251231865486d.txt:23, 003_3e2ab85f58e9f9c2.txt:10); الشيباني (001_b08251231865486d.txt:25).",
            remarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_fact_shows_subject_value_status_and_each_source()
    {
        var hover = await Hover("Facts.DateAjtmaa");

        Assert.Contains("CorpusSdk.Fact Corpus.Facts.DateAjtmaa { get; }", Section(hover, QuickInfoSectionKinds.Description), StringComparison.Ordinal);
        Assert.Equal("اجتماع (الرياض): 2026-02-09 (corroborated, 4 articles).", Summary(hover));
        var remarks = Remarks(hover);
        Assert.Contains("A000 (000_543c0d3dceea60ad.txt:11): «اليوم الإثنين 9/2/2026» → 2026-02-09", remarks, StringComparison.Ordinal);
        Assert.Contains("A001 (001_b08251231865486d.txt:9): «يوم أمس الإثنين» → 2026-02-09", remarks, StringComparison.Ordinal);
        Assert.Contains("A002 (002_b28bf7c954a4d60a.txt:5): «9 فبراير 2026» → 2026-02-09", remarks, StringComparison.Ordinal);
        Assert.Contains("A003 (003_3e2ab85f58e9f9c2.txt:10): «الاثنين» → 2026-02-09", remarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_fact_lists_only_the_articles_that_state_it()
    {
        var hover = await Hover("Facts.NumberAdu");

        Assert.Equal("العضو: 90 (corroborated, 3 articles).", Summary(hover));
        var remarks = Remarks(hover);
        Assert.Contains("A001 (001_b08251231865486d.txt:7): «رقم 90» → 90", remarks, StringComparison.Ordinal);
        Assert.Contains("A002 (002_b28bf7c954a4d60a.txt:15): «التسعين» → 90", remarks, StringComparison.Ordinal);
        Assert.Contains("A004 (004_d8de38a80cf45c85.txt:9): «رقم 90» → 90", remarks, StringComparison.Ordinal);
        Assert.DoesNotContain("A000 (", remarks, StringComparison.Ordinal);
        Assert.DoesNotContain("A003 (", remarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_an_article_no_corpus_file_makes_shows_nothing()
    {
        var item = await workspace.QuickInfoAsync(Code.Replace("{0}", "Articles.A0$$05", StringComparison.Ordinal));

        Assert.Null(item);
    }
}
