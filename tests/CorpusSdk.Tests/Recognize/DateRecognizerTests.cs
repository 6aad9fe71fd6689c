using System;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Tests.Recognize;

public class DateRecognizerTests
{
    /// <summary>A Tuesday: the article's own date in most tests.</summary>
    private static readonly DateTime Tuesday = new(2026, 2, 10, 9, 30, 0);

    private static RecognizedDate Single(string text, DateTime? reference = null)
    {
        var found = DateRecognizer.Recognize(text, reference);
        Assert.True(found.Count == 1, $"expected one date in «{text}», found {found.Count}: {string.Join(" | ", found.Select(d => d.Text + " = " + d.Value))}");
        return found[0];
    }

    private static string? Iso(string text, DateTime? reference = null) => Single(text, reference).Value?.ToIso();

    // ---------------------------------------------------------------- month names, one test per family

    [Theory]
    [InlineData("وصل الوفد إلى القاهرة في 9 فبراير 2026 لإجراء محادثات", "9 فبراير 2026", "2026-02-09")]
    [InlineData("افتتح المعرض في 3 أبريل 2025", "3 أبريل 2025", "2025-04-03")]
    [InlineData("افتتح المعرض في 3 ابريل 2025", "3 ابريل 2025", "2025-04-03")]
    [InlineData("صدر الحكم في 30 يونيه 2024", "30 يونيه 2024", "2024-06-30")]
    [InlineData("انتهت المهلة في 1 يوليه 2024", "1 يوليه 2024", "2024-07-01")]
    [InlineData("وقع الزلزال في 6 ديسمبر 2023", "6 ديسمبر 2023", "2023-12-06")]
    public void Egyptian_and_Gulf_month_names(string text, string expression, string iso)
    {
        var date = Single(text);
        Assert.Equal(expression, date.Text);
        Assert.Equal(iso, date.Value?.ToIso());
        Assert.False(date.IsRelative);
    }

    [Theory]
    [InlineData("انعقدت الجلسة في 15 شباط 2025", "2025-02-15")]
    [InlineData("اندلعت الاحتجاجات في 17 تشرين الأول 2019", "2019-10-17")]
    [InlineData("أقرت الموازنة في 3 كانون الثاني 2024", "2024-01-03")]
    [InlineData("أغلقت المدارس في 28 كانون الأول 2023", "2023-12-28")]
    [InlineData("جرت الانتخابات في 12 أيار 2018", "2018-05-12")]
    [InlineData("وقع الانفجار في 4 آب 2020", "2020-08-04")]
    [InlineData("بدأ العام الدراسي في 8 أيلول 2024", "2024-09-08")]
    [InlineData("نشر في 21 حزيران 2022", "2022-06-21")]
    public void Levantine_and_Iraqi_month_names(string text, string iso) => Assert.Equal(iso, Iso(text));

    [Theory]
    [InlineData("انطلقت الدورة يوم 5 جانفي 2026 بالعاصمة", "2026-01-05")]
    [InlineData("صادق البرلمان على القانون في 20 أوت 2025", "2025-08-20")]
    [InlineData("يحتفل الجزائريون بعيد الاستقلال في 5 جويلية 2024", "2024-07-05")]
    [InlineData("تنطلق الامتحانات في 11 جوان 2025", "2025-06-11")]
    [InlineData("أعلن الديوان في 2 فيفري 2026", "2026-02-02")]
    [InlineData("صدر المرسوم في 14 أفريل 2023", "2023-04-14")]
    [InlineData("ستجرى الانتخابات في 7 شتنبر 2026", "2026-09-07")]
    [InlineData("أعلنت الوزارة في 30 يوليوز 2024", "2024-07-30")]
    public void Maghrebi_month_names(string text, string iso) => Assert.Equal(iso, Iso(text));

    [Fact]
    public void A_month_in_two_families_joined_by_a_slash_is_one_month()
    {
        var date = Single("التقرير الشهري لشهر شباط/فبراير 2026");
        Assert.Equal("شهر شباط/فبراير 2026", date.Text);
        Assert.Equal("2026-02", date.Value?.ToIso());
    }

    [Theory]
    [InlineData("The talks opened on February 9, 2026 in Riyadh", "February 9, 2026", "2026-02-09")]
    [InlineData("Published 9 Feb 2026", "9 Feb 2026", "2026-02-09")]
    [InlineData("Published 9 February 2026, 14:24", "9 February 2026, 14:24", "2026-02-09T14:24")]
    [InlineData("Monday, February 9, 2026", "Monday, February 9, 2026", "2026-02-09")]
    public void English_dates(string text, string expression, string iso)
    {
        var date = Single(text);
        Assert.Equal(expression, date.Text);
        Assert.Equal(iso, date.Value?.ToIso());
    }

    [Fact]
    public void A_lowercase_english_month_word_is_not_a_month() =>
        Assert.Empty(DateRecognizer.Recognize("you may 5 times ask", null));

    // ---------------------------------------------------------------- day-month, month-year, year from the reference

