using System;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Link;

// The model's kinds and statuses, not the typed API's of the same name (CorpusSdk.FactKind), which this namespace sees first.
using FactKind = CorpusSdk.Extraction.Model.FactKind;
using FactStatus = CorpusSdk.Extraction.Model.FactStatus;

/// <summary>
/// Which statements are one fact, and when sources really disagree: a review wrote these corpora to find facts merged
/// that are two things (two cities, two donors, a count and its update, a past value, two "today"s) and dates given
/// to the wrong event; each must stay apart, and real disagreements must still be disputes.
/// </summary>
public class FactPrecisionTests
{
    private static CorpusModel Corpus(params (string File, string Text)[] files) =>
        ArticleLinker.Link(files.Select(f => ArticleExtractor.Extract(f.File, f.Text)));

    [Fact]
    public void Two_meetings_in_two_cities_are_two_facts_not_a_dispute()
    {
        var corpus = Corpus(
                    ("a.txt", """
        وزراء الخارجية العرب يجتمعون في القاهرة
        
        الأحد 1 مارس 2026
        
        يعقد وزراء الخارجية العرب اجتماعا في القاهرة يوم 5 مارس 2026 لبحث الأوضاع في المنطقة.
        """),
                    ("b.txt", """
        اجتماع طارئ لوزراء الخارجية العرب في الرياض
        
        الأحد 15 مارس 2026
        
        يعقد وزراء الخارجية العرب اجتماعا طارئا في الرياض يوم 20 مارس 2026 لبحث الأوضاع في المنطقة.
        """));

        Assert.Equal(2, corpus.Facts.Count(f => f.Kind == FactKind.Date));
        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
    }

    [Fact]
    public void The_killed_and_the_injured_of_one_sentence_are_two_counts_not_a_dispute()
    {
        var corpus = Corpus(
                    ("a.txt", """
        زلزال قوي يضرب جنوب البلاد
        
        الإثنين 2 مارس 2026
        
        أسفر الزلزال الذي ضرب المحافظات الجنوبية فجر اليوم عن مقتل 40 شخصا وإصابة 120 شخصا بجروح متفاوتة، بحسب وزارة الصحة.
        
        وقالت فرق الدفاع المدني إن عمليات البحث عن ناجين تحت الأنقاض مستمرة في القرى المتضررة.
        """),
                    ("b.txt", """
        ارتفاع حصيلة ضحايا زلزال الجنوب
        
        الإثنين 2 مارس 2026
        
        أعلنت وزارة الصحة أن حصيلة ضحايا الزلزال الذي ضرب المحافظات الجنوبية ارتفعت إلى 40 قتيلا، فيما بلغ عدد المصابين 120 مصابا.
        
        وأضافت الوزارة أن المستشفيات في المحافظات الجنوبية استقبلت الجرحى منذ ساعات الفجر.
        """));

        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
        Assert.Contains(corpus.Facts, f => f.Kind == FactKind.Number && f.Value == "120");
    }

    [Fact]
    public void Pledges_of_two_donors_are_two_facts()
    {
        var corpus = Corpus(
                    ("a.txt", """
        السعودية تقدم مساعدات لمتضرري الزلزال
        
        الخميس 5 مارس 2026
        
        أعلنت السعودية تقديم مساعدات إنسانية عاجلة بقيمة 10 ملايين دولار لمتضرري الزلزال في المحافظات الجنوبية.
        
        وقال مركز الملك سلمان للإغاثة إن المساعدات تشمل الخيام والأغذية والأدوية.
        """),
                    ("b.txt", """
        الإمارات تعلن مساعدات لمتضرري الزلزال
        
        الخميس 5 مارس 2026
        
        أعلنت الإمارات تقديم مساعدات إنسانية عاجلة بقيمة 5 ملايين دولار لمتضرري الزلزال في المحافظات الجنوبية.
        
        وتشمل المساعدات فرق إنقاذ ومستشفى ميدانيا.
        """));

        Assert.Equal(new[] { "10000000", "5000000" }, corpus.Facts.Where(f => f.Kind == FactKind.Number).Select(f => f.Value));
        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
    }

