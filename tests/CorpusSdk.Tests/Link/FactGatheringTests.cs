using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Link;

// The model's kinds and statuses, not the typed API's of the same name (CorpusSdk.FactKind), which this namespace sees first.
using FactKind = CorpusSdk.Extraction.Model.FactKind;
using FactStatus = CorpusSdk.Extraction.Model.FactStatus;

/// <summary>
/// Statements of several articles about one thing become one fact with several sources: corroborated when they agree,
/// disputed when they do not. Corpora written for the tests: a port strike and an earthquake, three outlets each.
/// </summary>
public class FactGatheringTests
{
    private static CorpusModel Corpus(params (string File, string Text)[] files) =>
        ArticleLinker.Link(files.Select(f => ArticleExtractor.Extract(f.File, f.Text)));

    private static string Article(string headline, string dateline, params string[] body) =>
        headline + "\n\n" + dateline + "\n\n" + string.Join("\n\n", body) + "\n";

    [Fact]
    public void The_same_toll_from_three_articles_is_one_corroborated_fact_written_in_digits_or_words()
    {
        var corpus = Corpus(
            ("a.txt", Article("زلزال يضرب المناطق الجبلية في الشمال", "الثلاثاء 3 مارس 2026",
                "أعلنت السلطات ارتفاع حصيلة الزلزال الذي ضرب المناطق الجبلية في الشمال إلى 40 قتيلا ومئات الجرحى.")),
            ("b.txt", Article("ارتفاع حصيلة ضحايا الزلزال في الشمال", "الثلاثاء 3 مارس 2026",
                "ارتفعت حصيلة ضحايا الزلزال الذي ضرب المناطق الجبلية في شمال البلاد إلى أربعين قتيلا بحسب السلطات.")),
            ("c.txt", Article("فرق الإنقاذ تواصل البحث عن ناجين", "الأربعاء 4 مارس 2026",
                "وكانت حصيلة الزلزال الذي ضرب المناطق الجبلية قد بلغت 40 قتيلا وفق ما أعلنته السلطات مساء أمس.")));

        var toll = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Number);
        Assert.Equal("40", toll.Value);
        Assert.Equal(FactStatus.Corroborated, toll.Status);
        Assert.Equal(new[] { "A", "B", "C" }, toll.Sources.Select(s => s.Article));
        Assert.Contains(toll.Sources, s => s.Text == "أربعين");
    }

    [Fact]
    public void A_different_toll_makes_the_fact_disputed_with_both_values_in_its_sources()
    {
        var corpus = Corpus(
            ("a.txt", Article("زلزال يضرب المناطق الجبلية في الشمال", "الثلاثاء 3 مارس 2026",
                "أعلنت السلطات ارتفاع حصيلة الزلزال الذي ضرب المناطق الجبلية في الشمال إلى 40 قتيلا ومئات الجرحى.")),
            ("b.txt", Article("ارتفاع حصيلة ضحايا الزلزال في الشمال", "الثلاثاء 3 مارس 2026",
                "ارتفعت حصيلة ضحايا الزلزال الذي ضرب المناطق الجبلية في شمال البلاد إلى 52 قتيلا بحسب السلطات.")));

        var toll = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Number);
        Assert.Equal(FactStatus.Disputed, toll.Status);
        Assert.Equal(new[] { "40", "52" }, toll.Sources.Select(s => s.Value));
    }

    [Fact]
    public void The_same_event_dated_in_different_notations_is_one_corroborated_date_fact()
    {
        var corpus = Corpus(
            ("a.txt", Article("النقابات تعلن إضرابا في الميناء", "الأحد 1 مارس 2026",
                "قالت النقابات إن الإضراب في ميناء المدينة سيبدأ يوم 5/3/2026 احتجاجا على تأخير صرف رواتب العمال.")),
            ("b.txt", Article("إضراب مرتقب في الميناء", "الإثنين 2 مارس 2026",
                "وأكد ممثلو العمال أن الإضراب في ميناء المدينة يبدأ في 5 آذار 2026 احتجاجا على تأخير الرواتب.")));

        var strike = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Date);
        Assert.Equal("2026-03-05", strike.Value);
        Assert.Equal(FactStatus.Corroborated, strike.Status);
        Assert.Equal(2, strike.Sources.Count);
    }

    [Fact]
    public void Dates_a_month_apart_are_two_events_not_a_dispute()
    {
        var corpus = Corpus(
            ("a.txt", Article("النقابات تعلن إضرابا في الميناء", "الأحد 1 مارس 2026",
                "قالت النقابات إن الإضراب في ميناء المدينة سيبدأ يوم 5/3/2026 احتجاجا على تأخير صرف رواتب العمال.")),
            ("b.txt", Article("إضراب جديد في الميناء", "الأحد 3 مايو 2026",
                "وأكد ممثلو العمال أن الإضراب في ميناء المدينة يبدأ في 10 مايو 2026 احتجاجا على تأخير الرواتب.")));

        Assert.Equal(2, corpus.Facts.Count(f => f.Kind == FactKind.Date));
        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
    }

    [Fact]
    public void The_same_number_about_different_things_is_two_facts()
    {
        var corpus = Corpus(
            ("a.txt", Article("زلزال يضرب المناطق الجبلية في الشمال", "الثلاثاء 3 مارس 2026",
                "أعلنت السلطات ارتفاع حصيلة الزلزال الذي ضرب المناطق الجبلية في الشمال إلى 40 قتيلا ومئات الجرحى.")),
            ("b.txt", Article("حادث سير على الطريق الدولي", "الثلاثاء 3 مارس 2026",
                "لقي 7 قتيلا مصرعهم في حادث تصادم بين حافلة وشاحنة على الطريق الدولي قرب الحدود الجنوبية.")));

        Assert.DoesNotContain(corpus.Facts, f => f.Sources.Select(s => s.Article).Distinct().Count() > 1);
    }

    [Fact]
    public void An_undated_article_is_dated_by_a_fact_other_sources_date_and_its_relative_dates_resolve()
    {
        var corpus = Corpus(
            ("a.txt", Article("النقابات تنفذ إضرابا في الميناء", "الخميس 5 مارس 2026",
                "بدأ عمال ميناء المدينة اليوم الخميس 5/3/2026 الإضراب احتجاجا على تأخير صرف رواتبهم منذ ثلاثة أشهر.")),
            ("b.txt", "شلل في حركة الميناء\n\n"
                + "توقفت حركة الشحن في ميناء المدينة بعد أن بدأ العمال يوم أمس الإضراب احتجاجا على تأخير صرف رواتبهم منذ أشهر.\n\n"
                + "وقال ممثل العمال سامي حداد، يوم أمس، إن الإضراب مفتوح حتى صرف الرواتب كاملة.\n"));

        var undated = corpus.Articles.Single(a => a.Id == "B");
        Assert.Null(undated.Article.Published);
        Assert.Equal(("2026-03-06", "inferred"), (undated.Published!.Value, undated.Published.Source));
        var quote = Assert.Single(undated.Article.Quotes);
        Assert.Equal("2026-03-05", undated.Resolve(quote.Date, quote.DateRelative)?.ToIso());
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS103");
        var strike = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Date && f.Frame is null);
        Assert.All(strike.Sources, s => Assert.Equal("2026-03-05", s.Value));
        // "وقال ممثل العمال …، يوم أمس، إن": the day the workers' representative spoke, resolved the same way.
        var statement = Assert.Single(corpus.Facts, f => f.Frame == "statement");
        Assert.Equal("2026-03-05", statement.Value);
    }

    [Fact]
    public void An_undated_article_nothing_in_the_corpus_anchors_keeps_CORPUS103()
    {
        var corpus = Corpus(("b.txt", "شلل في حركة الميناء\n\n"
            + "توقفت حركة الشحن في ميناء المدينة بعد أن بدأ العمال يوم أمس الإضراب احتجاجا على تأخير صرف رواتبهم منذ أشهر.\n"));

        Assert.Null(corpus.Articles.Single().Published);
        Assert.Contains(corpus.Diagnostics, d => d.Id == "CORPUS103");
    }

    [Fact]
    public void The_90th_member_written_as_a_rank_or_an_ordinal_word_is_one_fact()
    {
        var corpus = Corpus(
            ("a.txt", Article("الاتحاد يقبل عضوا جديدا", "الخميس 5 مارس 2026",
                "رحب الاتحاد الإقليمي للموانئ بانضمام جمهورية الجبل الأخضر كعضو رقم 12 في الاتحاد بعد مفاوضات طويلة.")),
            ("b.txt", Article("عضو جديد في الاتحاد الإقليمي للموانئ", "الخميس 5 مارس 2026",
                "وأعلن الاتحاد الإقليمي للموانئ انضمام جمهورية الجبل الأخضر بوصفها العضو الثاني عشر في الاتحاد.")));

        var rank = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Number);
        Assert.Equal(("12", FactStatus.Corroborated), (rank.Value, rank.Status));
    }
}