    [Fact]
    public void A_day_and_month_take_the_year_that_puts_them_nearest_the_reference_leaning_to_the_past()
    {
        Assert.Equal("2026-02-09", Iso("عقد الاجتماع في 9 فبراير", Tuesday));
        // Late December in an article of early January is the December just gone.
        Assert.Equal("2025-12-28", Iso("وقع الهجوم في 28 ديسمبر", new DateTime(2026, 1, 5)));
        // Next month is nearer than last year's.
        Assert.Equal("2026-03-15", Iso("تبدأ الانتخابات في 15 مارس", Tuesday));
        Assert.Equal("2025-09-01", Iso("بدأ العام الدراسي في 1 سبتمبر", Tuesday));
    }

    [Fact]
    public void A_day_and_month_without_reference_keep_the_year_unknown()
    {
        var date = Single("عقد الاجتماع في 9 فبراير");
        Assert.Equal("--02-09", date.Value?.ToIso());
        Assert.Equal("--02-09", date.ExplicitValue?.ToIso());
        Assert.False(date.IsRelative);
    }

    [Fact]
    public void Day_of_month_with_min_and_year_words()
    {
        Assert.Equal("2026-02-09", Iso("وذلك في 9 من فبراير 2026"));
        Assert.Equal("1990-03-03", Iso("وُلد في 3 مارس من عام 1990"));
        Assert.Equal("1948-05-15", Iso("أعلن في 15 أيار سنة 1948"));
    }

    [Fact]
    public void Month_and_year_give_the_month()
    {
        Assert.Equal("2026-02", Iso("ارتفع التضخم في فبراير 2026"));
        Assert.Equal("2025-07", Iso("خلال تموز 2025"));
        Assert.Equal("2025", Iso("منذ عام 2025"));
    }

    [Fact]
    public void Past_next_and_current_after_a_month_say_which_year()
    {
        Assert.Equal("2025-03-20", Iso("أعلن في 20 مارس الماضي", Tuesday));
        Assert.Equal("2026-10", Iso("تجرى الانتخابات في أكتوبر المقبل", Tuesday));
        Assert.Equal("2026-02-25", Iso("تنتهي المهلة في 25 فبراير الجاري", Tuesday));
    }

    [Fact]
    public void A_part_of_a_month_or_year_gives_the_month_or_year()
    {
        Assert.Equal("2026-03", Iso("في منتصف مارس", Tuesday));
        Assert.Equal("2026-02", Iso("منذ مطلع الشهر الجاري", Tuesday));
        Assert.Equal("2025", Iso("في أواخر العام الماضي", Tuesday));
    }