    [Fact]
    public void A_date_before_that_dates_the_announcement_not_the_event_after_it()
    {
        var corpus = Corpus(
                    ("a.txt", """
        تحديد موعد الانتخابات البرلمانية
        
        الأحد 1 مارس 2026
        
        أعلنت الهيئة العليا للانتخابات يوم الأحد أن الانتخابات البرلمانية ستجرى في 12 أبريل 2026 في جميع المحافظات.
        """),
                    ("b.txt", """
        الانتخابات البرلمانية في 12 نيسان
        
        الإثنين 2 مارس 2026
        
        حددت الهيئة العليا للانتخابات يوم 12 نيسان 2026 موعدا لإجراء الانتخابات البرلمانية في جميع المحافظات، وفق بيان صدر أمس.
        """),
                    ("c.txt", """
        Parliamentary election set for April 12
        
        Monday 2 March 2026
        
        The electoral commission said on Sunday that the parliamentary election will be held on April 12, 2026 in all provinces.
        """));

        var election = corpus.Facts.Where(f => f.Kind == FactKind.Date && f.Subject.Contains("انتخابات", StringComparison.Ordinal)).ToList();
        Assert.Equal("2026-04-12", Assert.Single(election).Value);
        Assert.Equal(FactStatus.Corroborated, election[0].Status);
        Assert.Equal("2026-04-12", Assert.Single(corpus.Facts, f => f.Subject == "election").Value);
    }

    [Fact]
    public void A_rank_noun_before_a_number_is_what_it_counts()
    {
        var corpus = Corpus(
                    ("a.txt", """
        الجامعة تتقدم في التصنيف العالمي
        
        الثلاثاء 3 مارس 2026
        
        حلت جامعة الملك سعود في المرتبة 45 عالميا في تصنيف الجامعات الصادر هذا العام من بين 1500 جامعة.
        """),
                    ("b.txt", """
        تقدم جامعة الملك سعود في التصنيف
        
        الثلاثاء 3 مارس 2026
        
        جاءت جامعة الملك سعود في المرتبة الخامسة والأربعين عالميا في تصنيف الجامعات الصادر هذا العام.
        """));

        var rank = Assert.Single(corpus.Facts, f => f.Subject == "المرتبة");
        Assert.Equal(("45", FactStatus.Corroborated), (rank.Value, rank.Status));
    }

