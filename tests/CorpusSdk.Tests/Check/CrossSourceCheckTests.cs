using System;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;
using static CorpusSdk.Tests.Check.CheckCorpus;

namespace CorpusSdk.Tests.Check;

// The model's kinds and statuses, not the typed API's of the same name (CorpusSdk.FactKind), which this namespace sees first.
using FactKind = CorpusSdk.Extraction.Model.FactKind;
using FactStatus = CorpusSdk.Extraction.Model.FactStatus;

/// <summary>
/// The cross-source checks (CORPUS201 to CORPUS206, docs/diagnostics.md) on small corpora built from the documented
/// examples: each finding at the text concerned, the other sources as related locations, its message naming the values
/// on each side; and the near misses each check must stay silent on (agreeing sources written differently).
/// </summary>
public class CrossSourceCheckTests
{
    // ----- CORPUS201: dates disagree -----

    private const string MeetingOn11 = "عُقد الاجتماع في الرياض يوم 11 فبراير 2026 بحضور ممثلي الدول الأعضاء.";
    private const string MeetingOn9 = "عُقد الاجتماع في الرياض يوم 9 فبراير 2026 بحضور ممثلي الدول الأعضاء.";
    private const string MeetingOn9Numeric = "وانعقد الاجتماع في الرياض يوم 9/2/2026 بحضور وزراء الدول الأعضاء في المجموعة.";

    [Fact]
    public void A_date_departing_from_the_other_sources_is_CORPUS201_at_that_date_with_the_agreeing_sources_related()
    {
        var files = new[]
        {
            ("a.txt", Article("اجتماع وزاري في الرياض", "الخميس 12 فبراير 2026", MeetingOn11)),
            ("b.txt", Article("اجتماع وزاري في الرياض", "الثلاثاء 10 فبراير 2026", MeetingOn9)),
            ("c.txt", Article("وزراء يجتمعون في الرياض", "الثلاثاء 10 فبراير 2026", MeetingOn9Numeric)),
        };
        var corpus = LinkFiles(files);

        var finding = Assert.Single(Findings(corpus, "CORPUS201"));
        // At the odd one out (a.txt, though it is the first file), not at the first file of the majority.
        Assert.Equal(("a.txt", 5, Column(MeetingOn11, "يوم 11")), (finding.File, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("يوم 11 فبراير 2026", Spanned(files, "a.txt", finding.Span));
        Assert.Equal(
            new[] { ("b.txt", 5, Column(MeetingOn9, "يوم 9")), ("c.txt", 5, Column(MeetingOn9Numeric, "9/2/2026")) },
            finding.Related.Select(r => (r.File, r.Span.StartLine, r.Span.StartColumn)));
        // The documented message reads "for الاجتماع: …"; the code names the place too ("الاجتماع (الرياض)").
        Assert.StartsWith("Sources give different dates for الاجتماع", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(": 2026-02-11 (A:5); 2026-02-09 (B:5, C:5)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_day_as_9_2_2026_and_9_February_2026_is_one_corroborated_date_and_no_CORPUS201()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("اجتماع وزاري في الرياض", "الثلاثاء 10 فبراير 2026", "عُقد الاجتماع في الرياض يوم 9/2/2026 بحضور ممثلي الدول الأعضاء.")),
            ("b.txt", Article("اجتماع وزاري في الرياض", "الخميس 12 فبراير 2026", MeetingOn9)));

        var meeting = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Date);
        Assert.Equal(("2026-02-09", FactStatus.Corroborated, 2), (meeting.Value, meeting.Status, meeting.Sources.Count));
        Assert.Empty(Findings(corpus, "CORPUS201"));
    }

    [Fact]
    public void Today_Monday_in_an_article_dated_Monday_and_Monday_9_February_written_with_hamza_agree()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("اجتماع وزاري في الرياض", "الاثنين 9 فبراير 2026", "عُقد الاجتماع في الرياض اليوم الاثنين بحضور ممثلي الدول الأعضاء.")),
            ("b.txt", Article("اجتماع وزاري في الرياض", "الثلاثاء 10 فبراير 2026", "عُقد الاجتماع في الرياض يوم الإثنين 9 فبراير 2026 بحضور ممثلي الدول الأعضاء.")));