    [Fact]
    public void A_month_name_alone_is_not_a_date()
    {
        // مارس is also "practised", آب folds to أب "father".
        Assert.Empty(DateRecognizer.Recognize("مارس الضغط على الحكومة", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("قال الأب إن ابنه خرج", Tuesday));
    }

    [Fact]
    public void A_month_after_the_word_month_takes_the_nearest_year()
    {
        var date = Single("في شهر مارس", Tuesday);
        Assert.Equal("2026-03", date.Value?.ToIso());
        Assert.Equal("--03", date.ExplicitValue?.ToIso());
    }

    [Fact]
    public void A_day_in_the_month_counted_from_the_reference()
    {
        Assert.Equal("2026-03-20", Iso("ستعقد القمة في 20 من الشهر المقبل", Tuesday));
        Assert.Equal("2026-02-25", Iso("تنتهي المهلة في 25 من الشهر الجاري", Tuesday));
    }

    // ---------------------------------------------------------------- numeric dates

    [Theory]
    [InlineData("الذي استضافته الرياض في 9/2/2026", "9/2/2026", "2026-02-09")]
    [InlineData("بتاريخ 09-02-2026", "09-02-2026", "2026-02-09")]
    [InlineData("بتاريخ 09.02.2026", "09.02.2026", "2026-02-09")]
    [InlineData("العالم 12:00 AM - 2026-02-10", "12:00 AM - 2026-02-10", "2026-02-10T00:00")]
    [InlineData("تحديث 2026/2/10", "2026/2/10", "2026-02-10")]
    [InlineData("الصادر في 9 / 2 / 2026", "9 / 2 / 2026", "2026-02-09")]
    [InlineData("في 15/3/26", "15/3/26", "2026-03-15")]
    public void Numeric_dates_read_day_first_or_year_first(string text, string expression, string iso)
    {
        var date = Single(text);
        Assert.Equal(expression, date.Text);
        Assert.Equal(iso, date.Value?.ToIso());
    }

    [Fact]
    public void A_middle_part_above_twelve_reads_month_first() => Assert.Equal("2026-02-13", Iso("في 2/13/2026"));

    [Fact]
    public void Day_and_month_alone_need_a_slash()
    {
        Assert.Equal("2026-02-09", Iso("صدر القرار في 9/2", Tuesday));
        // A score and a decimal are not dates.
        Assert.Empty(DateRecognizer.Recognize("فاز الفريق 3-1 على منافسه", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("بلغ النمو 4.22 في المئة", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("العنوان 192.168.1.1 والإصدار 1.2.3", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("في موسم 2016-2017", Tuesday));
    }

    [Fact]
    public void Eastern_arabic_digits()
    {
        Assert.Equal("2026-02-09", Iso("في ٩/٢/٢٠٢٦"));
        var date = Single("الإثنين ٠٩ فبراير ٢٠٢٦ - ٠٢:٢٤ م");
        Assert.Equal("2026-02-09T14:24", date.Value?.ToIso());
        Assert.Equal("الإثنين ٠٩ فبراير ٢٠٢٦ - ٠٢:٢٤ م", date.Text);
        Assert.Equal("2026-02-09", Iso("في ۹ فبراير ۲۰۲۶"));
    }

    [Fact]
    public void Invisible_direction_marks_inside_a_date_do_not_break_it()
    {
        var date = Single("في 9\u200F/2\u200F/2026");
        Assert.Equal("2026-02-09", date.Value?.ToIso());
        Assert.Equal("9\u200F/2\u200F/2026", date.Text);
    }

    // ---------------------------------------------------------------- impossible dates

    [Theory]
    [InlineData("في 31/2/2026", "31/2/2026")]
    [InlineData("في 30 فبراير 2026", "30 فبراير 2026")]
    [InlineData("في 29/2/2025", "29/2/2025")]
    [InlineData("في 31 نيسان 2024", "31 نيسان 2024")]
    public void An_impossible_date_is_found_but_has_no_value(string text, string expression)
    {
        var date = Single(text, Tuesday);
        Assert.Equal(expression, date.Text);
        Assert.Null(date.Value);
        Assert.Null(date.ExplicitValue);
        Assert.False(date.IsRelative);
    }

    [Fact]
    public void The_twenty_ninth_of_february_of_a_leap_year_is_a_date() => Assert.Equal("2024-02-29", Iso("في 29/2/2024"));

    // ---------------------------------------------------------------- weekdays

    [Fact]
    public void A_weekday_with_a_date_is_one_expression_and_the_weekday_is_kept()
    {
        var date = Single("وذلك يوم الإثنين 9 فبراير 2026 في الرياض", Tuesday);
        Assert.Equal("يوم الإثنين 9 فبراير 2026", date.Text);
        Assert.Equal(DayOfWeek.Monday, date.Weekday);
        Assert.Equal("2026-02-09", date.Value?.ToIso());
        Assert.False(date.IsRelative);
    }

    [Fact]
    public void A_weekday_that_does_not_match_its_date_is_kept_for_the_checks()
    {
        var date = Single("الأحد 9 فبراير 2026", Tuesday);
        Assert.Equal(DayOfWeek.Sunday, date.Weekday);
        Assert.Equal("2026-02-09", date.ExplicitValue?.ToIso());
        Assert.Equal(DayOfWeek.Monday, date.ExplicitValue!.ToDay()!.Value.DayOfWeek);
    }

    [Fact]
    public void A_weekday_picks_the_year_of_a_yearless_date()
    {
        // 15 August was a Thursday in 2024, a Friday in 2025.
        Assert.Equal("2024-08-15", Iso("الخميس 15 أغسطس", new DateTime(2025, 2, 1)));
    }

    [Theory]
    [InlineData("قال الوزير يوم الأحد إن", "يوم الأحد", "2026-02-08")]
    [InlineData("أعلنت الوزارة الاثنين أن", "الاثنين", "2026-02-09")]
    [InlineData("أعلنت الوزارة الإثنين أن", "الإثنين", "2026-02-09")]
    [InlineData("وقعت الحادثة السبت الماضي", "السبت الماضي", "2026-02-07")]
    [InlineData("تصل البعثة الخميس المقبل", "الخميس المقبل", "2026-02-12")]
    [InlineData("قالت الشرطة والجمعة شهدت", "الجمعة", "2026-02-06")]
    [InlineData("صلى المصلون يوم الجمعه", "يوم الجمعه", "2026-02-06")]
    public void A_bare_weekday_is_the_most_recent_on_or_before_the_reference(string text, string expression, string iso)
    {
        var date = Single(text, Tuesday);
        Assert.Equal(expression, date.Text);
        Assert.Equal(iso, date.Value?.ToIso());
        Assert.Equal(iso, date.RelativeValue?.ToIso());
        Assert.True(date.IsRelative);
        Assert.Null(date.ExplicitValue);
    }

    [Fact]
    public void The_reference_weekday_itself_is_the_reference_day()
    {
        Assert.Equal("2026-02-10", Iso("الثلاثاء", Tuesday));
        Assert.Equal("2026-02-04", Iso("الأربعاء", Tuesday));
    }

    [Fact]
    public void A_weekday_in_a_week_counted_from_the_reference()
    {
        Assert.Equal("2026-02-20", Iso("الجمعة من الأسبوع المقبل", Tuesday));
        Assert.Equal("2026-02-08", Iso("الأسبوع الماضي يوم الأحد", Tuesday));
    }

    [Fact]
    public void A_weekday_with_a_day_of_the_month_takes_the_month_where_they_agree()
    {
        var date = Single("وصل الوفد يوم الجمعة 13، وغادر", Tuesday);
        Assert.Equal("يوم الجمعة 13", date.Text);
        Assert.Equal("2026-02-13", date.Value?.ToIso());
        Assert.False(date.IsRelative);
    }

    [Fact]
    public void Digits_after_a_weekday_followed_by_a_noun_are_a_count()
    {
        var date = Single("قتل يوم الأحد 3 أشخاص", Tuesday);
        Assert.Equal("يوم الأحد", date.Text);
        Assert.Equal("2026-02-08", date.Value?.ToIso());
    }

    [Fact]
    public void Ahad_alone_means_someone_and_al_ahad_ashar_is_eleven()
    {
        Assert.Empty(DateRecognizer.Recognize("قال أحد المسؤولين", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("اللاعبون الأحد عشر", Tuesday));
    }

    [Fact]
    public void English_weekdays()
    {
        Assert.Equal("2026-02-08", Iso("The minister said on Sunday that", Tuesday));
        Assert.Equal("2026-02-09", Iso("It happened last Monday", Tuesday));
    }

    // ---------------------------------------------------------------- times

    [Theory]
    [InlineData("عند 14:24 بتوقيت مكة", "T14:24")]
    [InlineData("نشر 02:24 م", "T14:24")]
    [InlineData("نشر 9:15 ص", "T09:15")]
    [InlineData("وقع الانفجار 9:15 صباحا", "T09:15")]
    [InlineData("الساعة 7 مساء", "T19:00")]
    [InlineData("الساعة 12 ليلا", "T00:00")]
    [InlineData("Updated 12:00 AM", "T00:00")]
    [InlineData("Updated 3:05 PM", "T15:05")]
    [InlineData("at 11:30 p.m.", "T23:30")]
    [InlineData("الساعة 4 و20 دقيقة عصرا", "T16:20")]
    [InlineData("حوالي الساعة 10:50 قبل الظهر", "T10:50")]
    [InlineData("منذ منتصف الليل", "T00:00")]
    public void Times_of_day(string text, string iso) => Assert.Equal(iso, Iso(text));

    [Fact]
    public void A_bare_hour_or_a_single_letter_is_not_a_time()
    {
        Assert.Empty(DateRecognizer.Recognize("قتل 7 أشخاص", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("انظر ص 7", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("على بعد 20 م من الحاجز", Tuesday));
        Assert.DoesNotContain(DateRecognizer.Recognize("الآية 2:255", Tuesday), d => d.Value?.Hour is not null);
    }

    [Fact]
    public void The_article_on_digits_is_read_through()
    {
        Assert.Equal("T10:00", Iso("عند الساعة الـ10 صباحا"));
        Assert.Equal("2026-02-15", Iso("في الـ15 من فبراير 2026"));
    }

    [Fact]
    public void A_part_of_the_day_before_a_relative_day_belongs_to_it()
    {
        var date = Single("قال صباح اليوم الثلاثاء إن", Tuesday);
        Assert.Equal("صباح اليوم الثلاثاء", date.Text);
        Assert.Equal("2026-02-10", date.Value?.ToIso());
        Assert.Equal(DayOfWeek.Tuesday, date.Weekday);
        Assert.Equal("2026-02-10T15:00", Iso("الساعة الثالثة من عصر اليوم", Tuesday));
    }

    [Fact]
    public void A_relative_day_with_a_time()
    {
        var date = Single("أمس الساعة 10:30 مساء", Tuesday);
        Assert.Equal("2026-02-09T22:30", date.Value?.ToIso());
        Assert.Equal("2026-02-09", date.RelativeValue?.ToIso());
        Assert.Equal("T22:30", date.ExplicitValue?.ToIso());
    }

    // ---------------------------------------------------------------- datelines

    [Fact]
    public void A_dateline_with_weekday_date_and_time_is_one_expression_at_minute_precision()
    {
        var text = "الشام الجديد\nالإثنين 09 فبراير 2026 - 02:24 م\nعمرو أحمد";
        var date = Single(text);
        Assert.Equal("الإثنين 09 فبراير 2026 - 02:24 م", date.Text);
        Assert.Equal(text.IndexOf("الإثنين", StringComparison.Ordinal), date.Start);
        Assert.Equal(CorpusSdk.Extraction.Recognize.Dates.DatePrecision.Minute, date.Value!.Precision);
        Assert.Equal("2026-02-09T14:24", date.Value.ToIso());
        Assert.Equal("2026-02-09T14:24", date.ExplicitValue?.ToIso());
        Assert.Equal(DayOfWeek.Monday, date.Weekday);
    }

    [Fact]
    public void A_time_then_an_iso_date_is_one_expression()
    {
        var date = Single("العالم 12:00 AM - 2026-02-10");
        Assert.Equal("12:00 AM - 2026-02-10", date.Text);
        Assert.Equal(7, date.Start);
        Assert.Equal("2026-02-10T00:00", date.Value?.ToIso());
    }

    [Fact]
    public void An_iso_timestamp_is_one_expression() => Assert.Equal("2026-02-10T14:24", Iso("2026-02-10T14:24:00Z"));

    [Fact]
    public void An_rfc_822_dateline() => Assert.Equal("2026-02-09T14:24", Iso("Mon, 09 Feb 2026 14:24:00 GMT"));

    [Fact]
    public void Expressions_do_not_run_across_lines()
    {
        var found = DateRecognizer.Recognize("الإثنين\n9 فبراير 2026", Tuesday);
        Assert.Equal(2, found.Count);
    }

    // ---------------------------------------------------------------- Hijri

    [Theory]
    [InlineData("الموافق 1 رمضان 1446 هـ", "2025-03-01")]
    [InlineData("في 1 محرم 1447هـ", "2025-06-26")]
    [InlineData("بتاريخ 1/9/1446 هـ", "2025-03-01")]
    [InlineData("بتاريخ 1-9-1446", "2025-03-01")]
    [InlineData("في 10 ذو الحجة 1446 هـ", "2025-06-06")]
    [InlineData("في 10 ذي الحجة 1446", "2025-06-06")]
    [InlineData("في 15 ربيع الأول 1447 هـ", "2025-09-07")]
    public void Hijri_dates_are_converted_with_umm_al_qura(string text, string iso) => Assert.Equal(iso, Iso(text));

    [Fact]
    public void A_hijri_day_and_month_take_the_hijri_year_nearest_the_reference() =>
        Assert.Equal("2025-03-01", Iso("يبدأ الصيام في 1 رمضان", new DateTime(2025, 2, 20)));

    [Fact]
    public void A_hijri_date_outside_umm_al_qura_has_no_value_and_does_not_throw()
    {
        var date = Single("في 1 رمضان 1200 هـ");
        Assert.Null(date.Value);
        Assert.Null(Single("في 30 محرم 1600 هـ").Value);
    }

    [Fact]
    public void Safar_alone_is_zero_not_a_month() => Assert.Empty(DateRecognizer.Recognize("النتيجة 3 صفر", Tuesday));

    [Fact]
    public void A_hijri_and_a_gregorian_date_side_by_side_are_two_expressions()
    {
        var found = DateRecognizer.Recognize("الإثنين 21 شعبان 1447 هـ الموافق 9 فبراير 2026 م", null);
        Assert.Equal(2, found.Count);
        Assert.Equal("2026-02-09", found[1].Value?.ToIso());
        Assert.Equal(found[1].Value, found[0].Value);
    }

    [Fact]
    public void Holidays_resolve_on_their_calendar()
    {
        Assert.Equal("2025-03-30", Iso("أغلقت الأسواق في عيد الفطر 2025"));
        Assert.Equal("2025-06-06", Iso("ارتفعت أسعار الأضاحي قبيل عيد الأضحى 2025"));
        Assert.Equal("2024-12-25", Iso("احتفل المسيحيون بعيد الميلاد 2024"));
        Assert.Equal("2026-04-05", Iso("تقام القداديس في عيد الفصح 2026"));
    }

    // ---------------------------------------------------------------- relative expressions

    [Theory]
    [InlineData("قال الوزير اليوم إن", "اليوم", "2026-02-10")]
    [InlineData("وصل أمس إلى بغداد", "أمس", "2026-02-09")]
    [InlineData("وصل يوم أمس إلى بغداد", "يوم أمس", "2026-02-09")]
    [InlineData("وصل بالأمس إلى بغداد", "الأمس", "2026-02-09")]
    [InlineData("غادر أول أمس", "أول أمس", "2026-02-08")]
    [InlineData("غادر أول من أمس", "أول من أمس", "2026-02-08")]
    [InlineData("يصل غدا إلى", "غدا", "2026-02-11")]
    [InlineData("يصل غداً إلى", "غداً", "2026-02-11")]
    [InlineData("يصل بعد غد إلى", "بعد غد", "2026-02-12")]
    [InlineData("تبث الحلقة الليلة", "الليلة", "2026-02-10")]
    [InlineData("أغلقت الطرق منذ يومين بسبب الثلوج", "منذ يومين", "2026-02-08")]
    [InlineData("توقفت الرحلات منذ 4 أيام", "منذ 4 أيام", "2026-02-06")]
    [InlineData("أعلنت الشركة قبل أسبوع عن خطتها", "قبل أسبوع", "2026-02-03")]
    [InlineData("افتتح المعرض قبل أسبوعين", "قبل أسبوعين", "2026-01-27")]
    [InlineData("تنطلق القمة بعد يومين في الدوحة", "بعد يومين", "2026-02-12")]
    [InlineData("ارتفعت الأسعار خلال الأسبوع الماضي", "الأسبوع الماضي", "2026-02-02")]
    [InlineData("يزور الوفد القاهرة الأسبوع المقبل", "الأسبوع المقبل", "2026-02-16")]
    [InlineData("تصدر النتائج هذا الأسبوع", "هذا الأسبوع", "2026-02-09")]
    [InlineData("تراجع التضخم الشهر الماضي", "الشهر الماضي", "2026-01")]
    [InlineData("خلال الشهر الجاري", "الشهر الجاري", "2026-02")]
    [InlineData("نما الاقتصاد العام الماضي بنسبة 3 في المئة", "العام الماضي", "2025")]
    [InlineData("تبدأ الخطة السنة المقبلة", "السنة المقبلة", "2027")]
    [InlineData("لم تصرف الرواتب منذ شهرين", "منذ شهرين", "2025-12")]
    [InlineData("أغلق المصنع قبل 3 سنوات", "قبل 3 سنوات", "2023")]
    [InlineData("The ministry said today that", "today", "2026-02-10")]
    [InlineData("Talks resumed yesterday in Doha", "yesterday", "2026-02-09")]
    [InlineData("The vote is due tomorrow", "tomorrow", "2026-02-11")]
    [InlineData("Prices rose last week", "last week", "2026-02-02")]
    [InlineData("The ship left 3 days ago", "3 days ago", "2026-02-07")]
    [InlineData("The talks collapsed a week ago", "a week ago", "2026-02-03")]
    public void Relative_expressions_resolve_against_the_reference(string text, string expression, string iso)
    {
        var date = Single(text, Tuesday);
        Assert.Equal(expression, date.Text);
        Assert.True(date.IsRelative);
        Assert.Equal(iso, date.Value?.ToIso());
        Assert.Equal(iso, date.RelativeValue?.ToIso());
        Assert.Null(date.ExplicitValue);
    }

    [Fact]
    public void Now_is_the_reference_moment()
    {
        var date = Single("قال إن الوضع الآن تحت السيطرة", Tuesday);
        Assert.Equal("الآن", date.Text);
        Assert.Equal("2026-02-10T09:30", date.Value?.ToIso());
        Assert.Equal("2026-02-10T07:30", Iso("اندلع الحريق منذ ساعتين", Tuesday));
    }

    [Fact]
    public void Counting_from_an_event_is_not_counting_from_the_reference()
    {
        Assert.Empty(DateRecognizer.Recognize("قبل ثلاثة أيام من الانتخابات", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("بعد يومين على الهجوم", Tuesday));
    }

    [Fact]
    public void A_named_day_is_not_today()
    {
        Assert.Empty(DateRecognizer.Recognize("احتفل العالم باليوم العالمي للمرأة", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("في اليوم الأول من المؤتمر", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("تواصل لليوم الثاني على التوالي إضراب السائقين", Tuesday));
    }

    [Fact]
    public void A_weekday_to_come_resolves_forward_from_any_publication_day()
    {
        var day = Single("وتعقد القمة يوم الإثنين المقبل في الدوحة", null).RelativeDay;

        Assert.NotNull(day);
        Assert.True(day!.Ahead);
        Assert.Equal(new DateTime(2026, 3, 9), day!.Resolve(new DateTime(2026, 3, 4)));
        Assert.Equal(new DateTime(2026, 3, 16), day.Resolve(new DateTime(2026, 3, 9)));
    }

    [Theory]
    [InlineData("وصل الوفد أمس", -1, null)]
    [InlineData("تعطلت الشبكة منذ ثلاثة أيام", -3, null)]
    [InlineData("ويعود الوفد بعد غد", 2, null)]
    [InlineData("اجتمع المجلس يوم الأحد", null, DayOfWeek.Sunday)]
    [InlineData("The bill passed yesterday", -1, null)]
    public void A_relative_day_is_read_once_and_resolves_against_any_publication_day(string text, int? offset, DayOfWeek? weekday)
    {
        // Read with no reference, as for an undated article; the corpus resolves it later against an inferred date.
        var day = Single(text).RelativeDay;
        Assert.NotNull(day);
        Assert.Equal(offset, day!.Offset);
        Assert.Equal(weekday, day.Weekday);

        foreach (var published in new[] { new DateTime(2026, 2, 9), new DateTime(2026, 3, 4), new DateTime(2025, 12, 31) })
        {
            var dated = Single(text, published);
            Assert.Equal(day, dated.RelativeDay);
            Assert.Equal(dated.Value?.ToDay(), day.Resolve(published));
        }
    }

    [Theory]
    [InlineData("تراجعت الأسهم الأسبوع الماضي")]
    [InlineData("ارتفعت الأسعار الشهر الماضي")]
    [InlineData("عقد الاجتماع في 9/2/2026")]
    public void A_date_that_names_no_single_relative_day_has_none(string text) =>
        Assert.Null(Single(text, new DateTime(2026, 3, 4)).RelativeDay);

    [Fact]
    public void The_relative_word_the_weekday_and_the_written_date_are_kept_apart()
    {
        var date = Single("الذي استضافته الرياض اليوم الإثنين 9/2/2026، بمشاركة", Tuesday);
        Assert.Equal("اليوم الإثنين 9/2/2026", date.Text);
        Assert.True(date.IsRelative);
        Assert.Equal("2026-02-10", date.RelativeValue?.ToIso());
        Assert.Equal("2026-02-09", date.ExplicitValue?.ToIso());
        Assert.Equal(DayOfWeek.Monday, date.Weekday);
        Assert.Equal("2026-02-09", date.Value?.ToIso());
    }

    [Fact]
    public void Yesterday_with_a_weekday_keeps_the_weekday_as_a_claim()
    {
        var date = Single("خلال اجتماع عقد يوم أمس الإثنين.", new DateTime(2026, 2, 11));
        Assert.Equal("يوم أمس الإثنين", date.Text);
        Assert.Equal("2026-02-10", date.Value?.ToIso());
        Assert.Equal(DayOfWeek.Monday, date.Weekday);
        Assert.Equal(DayOfWeek.Tuesday, date.RelativeValue!.ToDay()!.Value.DayOfWeek);
    }

    [Theory]
    [InlineData("وصل الوفد أمس")]
    [InlineData("اجتمع المجلس يوم الأحد")]
    [InlineData("تعطلت الشبكة منذ ثلاثة أيام")]
    [InlineData("تراجعت الأسهم الأسبوع الماضي")]
    [InlineData("The bill passed yesterday")]
    public void Without_a_reference_a_relative_date_is_unresolved(string text)
    {
        var date = Single(text);
        Assert.True(date.IsRelative);
        Assert.Null(date.RelativeValue);
        Assert.Null(date.Value);
        Assert.Null(date.ExplicitValue);
    }

    [Fact]
    public void Without_a_reference_the_written_date_still_gives_the_value()
    {
        var date = Single("اليوم الإثنين 9/2/2026");
        Assert.True(date.IsRelative);
        Assert.Null(date.RelativeValue);
        Assert.Equal("2026-02-09", date.Value?.ToIso());
    }

    // ---------------------------------------------------------------- number words (from NumberRecognizer)

    [Theory]
    [InlineData("في الحادي عشر من فبراير 2026", "2026-02-11")]
    [InlineData("في الرابع من تموز 2025", "2025-07-04")]
    [InlineData("في أول يناير 2026", "2026-01-01")]
    [InlineData("في الأول من آذار 2025", "2025-03-01")]
    public void Ordinal_word_days(string text, string iso) => Assert.Equal(iso, Iso(text));

    [Fact]
    public void Counted_days_in_words() => Assert.Equal("2026-02-07", Iso("منذ ثلاثة أيام", Tuesday));

    [Fact]
    public void Hours_in_words()
    {
        Assert.Equal("T16:00", Iso("تبدأ الجلسة الساعة الرابعة عصرا"));
        Assert.Equal("T19:30", Iso("الساعة السابعة والنصف مساء"));
        Assert.Equal("T07:45", Iso("الثامنة إلا ربعا صباحا"));
    }

    [Fact]
    public void English_counted_days_in_words() => Assert.Equal("2026-02-07", Iso("three days ago", Tuesday));

    [Fact]
    public void A_feminine_ordinal_after_fi_closing_its_clause_is_an_hour()
    {
        Assert.Equal("T07:00", Iso("سأصل في السابعة."));
        Assert.Empty(DateRecognizer.Recognize("توفي والده وهو في السابعة من عمره", Tuesday));
    }

    [Fact]
    public void A_definite_ordinal_after_fi_closing_its_clause_is_a_day_of_the_month()
    {
        var date = Single("وقال إن الوفد عاد في الثاني والعشرين.", Tuesday);
        Assert.Equal("الثاني والعشرين", date.Text);
        Assert.Equal("2026-01-22", date.Value?.ToIso());
        Assert.Empty(DateRecognizer.Recognize("سجل هدفا في الشوط الثاني.", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("حل في المركز الأول، وجاء زميله في الثاني.", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("ارتفع عدد الضحايا إلى 27.", Tuesday));
    }

    [Fact]
    public void A_day_number_closing_a_clause_after_fi_is_a_day_of_the_month()
    {
        var date = Single("وكان الوفد قد وصل في 27.", Tuesday);
        Assert.Equal("27", date.Text);
        Assert.Equal("2026-01-27", date.Value?.ToIso());
        Assert.Equal("2026-02-27", Iso("تنتهي المهلة يوم 27", new DateTime(2026, 2, 25)));
        // A count, a percentage, a range.
        Assert.Empty(DateRecognizer.Recognize("قتل 3 في 27 غارة", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("ارتفعت في 15%.", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("تراوحت في 15-20.", Tuesday));
    }

    [Fact]
    public void Minutes_counted_back_from_an_hour() => Assert.Equal("T08:55", Iso("انفجرت العبوة خمس دقائق قبل التاسعة"));

    [Fact]
    public void Weeks_weekdays_and_days_counted_in_a_month()
    {
        Assert.Equal("2025-11-12", Iso("يعقد المؤتمر الأربعاء الثاني من نوفمبر 2025"));
        Assert.Equal("2025-09-01", Iso("تبدأ الدراسة أول اثنين من سبتمبر 2025"));
        Assert.Equal("2026-03-02", Iso("تبدأ الحملة في الأسبوع الأول من مارس 2026"));
        Assert.Equal("2024-02-29", Iso("تنتهي المهلة في آخر يوم من شهر فبراير 2024"));
        // The n-th weekday without a month is in the reference month.
        Assert.Equal("2026-02-13", Iso("تقام الصلاة يوم الجمعة الثاني", Tuesday));
        // A compound ordinal after a weekday is the day of the month.
        Assert.Equal("2025-07-17", Iso("وصل الخميس السابع عشر", new DateTime(2025, 7, 10)));
    }

    [Fact]
    public void A_holiday_without_a_year_is_the_occurrence_nearest_the_reference() =>
        Assert.Equal("2026-03-20", Iso("بمناسبة عيد الفطر", Tuesday));

    [Fact]
    public void An_english_weekday_abbreviation_needs_a_date_after_it() =>
        Assert.Empty(DateRecognizer.Recognize("The Sun reported that he Sat down", Tuesday));

    // ---------------------------------------------------------------- spans and spelling

    [Fact]
    public void Spans_are_as_written_with_tashkeel_and_without_a_conjunction()
    {
        var text = "وقَالَ يَوْمَ الأَحَدِ والخميس";
        var found = DateRecognizer.Recognize(text, Tuesday);
        Assert.Equal(2, found.Count);
        Assert.Equal("يَوْمَ الأَحَدِ", found[0].Text);
        Assert.Equal(text.IndexOf("يَوْمَ", StringComparison.Ordinal), found[0].Start);
        Assert.Equal("الخميس", found[1].Text);
        Assert.Equal(text.Length - "الخميس".Length, found[1].Start);
        foreach (var d in found) Assert.Equal(d.Text, text.Substring(d.Start, d.Length));
    }

    [Fact]
    public void A_bom_and_crlf_do_not_shift_offsets()
    {
        var text = "\uFEFFعنوان\r\n9 فبراير 2026\r\n";
        var date = Single(text);
        Assert.Equal("9 فبراير 2026", date.Text);
        Assert.Equal(text.IndexOf('9', StringComparison.Ordinal), date.Start);
    }

    [Fact]
    public void Several_dates_in_a_paragraph_come_in_order()
    {
        var text = "أعلن قيام الدولة في 15 أيار 1948، واندلعت الحرب في 5 حزيران 1967";
        var found = DateRecognizer.Recognize(text, null);
        Assert.Equal(new[] { "1948-05-15", "1967-06-05" }, found.Select(d => d.Value?.ToIso()));
        Assert.True(found[0].Start < found[1].Start);
    }

    [Fact]
    public void Text_without_dates_gives_nothing()
    {
        Assert.Empty(DateRecognizer.Recognize("", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("حصل الفيلم على الجائزة الأولى في المهرجان", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("يقع المكتب في الطابق الـ14 من البرج", Tuesday));
        Assert.Empty(DateRecognizer.Recognize("انضمت سوريا كعضو رقم 90 في التحالف", Tuesday));
    }

    // ---------------------------------------------------------------- robustness

    [Fact]
    public void Never_throws_on_random_text_and_spans_stay_inside_it()
    {
        var pieces = new[]
        {
            "يوم", "الأحد", "أمس", "منذ", "قبل", "بعد", "الساعة", "فبراير", "شباط", "كانون", "الثاني", "رمضان", "هـ", "م", "ص",
            "2026", "9", "31", "99999999999", "٢٠٢٦", "/", "-", ".", ":", "،", " ", "  ", "\n", "\r\n", "\u200F", "\u064E", "ـ",
            "AM", "February", "ago", "الأسبوع", "الماضي", "و", "ال", "عشر", "الحادي", "0", "00:00", "24:00", "1447", "1200",
            "يومين", "ثلاثة", "أيام", "من", "الآن", "\uFEFF", "\uD83D\uDE00", "T", "Z", "+", "إلا", "ربع", "والنصف",
        };
        var random = new Random(20260210);
        var references = new DateTime?[] { null, Tuesday, DateTime.MinValue, DateTime.MaxValue, new DateTime(1, 1, 1), new DateTime(9999, 12, 31) };
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 25);
            for (var k = 0; k < length; k++)
            {
                if (random.Next(6) == 0) builder.Append((char)random.Next(0x20, 0x700));
                else builder.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0) builder.Append(' ');
            }
            var text = builder.ToString();
            foreach (var reference in references)
            {
                var found = DateRecognizer.Recognize(text, reference);
                var previousEnd = 0;
                foreach (var date in found)
                {
                    Assert.InRange(date.Start, previousEnd, text.Length);
                    Assert.InRange(date.Start + date.Length, date.Start + 1, text.Length);
                    Assert.Equal(text.Substring(date.Start, date.Length), date.Text);
                    _ = date.Value?.ToIso();
                    previousEnd = date.Start + date.Length;
                }
            }
        }
    }

    [Fact]
    public void Huge_counts_and_extreme_references_do_not_throw()
    {
        foreach (var reference in new DateTime?[] { DateTime.MinValue, DateTime.MaxValue })
        {
            foreach (var text in new[] { "منذ 99999 يوم", "بعد 99999 سنة", "الأسبوع المقبل", "الشهر الماضي", "غدا", "يوم الأحد", "في 9 فبراير", "عيد الفطر", "1 رمضان" })
                _ = DateRecognizer.Recognize(text, reference);
        }
    }
}