    [Fact]
    public void A_past_value_is_no_claim_and_the_current_one_is_corroborated()
    {
        var corpus = Corpus(
                    ("a.txt", """
        ارتفاع حصيلة انهيار المبنى
        
        الجمعة 6 مارس 2026
        
        ارتفعت حصيلة انهيار المبنى السكني في المدينة إلى 25 قتيلا بعد أن كانت 18 قتيلا صباح اليوم، بحسب الدفاع المدني.
        """),
                    ("b.txt", """
        25 قتيلا في انهيار مبنى سكني
        
        الجمعة 6 مارس 2026
        
        قال الدفاع المدني إن حصيلة انهيار المبنى السكني في المدينة ارتفعت إلى 25 قتيلا.
        """));

        var toll = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Number);
        Assert.Equal(("25", FactStatus.Corroborated), (toll.Value, toll.Status));
    }

    [Fact]
    public void A_new_attack_is_not_the_earlier_one()
    {
        var corpus = Corpus(
                    ("a.txt", """
        هجوم على حاجز أمني
        
        الإثنين 2 مارس 2026
        
        قتل 3 جنود في هجوم استهدف حاجزا أمنيا في مدينة درعا اليوم الإثنين، بحسب مصادر أمنية.
        """),
                    ("b.txt", """
        هجوم جديد على حاجز أمني
        
        السبت 7 مارس 2026
        
        قتل 4 جنود في هجوم جديد استهدف حاجزا أمنيا في مدينة درعا اليوم السبت، بحسب مصادر أمنية.
        """));

        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
        Assert.Contains(corpus.Facts, f => f.Kind == FactKind.Date && f.Subject.Contains("جديد", StringComparison.Ordinal) && f.Value == "2026-03-07");
    }

    [Fact]
    public void Dates_go_to_the_nearest_event_and_an_event_without_one_stays_undated()
    {
        var corpus = Corpus(
                    ("a.txt", """
        المعلمون يعلنون الإضراب الخميس
        
        الثلاثاء 10 مارس 2026
        
        بعد فشل الاجتماع مع وزير التربية، أعلنت نقابة المعلمين تنفيذ إضراب عام يوم الخميس 12 مارس 2026 في جميع المدارس.
        """),
                    ("b.txt", """
        فشل اجتماع النقابة مع الوزير
        
        الإثنين 9 مارس 2026
        
        فشل الاجتماع بين نقابة المعلمين ووزير التربية الذي عقد يوم الأحد 8 مارس 2026 في التوصل إلى اتفاق بشأن الأجور.
        """));

        Assert.Equal("2026-03-12", Assert.Single(corpus.Facts, f => f.Subject.Contains("إضراب", StringComparison.Ordinal)).Value);
        var meeting = Assert.Single(corpus.Facts, f => f.Subject.Contains("اجتماع", StringComparison.Ordinal));
        Assert.Equal(("2026-03-08", FactStatus.Single), (meeting.Value, meeting.Status));
    }

    [Fact]
    public void An_event_noun_in_a_name_or_after_lam_is_no_event()
    {
        var corpus = Corpus(
                    ("a.txt", """
        حزب المؤتمر يرشح رئيسه
        
        الأحد 8 مارس 2026
        
        أعلن حزب المؤتمر الشعبي يوم الأحد ترشيح رئيسه للانتخابات الرئاسية المقررة في 20 مايو 2026.
        """),
                    ("b.txt", """
        المؤتمر الشعبي يحسم مرشحه
        
        الثلاثاء 10 مارس 2026
        
        حسم حزب المؤتمر الشعبي أمس مرشحه للانتخابات الرئاسية المقررة في 20 مايو 2026 بعد اجتماع لقيادته.
        """));

        Assert.DoesNotContain(corpus.Facts, f => f.Subject.Contains("مؤتمر", StringComparison.Ordinal));
        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
    }

    [Fact]
    public void Last_week_dates_no_event()
    {
        var corpus = Corpus(
                    ("a.txt", """
        الحكومة والنقابات تعقد اجتماعا
        
        الخميس 5 مارس 2026
        
        عقدت الحكومة والنقابات اجتماعا في العاصمة يوم الخميس 5 مارس 2026 لبحث زيادة الأجور ومطالب العمال.
        """),
                    ("b.txt", """
        لا اتفاق بعد اجتماع الحكومة والنقابات
        
        الأربعاء 11 مارس 2026
        
        لم يسفر الاجتماع الذي عقدته الحكومة والنقابات الأسبوع الماضي في العاصمة عن اتفاق بشأن زيادة الأجور ومطالب العمال.
        """));

        var meeting = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Date);
        Assert.Equal(("2026-03-05", 1), (meeting.Value, meeting.Sources.Count));
    }

    [Fact]
    public void A_toll_a_later_article_says_has_risen_is_an_update_not_a_dispute()
    {
        var corpus = Corpus(
                    ("a.txt", """
        مقتل 12 شخصا في غارة على مخيم
        
        الأحد 22 مارس 2026
        
        قتل 12 شخصا في غارة جوية استهدفت مخيما للنازحين في ريف إدلب صباح اليوم الأحد، بحسب الدفاع المدني.
        """),
                    ("b.txt", """
        ارتفاع حصيلة الغارة على المخيم
        
        الإثنين 23 مارس 2026
        
        ارتفعت حصيلة الغارة الجوية التي استهدفت مخيما للنازحين في ريف إدلب أمس الأحد إلى 15 شخصا، بحسب الدفاع المدني.
        """));

        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
        Assert.Equal(new[] { "12", "15" }, corpus.Facts.Where(f => f.Kind == FactKind.Number).Select(f => f.Value).OrderBy(v => v, StringComparer.Ordinal));
    }

    [Fact]
    public void Two_quakes_twelve_days_apart_are_two_events()
    {
        var corpus = Corpus(
                    ("a.txt", """
        Earthquake strikes northern province
        
        Monday 2 March 2026
        
        A magnitude 6.1 earthquake struck the northern province on Monday, killing 14 people, officials said.
        """),
                    ("b.txt", """
        Second quake hits the north
        
        Saturday 14 March 2026
        
        A magnitude 5.4 earthquake struck the northern province on Saturday, killing 3 people, officials said.
        """));

        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
    }

    [Fact]
    public void A_Hijri_date_a_day_off_corroborates_and_never_disputes()
    {
        var corpus = Corpus(
                    ("a.txt", """
        موعد القمة الخليجية
        
        الأحد 1 مارس 2026
        
        تعقد القمة الخليجية في الرياض يوم 20 رمضان 1447 هـ لبحث التطورات الإقليمية.
        """),
                    ("b.txt", """
        القمة الخليجية في مارس
        
        الأحد 1 مارس 2026
        
        تعقد القمة الخليجية في الرياض يوم 10 مارس 2026 لبحث التطورات الإقليمية.
        """));

        var summit = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Date);
        Assert.NotEqual(FactStatus.Disputed, summit.Status);
        Assert.Equal("2026-03-10", summit.Value);
    }

    [Fact]
    public void One_amount_written_with_any_decimal_scale_is_one_value()
    {
        var corpus = Corpus(
                    ("a.txt", """
        منحة أوروبية للمستشفيات
        
        الإثنين 16 مارس 2026
        
        أعلن الاتحاد الأوروبي تقديم منحة بقيمة 1.5 مليون يورو لتجهيز المستشفيات الحكومية في المحافظات الشرقية.
        """),
                    ("b.txt", """
        الاتحاد الأوروبي يدعم المستشفيات
        
        الإثنين 16 مارس 2026
        
        قدم الاتحاد الأوروبي منحة بقيمة 1500000 يورو لتجهيز المستشفيات الحكومية في المحافظات الشرقية.
        """),
                    ("c.txt", """
        منحة لتجهيز المستشفيات
        
        الإثنين 16 مارس 2026
        
        وقع الاتحاد الأوروبي اتفاقية منحة بقيمة 1.50 مليون يورو لتجهيز المستشفيات الحكومية في المحافظات الشرقية.
        """));

        var grant = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Number);
        Assert.Equal(("1500000", FactStatus.Corroborated, "EUR"), (grant.Value, grant.Status, grant.Unit));
    }

    [Fact]
    public void Two_todays_of_articles_published_days_apart_are_two_events()
    {
        var corpus = Corpus(
                    ("a.txt", """
        وزير الخارجية: لا تراجع عن الموقف
        
        الأحد 8 مارس 2026
        
        وقال وزير الخارجية في مؤتمر صحفي اليوم الأحد إن الحكومة لن تتراجع عن موقفها من الأزمة.
        """),
                    ("b.txt", """
        وزير الخارجية يرحب بالوساطة
        
        الأربعاء 11 مارس 2026
        
        وقال وزير الخارجية في مؤتمر صحفي اليوم الأربعاء إن الحكومة ترحب بالوساطة لحل الأزمة.
        """));

        Assert.DoesNotContain(corpus.Facts, f => f.Status == FactStatus.Disputed);
    }

    [Fact]
    public void Sources_that_disagree_on_a_count_are_still_a_dispute()
    {
        var corpus = Corpus(
                    ("a.txt", """
        قمة إقليمية بمشاركة 20 دولة
        
        الأحد 15 مارس 2026
        
        تنطلق القمة الإقليمية للمناخ في الرياض يوم 20 مارس 2026 بمشاركة 20 دولة و35 منظمة دولية.
        """),
                    ("b.txt", """
        الرياض تستضيف قمة المناخ الإقليمية
        
        الإثنين 16 مارس 2026
        
        تستضيف الرياض القمة الإقليمية للمناخ يوم 20 مارس 2026 بمشاركة 22 دولة، وفق اللجنة المنظمة.
        """));

        var countries = Assert.Single(corpus.Facts, f => f.Subject == "دولة");
        Assert.Equal(FactStatus.Disputed, countries.Status);
        Assert.Equal(new[] { "20", "22" }, countries.Sources.Select(s => s.Value));
    }

    [Fact]
    public void Sources_that_disagree_on_a_date_are_still_a_dispute_and_anchor_no_inference()
    {
        var corpus = Corpus(
                    ("a.txt", """
        جلسة برلمانية لمناقشة الموازنة
        
        الثلاثاء 3 مارس 2026
        
        يعقد مجلس النواب جلسة لمناقشة مشروع قانون الموازنة العامة يوم الثلاثاء 3 مارس 2026 بحضور وزير المالية.
        """),
                    ("b.txt", """
        البرلمان يناقش الموازنة
        
        الأربعاء 4 مارس 2026
        
        عقد مجلس النواب يوم الأربعاء 4 مارس 2026 جلسة لمناقشة مشروع قانون الموازنة العامة بحضور وزير المالية.
        """),
                    ("c.txt", """
        النواب ينتقدون مشروع الموازنة
        
        انتقد عدد من النواب خلال جلسة أمس لمناقشة مشروع قانون الموازنة العامة بحضور وزير المالية ارتفاع العجز.
        """));

        var session = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Date);
        Assert.Equal(FactStatus.Disputed, session.Status);
        Assert.Null(corpus.Articles.Single(a => a.Article.File == "c.txt").InferredPublished);
    }

    [Fact]
    public void A_value_worked_out_from_an_inferred_date_corroborates_nothing()
    {
        var corpus = Corpus(
                    ("a.txt", """
        إضراب شامل في قطاع النقل
        
        الإثنين 9 مارس 2026
        
        بدأ سائقو الحافلات وسيارات الأجرة في العاصمة اليوم الإثنين 9 مارس 2026 إضرابا شاملا احتجاجا على رفع أسعار الوقود.
        """),
                    ("b.txt", """
        الإضراب يشل حركة النقل في العاصمة
        
        تواصل لليوم الثاني إضراب سائقي الحافلات وسيارات الأجرة في العاصمة الذي بدأ أمس احتجاجا على رفع أسعار الوقود.
        
        وقال نقيب السائقين محمود الحسن اليوم إن الإضراب سيستمر حتى تتراجع الحكومة عن قرارها.
        """));

        var strike = Assert.Single(corpus.Facts, f => f.Kind == FactKind.Date && f.Frame is null);
        Assert.Equal(FactStatus.Single, strike.Status);
        Assert.Equal("2026-03-10", corpus.Articles.Single(a => a.Article.File == "b.txt").InferredPublished?.Date.ToIso());
        // The union leader spoke "today": the day of his statement, worked out from the inferred date, is no second source.
        var statement = Assert.Single(corpus.Facts, f => f.Frame == "statement");
        Assert.Equal(("2026-03-10", FactStatus.Single), (statement.Value, statement.Status));
    }

    [Fact]
    public void A_weekday_to_come_resolves_forward_from_an_inferred_date()
    {
        var corpus = Corpus(
                    ("a.txt", """
        قمة طارئة في الدوحة
        
        الأربعاء 4 مارس 2026
        
        تعقد القمة العربية الطارئة في الدوحة اليوم الأربعاء 4 مارس 2026 لبحث الأوضاع في المنطقة.
        """),
                    ("b.txt", """
        القادة العرب في الدوحة
        
        وصل القادة العرب إلى الدوحة للمشاركة في القمة العربية الطارئة التي تعقد اليوم لبحث الأوضاع في المنطقة.
        
        وقال الأمين العام للجامعة إن اجتماعا وزاريا سيعقد يوم الإثنين المقبل في القاهرة لمتابعة قرارات القمة.
        """));

        var article = corpus.Articles.Single(a => a.Article.File == "b.txt");
        var monday = article.Article.Dates.Single(d => d.Text.Contains("المقبل", StringComparison.Ordinal));
        Assert.Equal("2026-03-09", article.Resolve(monday.Value, monday.RelativeDay));
    }

    [Fact]
    public void A_week_an_inferred_date_cannot_resolve_stays_CORPUS103()
    {
        var corpus = Corpus(
                    ("a.txt", """
        افتتاح معرض الكتاب
        
        الخميس 5 مارس 2026
        
        شهدت العاصمة يوم الخميس 5 مارس 2026 افتتاح معرض الكتاب الدولي بمشاركة مئات دور النشر العربية والأجنبية.
        """),
                    ("b.txt", """
        إقبال كبير على معرض الكتاب
        
        شهد افتتاح معرض الكتاب الدولي أمس في العاصمة بمشاركة مئات دور النشر العربية والأجنبية إقبالا كبيرا.
        
        وكانت اللجنة المنظمة قد أعلنت الأسبوع الماضي عن برنامج الندوات المصاحبة للمعرض.
        """));

        Assert.NotNull(corpus.Articles.Single(a => a.Article.File == "b.txt").InferredPublished);
        Assert.Contains(corpus.Diagnostics, d => d.Id == "CORPUS103" && d.File == "b.txt" && d.Message.Contains("الأسبوع الماضي", StringComparison.Ordinal));
    }

    [Fact]
    public void Articles_added_later_in_corpus_order_never_rename_a_fact()
    {
        (string File, string Text)[] files =
        [
            ("a.txt", """
        اجتماع لبحث أزمة المياه
        
        الخميس 5 مارس 2026
        
        عقد وزراء المياه في دول الحوض اجتماعا يوم الخميس 5 مارس 2026 لبحث أزمة السد وحصص المياه.
        """),
                    ("b.txt", """
        وزراء المياه يجتمعون في القاهرة
        
        الجمعة 6 مارس 2026
        
        عقد وزراء المياه في دول الحوض اجتماعا في القاهرة أمس لبحث أزمة السد وحصص المياه.
        """),
                    ("c.txt", """
        اجتماع القاهرة حول المياه
        
        الجمعة 6 مارس 2026
        
        انتهى في القاهرة أمس اجتماع وزراء المياه في دول الحوض الذي بحث أزمة السد وحصص المياه.
        """)
        ];

        var alone = Corpus(files[0]);
        var grown = Corpus(files);

        var meeting = Assert.Single(alone.Facts, f => f.Kind == FactKind.Date);
        Assert.Contains(grown.Facts, f => f.Identifier == meeting.Identifier && f.Id == meeting.Id && f.Sources.Count > 1);
    }
}