        var meeting = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Date);
        Assert.Equal(("2026-02-09", FactStatus.Corroborated, 2), (meeting.Value, meeting.Status, meeting.Sources.Count));
        Assert.Empty(Findings(corpus, "CORPUS201"));
    }

    [Fact]
    public void A_weekday_alone_in_an_undated_article_never_disputes_a_written_date()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("اجتماع وزاري في الرياض", "الثلاثاء 10 فبراير 2026", MeetingOn9)),
            ("b.txt", "اجتماع وزاري في الرياض\n\nعُقد الاجتماع في الرياض يوم الأربعاء بحضور ممثلي الدول الأعضاء.\n"));

        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
        Assert.Empty(Findings(corpus, "CORPUS201"));
    }

    // ----- CORPUS202: numbers disagree -----

    private const string Member88 = "وأعلن التحالف انضمام سوريا بوصفها العضو رقم 88 في التحالف الدولي.";
    private const string Member90 = "وأعلن التحالف انضمام سوريا بوصفها العضو رقم 90 في التحالف الدولي.";
    private const string MemberNinetieth = "رحب المشاركون بانضمام سوريا بوصفها العضو التسعين في التحالف الدولي لهزيمة داعش.";

    [Fact]
    public void A_number_departing_from_the_other_sources_is_CORPUS202_naming_each_number_and_where()
    {
        var files = new[]
        {
            ("a.txt", Article("سوريا تنضم إلى التحالف", "الثلاثاء 10 فبراير 2026", Member88)),
            ("b.txt", Article("سوريا تنضم إلى التحالف", "الثلاثاء 10 فبراير 2026", Member90)),
            ("c.txt", Article("سوريا عضو في التحالف", "الثلاثاء 10 فبراير 2026", MemberNinetieth)),
        };
        var corpus = LinkFiles(files);

        var finding = Assert.Single(Findings(corpus, "CORPUS202"));
        Assert.Equal(("a.txt", 5, Column(Member88, "رقم 88")), (finding.File, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("رقم 88", Spanned(files, "a.txt", finding.Span));
        Assert.Equal(
            new[] { ("b.txt", 5, Column(Member90, "رقم 90")), ("c.txt", 5, Column(MemberNinetieth, "التسعين")) },
            finding.Related.Select(r => (r.File, r.Span.StartLine, r.Span.StartColumn)));
        Assert.Equal("Sources give different numbers for العضو: 88 (A:5); 90 (B:5, C:5)", finding.Message);
    }

    [Fact]
    public void Ninety_as_90_or_Arabic_Indic_digits_or_the_ordinal_or_the_cardinal_word_is_one_number_and_no_CORPUS202()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("سوريا تنضم إلى التحالف", "الثلاثاء 10 فبراير 2026", Member90)),
            ("b.txt", Article("سوريا تنضم إلى التحالف", "الثلاثاء 10 فبراير 2026", "وأعلن التحالف انضمام سوريا بوصفها العضو التسعين في التحالف الدولي.")),
            ("c.txt", Article("سوريا تنضم إلى التحالف", "الثلاثاء 10 فبراير 2026", "وأعلن التحالف انضمام سوريا بوصفها العضو رقم ٩٠ في التحالف الدولي.")),
            ("d.txt", Article("سوريا تنضم إلى التحالف", "الثلاثاء 10 فبراير 2026", "وأعلن التحالف انضمام سوريا بوصفها العضو رقم تسعين في التحالف الدولي.")));

        var member = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Number);
        Assert.Equal(("90", FactStatus.Corroborated), (member.Value, member.Status));
        Assert.Equal(new[] { "A", "B", "C", "D" }, member.Sources.Select(s => s.Article));
        Assert.Empty(Findings(corpus, "CORPUS202"));
    }

    // ----- CORPUS203: spellings differ -----

    private const string BarakWithFatha = "أكد المبعوث الأمريكي توم برَاك أن مشاركة سوريا في التحالف فصل جديد في الأمن الجماعي.";
    private const string BarakSays = "وقال المبعوث الأمريكي توم باراك إن انضمام سوريا إلى التحالف خطوة مهمة.";
    private const string BarakChairs = "وترأس الاجتماع المبعوث الخاص إلى سوريا توم باراك بمشاركة ممثلي الدول الأعضاء.";

    [Fact]
    public void Tom_Barrack_spelled_with_another_long_vowel_is_CORPUS203_at_the_spelling_written_least()
    {
        var files = new[]
        {
            ("a.txt", Article("المبعوث الأمريكي يشيد بسوريا", "الثلاثاء 10 فبراير 2026", BarakWithFatha)),
            ("b.txt", Article("باراك يرحب بانضمام سوريا", "الثلاثاء 10 فبراير 2026", BarakSays)),
            ("c.txt", Article("اجتماع التحالف في الرياض", "الثلاثاء 10 فبراير 2026", BarakChairs)),
        };
        var corpus = LinkFiles(files);

        var finding = Assert.Single(Findings(corpus, "CORPUS203"));
        Assert.Equal(("a.txt", 5, Column(BarakWithFatha, "توم برَاك")), (finding.File, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("توم برَاك", Spanned(files, "a.txt", finding.Span));
        Assert.Equal(
            new[] { ("b.txt", 5, Column(BarakSays, "توم باراك")), ("c.txt", 5, Column(BarakChairs, "توم باراك")) },
            finding.Related.Select(r => (r.File, r.Span.StartLine, r.Span.StartColumn)));
        Assert.Equal("توم باراك is spelled differently: توم برَاك (A:5); توم باراك (B:5, C:5)", finding.Message);
    }

    [Fact]
    public void Two_spellings_within_one_article_are_CORPUS203_too()
    {
        var files = new[]
        {
            ("a.txt", Article("باراك يرحب بانضمام سوريا", "الثلاثاء 10 فبراير 2026",
                BarakWithFatha, BarakSays, "وأضاف توم باراك أن التحالف سيواصل دعم الحكومة السورية.")),
        };
        var corpus = LinkFiles(files);

        var finding = Assert.Single(Findings(corpus, "CORPUS203"));
        Assert.Equal(("a.txt", 5), (finding.File, finding.Span.StartLine));
        Assert.Equal("توم برَاك", Spanned(files, "a.txt", finding.Span));
        Assert.Equal(new[] { ("a.txt", 7), ("a.txt", 9) }, finding.Related.Select(r => (r.File, r.Span.StartLine)));
        Assert.Contains("توم برَاك (A:5)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("توم باراك (A:7, A:9)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_and_weekdays_differing_only_in_hamza_or_diacritics_are_one_entity_and_no_CORPUS203()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("الشيباني يزور أنقرة", "الإثنين 9 فبراير 2026", "وصل وزير الخارجية السوري أسعد الشيباني إلى أنقرة اليوم الإثنين في زيارة رسمية.")),
            ("b.txt", Article("الشيباني في أنقرة", "الاثنين 9 فبراير 2026", "وصل وزير الخارجية السوري اسعد الشَّيباني إلى انقرة اليوم الاثنين في زيارة رسمية.")));

        var shaibani = Assert.Single(corpus.Entities, e => e.Kind == EntityKinds.Person);
        Assert.Equal(new[] { "A", "B" }, shaibani.Articles);
        Assert.Empty(Findings(corpus, "CORPUS203"));
    }

    [Fact]
    public void Different_people_with_similar_names_stay_separate_entities_and_no_CORPUS203()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("اجتماع باريس حول سوريا", "الثلاثاء 10 فبراير 2026",
                "التقى المبعوث الأمريكي توم باراك وزير الخارجية الفرنسي جان نويل بارو في باريس لبحث الملف السوري.",
                "وقال بارو إن فرنسا تدعم الحكومة السورية.")),
            ("b.txt", Article("لقاء في دمشق", "الثلاثاء 10 فبراير 2026",
                "استقبل وزير الخارجية السوري أسعد الشيباني وزير الاقتصاد حسين السلامة في دمشق.",
                "وقال المبعوث توم باراك إن الولايات المتحدة تدعم سوريا.")));

        Assert.Equal(
            new[] { "أسعد الشيباني", "توم باراك", "جان نويل بارو", "حسين السلامة" },
            corpus.Entities.Where(e => e.Kind == EntityKinds.Person).Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal));
        var barrot = Assert.Single(corpus.Entities, e => e.Name == "جان نويل بارو");
        Assert.DoesNotContain(barrot.Spellings, s => s.Text.Contains("باراك", StringComparison.Ordinal));
        Assert.Empty(Findings(corpus, "CORPUS203"));
    }

    [Fact]
    public void A_family_name_alone_a_patronymic_or_a_joined_preposition_is_a_form_of_the_name_not_a_spelling()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("باراك في العراق", "الثلاثاء 10 فبراير 2026",
                "وصل المبعوث الأمريكي توم باراك إلى العراق اليوم في زيارة رسمية.",
                "وقال باراك إن الولايات المتحدة تدعم للعراق وحكومته.")),
            ("b.txt", Article("الشيباني يزور أنقرة", "الإثنين 9 فبراير 2026",
                "وصل وزير الخارجية السوري أسعد حسن الشيباني إلى أنقرة في زيارة رسمية.",
                "والتقى أسعد الشيباني نظيره التركي.")),
            ("c.txt", Article("الشيباني في أنقرة", "الاثنين 9 فبراير 2026",
                "قال الشيباني للصحفيين في أنقرة إن بلاده تريد علاقات جيدة مع جيرانها.")));

        var shaibani = Assert.Single(corpus.Entities, e => e.Name.Contains("الشيباني", StringComparison.Ordinal));
        Assert.Contains(shaibani.Spellings, s => s.Text == "أسعد الشيباني");
        Assert.Contains(shaibani.Spellings, s => s.Text == "أسعد حسن الشيباني");
        Assert.Empty(Findings(corpus, "CORPUS203"));
    }

    // ----- CORPUS204: roles disagree -----

    private const string ForeignMinister = "وقال وزير الخارجية السوري أسعد الشيباني إن انضمام سوريا إلى التحالف خطوة مهمة.";
    private const string InteriorMinister = "وأكد وزير الداخلية السوري أسعد الشيباني أن انضمام سوريا إلى التحالف خطوة مهمة.";

    [Fact]
    public void Foreign_minister_and_interior_minister_for_one_person_is_CORPUS204_at_the_later_source()
    {
        var files = new[]
        {
            ("a.txt", Article("الشيباني يتحدث عن التحالف", "الثلاثاء 10 فبراير 2026", ForeignMinister)),
            ("b.txt", Article("الشيباني يتحدث عن التحالف", "الثلاثاء 10 فبراير 2026", InteriorMinister)),
        };
        var corpus = LinkFiles(files);

        var finding = Assert.Single(Findings(corpus, "CORPUS204"));
        Assert.Equal(("b.txt", 5, Column(InteriorMinister, "أسعد")), (finding.File, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("أسعد الشيباني", Spanned(files, "b.txt", finding.Span));
        var related = Assert.Single(finding.Related);
        Assert.Equal(("a.txt", 5, Column(ForeignMinister, "أسعد")), (related.File, related.Span.StartLine, related.Span.StartColumn));
        Assert.Equal("Sources give أسعد الشيباني contradicting roles: وزير الخارجية السوري (A:5); وزير الداخلية السوري (B:5)", finding.Message);
    }

    [Fact]
    public void The_American_envoy_and_the_French_envoy_for_one_person_is_CORPUS204()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("باراك يرحب بانضمام سوريا", "الثلاثاء 10 فبراير 2026", BarakSays)),
            ("b.txt", Article("المبعوث يشيد بسوريا", "الثلاثاء 10 فبراير 2026", "أكد المبعوث الفرنسي توم باراك أن مشاركة سوريا في التحالف فصل جديد في الأمن الجماعي.")));

        var finding = Assert.Single(Findings(corpus, "CORPUS204"));
        Assert.Equal(("b.txt", 5), (finding.File, finding.Span.StartLine));
        Assert.Equal(("a.txt", 5), (finding.Related.Single().File, finding.Related.Single().Span.StartLine));
        Assert.Equal("Sources give توم باراك contradicting roles: المبعوث الأمريكي (A:5); المبعوث الفرنسي (B:5)", finding.Message);
    }

    [Theory]
    [InlineData("وزير الخارجية", "وزير الخارجية والمغتربين", "أسعد الشيباني")]
    [InlineData("المبعوث الخاص إلى سوريا", "المبعوث الأمريكي", "توم باراك")]
    [InlineData("وزير الخارجية السوري", "وزير الداخلية السوري السابق", "أسعد الشيباني")]
    [InlineData("السفير الأمريكي لدى تركيا", "المبعوث الخاص إلى سوريا", "توم باراك")]
    public void Roles_that_add_up_differ_in_title_or_are_former_give_no_CORPUS204(string first, string second, string name)
    {
        var corpus = LinkFiles(
            ("a.txt", Article("خبر أول", "الثلاثاء 10 فبراير 2026", "وقال " + first + " " + name + " إن انضمام سوريا إلى التحالف خطوة مهمة.")),
            ("b.txt", Article("خبر ثان", "الثلاثاء 10 فبراير 2026", "وأكد " + second + " " + name + " أن مشاركة سوريا في التحالف فصل جديد في الأمن الجماعي.")));

        // Both roles are given to the one person: the check had them to compare, and found no contradiction.
        var person = Assert.Single(corpus.Entities, e => e.Kind == EntityKinds.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(new[] { first, second }, corpus.Articles.SelectMany(a => a.Article.Mentions).Where(m => m.Text == name).SelectMany(m => m.Roles));
        Assert.Empty(Findings(corpus, "CORPUS204"));
    }

    // ----- CORPUS205: quotes differ -----

    private static string QuotedToday(string weekday, string words) =>
        "وقال وزير الخارجية السوري أسعد الشيباني اليوم " + weekday + ": «" + words + "».";

    private const string ImportantStep = "إن انضمام سوريا إلى التحالف خطوة مهمة لأمن المنطقة كلها";
    private const string HistoricStep = "إن انضمام سوريا إلى التحالف خطوة تاريخية لأمن المنطقة";

    [Fact]
    public void The_same_speaker_on_the_same_day_in_different_words_is_CORPUS205_at_the_later_quote()
    {
        var files = new[]
        {
            ("a.txt", Article("الشيباني يتحدث عن التحالف", "الثلاثاء 10 فبراير 2026", QuotedToday("الثلاثاء", ImportantStep))),
            ("b.txt", Article("الشيباني: الانضمام خطوة تاريخية", "الثلاثاء 10 فبراير 2026", QuotedToday("الثلاثاء", HistoricStep))),
        };
        var corpus = LinkFiles(files);

        var finding = Assert.Single(Findings(corpus, "CORPUS205"));
        Assert.Equal(("b.txt", 5, Column(QuotedToday("الثلاثاء", HistoricStep), HistoricStep)), (finding.File, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal(HistoricStep, Spanned(files, "b.txt", finding.Span));
        var related = Assert.Single(finding.Related);
        Assert.Equal(("a.txt", 5, Column(QuotedToday("الثلاثاء", ImportantStep), ImportantStep)), (related.File, related.Span.StartLine, related.Span.StartColumn));
        Assert.Equal(
            "Sources quote أسعد الشيباني on the same occasion in different words: «" + ImportantStep + "» (A:5); «" + HistoricStep + "» (B:5)",
            finding.Message);
    }

    [Fact]
    public void The_same_speaker_in_the_same_statement_in_different_words_is_CORPUS205()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("الشيباني يتحدث عن التحالف", "الثلاثاء 10 فبراير 2026", "وقال وزير الخارجية السوري أسعد الشيباني في بيان: «" + ImportantStep + "».")),
            ("b.txt", Article("الشيباني: الانضمام خطوة تاريخية", "الثلاثاء 10 فبراير 2026", "وقال وزير الخارجية السوري أسعد الشيباني في بيان: «" + HistoricStep + "».")));

        var finding = Assert.Single(Findings(corpus, "CORPUS205"));
        Assert.Equal(("b.txt", "a.txt"), (finding.File, finding.Related.Single().File));
    }

    [Fact]
    public void The_same_quote_with_other_punctuation_and_diacritics_is_no_CORPUS205()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("الشيباني يتحدث عن التحالف", "الثلاثاء 10 فبراير 2026", QuotedToday("الثلاثاء", ImportantStep))),
            ("b.txt", Article("الشيباني: الانضمام خطوة مهمة", "الثلاثاء 10 فبراير 2026",
                QuotedToday("الثلاثاء", "إنّ انضمامَ سوريا إلى التحالف، خطوةٌ مهمة لأمن المنطقة كلّها!"))));

        Assert.Equal(2, corpus.Articles.Sum(a => a.Article.Quotes.Count(q => q.Kind == QuoteKinds.Direct)));
        Assert.Empty(Findings(corpus, "CORPUS205"));
    }

    [Fact]
    public void An_excerpt_of_the_other_quote_is_no_CORPUS205()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("الشيباني يتحدث عن التحالف", "الثلاثاء 10 فبراير 2026", QuotedToday("الثلاثاء", ImportantStep))),
            ("b.txt", Article("الشيباني: الانضمام خطوة مهمة", "الثلاثاء 10 فبراير 2026", QuotedToday("الثلاثاء", "خطوة مهمة لأمن المنطقة كلها"))));

        Assert.Equal(2, corpus.Articles.Sum(a => a.Article.Quotes.Count(q => q.Kind == QuoteKinds.Direct)));
        Assert.Empty(Findings(corpus, "CORPUS205"));
    }

    [Fact]
    public void Quotes_of_different_days_are_no_CORPUS205()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("الشيباني يتحدث عن التحالف", "الثلاثاء 10 فبراير 2026", QuotedToday("الثلاثاء", ImportantStep))),
            ("b.txt", Article("الشيباني: الانضمام خطوة تاريخية", "الخميس 12 فبراير 2026", QuotedToday("الخميس", HistoricStep))));

        Assert.Equal(
            new[] { "2026-02-10", "2026-02-12" },
            corpus.Articles.Select(a => a.Resolve(a.Article.Quotes.Single().Date, a.Article.Quotes.Single().DateRelative)?.ToIso()));
        Assert.Empty(Findings(corpus, "CORPUS205"));
    }

    [Fact]
    public void Statements_quoted_with_no_day_in_articles_two_days_apart_are_two_occasions()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("الشيباني يتحدث عن التحالف", "الثلاثاء 10 فبراير 2026", "وقال وزير الخارجية السوري أسعد الشيباني في بيان: «" + ImportantStep + "».")),
            ("b.txt", Article("الشيباني: الانضمام خطوة تاريخية", "الخميس 12 فبراير 2026", "وقال وزير الخارجية السوري أسعد الشيباني في بيان: «" + HistoricStep + "».")));

        Assert.All(corpus.Articles, a => Assert.Null(a.Article.Quotes.Single().Date));
        Assert.Empty(Findings(corpus, "CORPUS205"));
    }

    // ----- CORPUS206: shared text -----

    private const string PortClosed = "أعلنت السلطات في المدينة الساحلية إغلاق الميناء التجاري أمام حركة السفن لمدة ثلاثة أيام بسبب العاصفة القوية التي تضرب المنطقة منذ مساء أمس.";
    private const string PortStatement = "وأوضحت هيئة الموانئ في بيان أن قرار الإغلاق جاء حفاظا على سلامة البحارة والعاملين بعد ارتفاع الأمواج إلى مستويات غير مسبوقة.";
    private const string PortCrews = "وأشارت الهيئة إلى أن فرق الطوارئ تعمل على مدار الساعة لتأمين السفن الراسية وتفريغ الحاويات المهددة بالسقوط.";

    [Fact]
    public void A_wire_story_run_by_another_outlet_a_day_later_is_CORPUS206_at_the_copy_even_when_its_file_comes_first()
    {
        var corpus = LinkFiles(
            ("copy.txt", Article("العاصفة تغلق الميناء", "الأربعاء 4 مارس 2026", PortClosed, PortStatement,
                "وفي سياق متصل، حذرت الأرصاد الجوية من استمرار سوء الأحوال الجوية حتى نهاية الأسبوع.")),
            ("wire.txt", Article("إغلاق الميناء التجاري بسبب العاصفة", "الثلاثاء 3 مارس 2026", PortClosed, PortStatement, PortCrews)));

        var finding = Assert.Single(Findings(corpus, "CORPUS206"));
        Assert.Equal(("copy.txt", 5, 1), (finding.File, finding.Span.StartLine, finding.Span.StartColumn));
        var related = Assert.Single(finding.Related);
        Assert.Equal(("wire.txt", 5, 1), (related.File, related.Span.StartLine, related.Span.StartColumn));
        var message = System.Text.RegularExpressions.Regex.Match(finding.Message, @"^'copy\.txt' and 'wire\.txt' share (\d+)% of their text$");
        Assert.True(message.Success, finding.Message);
        Assert.InRange(int.Parse(message.Groups[1].Value, CultureInfo.InvariantCulture), 25, 100);
    }

    [Fact]
    public void Copies_published_the_same_day_are_CORPUS206_at_the_later_file()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("إغلاق الميناء التجاري بسبب العاصفة", "الثلاثاء 3 مارس 2026", PortClosed, PortStatement)),
            ("b.txt", Article("العاصفة تغلق الميناء", "الثلاثاء 3 مارس 2026", PortClosed, PortStatement)));

        var finding = Assert.Single(Findings(corpus, "CORPUS206"));
        Assert.Equal(("b.txt", 5), (finding.File, finding.Span.StartLine));
        Assert.Equal(("a.txt", 5), (finding.Related.Single().File, finding.Related.Single().Span.StartLine));
        Assert.Equal("'b.txt' and 'a.txt' share 100% of their text", finding.Message);
    }

    [Fact]
    public void Each_copy_is_reported_once_naming_the_article_it_shares_most_with_and_relating_the_others()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("إغلاق الميناء التجاري بسبب العاصفة", "الثلاثاء 3 مارس 2026", PortClosed, PortStatement, PortCrews)),
            ("b.txt", Article("العاصفة تغلق الميناء", "الثلاثاء 3 مارس 2026", PortClosed, PortStatement)),
            ("c.txt", Article("الميناء مغلق", "الثلاثاء 3 مارس 2026", PortClosed, PortStatement, PortCrews)));

        var findings = Findings(corpus, "CORPUS206");
        Assert.Equal(new[] { "b.txt", "c.txt" }, findings.Select(f => f.File));
        var third = findings[1];
        Assert.Equal("'c.txt' and 'a.txt' share 100% of their text", third.Message);
        Assert.Equal(new[] { "a.txt", "b.txt" }, third.Related.Select(r => r.File));
    }

    [Fact]
    public void Two_independent_articles_on_the_same_event_are_no_CORPUS206()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("إغلاق الميناء التجاري بسبب العاصفة", "الثلاثاء 3 مارس 2026", PortClosed, PortStatement, PortCrews)),
            ("b.txt", Article("عاصفة تشل الملاحة", "الثلاثاء 3 مارس 2026",
                "توقفت الملاحة البحرية كليا في الميناء بعدما قررت الحكومة المحلية منع دخول السفن وخروجها إلى حين تحسن الطقس بسبب العاصفة.",
                "وقال صيادون محليون إن الرياح العاتية حطمت عددا من القوارب الصغيرة الراسية قرب الشاطئ.",
                "ويتوقع خبراء الطقس أن تهدأ العاصفة خلال يومين.")));

        Assert.Empty(Findings(corpus, "CORPUS206"));
    }

    // ----- The link stage runs some stages side by side -----

    [Fact]
    public void The_link_stage_side_by_side_reports_what_the_stages_find_one_after_the_other_in_the_same_order()
    {
        var models = CorpusSdk.Synthetic.SyntheticCorpus.Generate(400)
            .Select(a => CorpusSdk.Extraction.ArticleExtractor.Extract(a.RelativePath, a.Text)).ToList();

        var corpus = CorpusSdk.Extraction.Link.ArticleLinker.Link(models);

        // The linked articles carry their entities and inferred dates: the checks run on them one after the other.
        var sequential = CorpusSdk.Extraction.Check.CrossSourceChecks.Run(corpus.Articles, corpus.Entities, corpus.Facts);
        var crossSource = corpus.Diagnostics.Where(d => d.Id.StartsWith("CORPUS20", StringComparison.Ordinal)).ToList();
        Assert.Equal(sequential, crossSource);
        Assert.True(crossSource.Select(d => d.Id).Distinct().Count() >= 4, "the corpus gives findings of most checks: " + string.Join(", ", crossSource.Select(d => d.Id).Distinct()));
        Assert.Equal(corpus, CorpusSdk.Extraction.Link.ArticleLinker.Link(models));
        // The stage gathers facts before the articles have entities: gathered from articles that have them, they are the same.
        Assert.Equal(corpus.Facts, CorpusSdk.Extraction.Link.FactGatherer.Gather(corpus.Articles).Facts);
    }
}
