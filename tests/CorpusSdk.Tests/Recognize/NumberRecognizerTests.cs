using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Recognize.Numbers;

namespace CorpusSdk.Tests.Recognize;

public class NumberRecognizerTests
{
    private static RecognizedNumber Single(string text)
    {
        var found = NumberRecognizer.Recognize(text);
        Assert.True(found.Count == 1, $"expected one number in «{text}», found {found.Count}: {string.Join(" | ", found)}");
        return found[0];
    }

    /// <summary>The one number in <paramref name="text"/> is <paramref name="expected"/> as written, with this value.</summary>
    private static void AssertOne(string text, string expected, decimal value, bool ordinal = false)
    {
        var n = Single(text);
        Assert.Equal(expected, n.Text);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), n.Start);
        Assert.Equal(expected.Length, n.Length);
        Assert.Equal(value, n.Value);
        Assert.Equal(ordinal, n.IsOrdinal);
    }

    private static decimal[] Values(string text) => NumberRecognizer.Recognize(text).Select(n => n.Value).ToArray();

    // ------------------------------------------------------------ digits

    [Theory]
    [InlineData("أعلنت الوزارة تسجيل 37 إصابة جديدة", "37", 37)]
    [InlineData("أعلنت الوزارة تسجيل ٣٧ إصابة جديدة", "٣٧", 37)]
    [InlineData("ثبت حضور ۴۸ نماینده", "۴۸", 48)]
    [InlineData("بلغ عدد الزوار 1,250,000 زائر", "1,250,000", 1250000)]
    [InlineData("بلغ عدد الزوار ١٬٢٥٠٬٠٠٠ زائر", "١٬٢٥٠٬٠٠٠", 1250000)]
    [InlineData("بلغ عدد الزوار ١،٢٥٠،٠٠٠ زائر", "١،٢٥٠،٠٠٠", 1250000)]
    [InlineData("رصدت الموازنة 15 000 دينار", "15 000", 15000)]
    [InlineData("ارتفع المؤشر 2.75 نقطة", "2.75", 2.75)]
    [InlineData("ارتفع المؤشر ٢٫٧٥ نقطة", "٢٫٧٥", 2.75)]
    [InlineData("بلغ التضخم ٣,٤ بالمئة", "٣,٤", 3.4)]
    [InlineData("سعر الصرف 1,234.50 ليرة", "1,234.50", 1234.5)]
    [InlineData("انخفضت الحرارة إلى -7 درجات", "-7", -7)]
    [InlineData("انخفضت الحرارة إلى -٧ درجات", "-٧", -7)]
    [InlineData("صفحة ال٤٥ من التقرير", "٤٥", 45)]
    [InlineData("نسبة .35 من الأصوات", ".35", 0.35)]
    public void Reads_digits_in_both_scripts_with_separators_decimals_and_signs(string text, string expected, decimal value)
        => AssertOne(text, expected, value);

    [Fact]
    public void A_comma_before_exactly_three_digits_groups_thousands_otherwise_it_is_a_decimal_comma()
    {
        Assert.Equal(new[] { 4500m }, Values("تم تخصيص 4,500 وحدة"));
        Assert.Equal(new[] { 4_500_000_000m }, Values("تم تخصيص 4,5 مليار"));
        Assert.Equal(new[] { 0.125m }, Values("النسبة 0,125"));
    }

    [Fact]
    public void Dates_times_and_addresses_are_split_into_their_parts()
    {
        Assert.Equal(new[] { 14m, 3m, 2025m }, Values("صدر القرار في 14/3/2025"));
        Assert.Equal(new[] { 2025m, 3m, 14m }, Values("2025-03-14"));
        Assert.Equal(new[] { 8m, 45m }, Values("الساعة 8:45 مساء"));
        Assert.Equal(new[] { 10m, 0m, 0m, 1m }, Values("الخادم 10.0.0.1"));
    }

    [Fact]
    public void A_lone_fraction_bar_between_two_integers_is_a_fraction()
        => AssertOne("أنجز ٣/٨ المشروع", "٣/٨", 0.375m);

    [Fact]
    public void A_year_with_an_era_letter_is_still_a_number()
    {
        AssertOne("ولد عام 1987م في القاهرة", "1987", 1987);
        AssertOne("توفي سنة ١٣٥٠هـ", "١٣٥٠", 1350);
    }

    [Theory]
    [InlineData("اشترى 30كيلو من الأرز")]
    [InlineData("سعره 45دولارا فقط")]
    [InlineData("تعمل شبكة 5G في المدينة")]
    [InlineData("هبطت طائرة B737 في المطار")]
    [InlineData("مقاتلات F-35 و MiG-29")]
    [InlineData("تحديث النظام v3.2")]
    public void Digits_glued_to_letters_are_names_or_units_not_numbers(string text)
        => Assert.Empty(NumberRecognizer.Recognize(text));

    [Fact]
    public void Phone_numbers_in_groups_are_not_merged_into_one_thousands_number()
        => Assert.Equal(new[] { 55m, 812m, 3390m }, Values("اتصل على 055 812 3390"));

    // ------------------------------------------------------------ Arabic cardinals

    [Theory]
    [InlineData("أصيب واحد من الحراس", "واحد", 1)]
    [InlineData("انضمت اثنتان من الدول", "اثنتان", 2)]
    [InlineData("غادر ثلاثة وزراء", "ثلاثة", 3)]
    [InlineData("مكث أربع ساعات", "أربع", 4)]
    [InlineData("مكث اربعه ايام", "اربعه", 4)]
    [InlineData("خلال ست سنوات", "ست", 6)]
    [InlineData("منذ عشرة أعوام", "عشرة", 10)]
    [InlineData("شارك تسعة عشر منتخبا", "تسعة عشر", 19)]
    [InlineData("وقعت ثلاث عشرة دولة", "ثلاث عشرة", 13)]
    [InlineData("أحد عشر لاعبا", "أحد عشر", 11)]
    [InlineData("اثنتا عشرة جامعة", "اثنتا عشرة", 12)]
    [InlineData("اعتقل ثمانون شخصا", "ثمانون", 80)]
    [InlineData("اعتقلت ثمانين شخصا", "ثمانين", 80)]
    [InlineData("قرابة سبعة وأربعين قتيلا", "سبعة وأربعين", 47)]
    [InlineData("قرابة سبعة و أربعين قتيلا", "سبعة و أربعين", 47)]
    [InlineData("نحو مئة مقاتل", "مئة", 100)]
    [InlineData("نحو مائتي مقاتل", "مائتي", 200)]
    [InlineData("نحو أربعمائة وخمسة مقاتلين", "أربعمائة وخمسة", 405)]
    [InlineData("نحو سبع مئة مقاتل", "سبع مئة", 700)]
    [InlineData("كلف المشروع ألف دينار", "ألف", 1000)]
    [InlineData("كلف المشروع ألفي دينار", "ألفي", 2000)]
    [InlineData("فر سبعة آلاف شخص", "سبعة آلاف", 7000)]
    [InlineData("فر ستون ألفا", "ستون ألفا", 60000)]
    [InlineData("بلغ الدين مليار دولار", "مليار", 1000000000)]
    [InlineData("بلغ الدين مليارين", "مليارين", 2000000000)]
    [InlineData("تضرر أربعة ملايين طفل", "أربعة ملايين", 4000000)]
    [InlineData("الرصيد صفر تماما", "صفر", 0)]
    public void Reads_Arabic_cardinal_words(string text, string expected, decimal value) => AssertOne(text, expected, value);

    [Theory]
    [InlineData("بلغت التكلفة سبعة ملايين وثلاثمائة ألف ومئتان وخمسون دولارا", "سبعة ملايين وثلاثمائة ألف ومئتان وخمسون", 7300250)]
    [InlineData("سجل خمسة آلاف وستمائة واثنان وثلاثون ناخبا", "خمسة آلاف وستمائة واثنان وثلاثون", 5632)]
    [InlineData("في عام ألفين وخمسة وعشرين", "ألفين وخمسة وعشرين", 2025)]
    [InlineData("أنفق مليونا وخمسمائة ألف", "مليونا وخمسمائة ألف", 1500000)]
    [InlineData("وصل تسعمئة وتسعة وتسعون ألفا", "تسعمئة وتسعة وتسعون ألفا", 999000)]
    public void Reads_compounds_joined_with_wa(string text, string expected, decimal value) => AssertOne(text, expected, value);

    [Theory]
    [InlineData("أنفقت الحكومة 4 مليارات", "4 مليارات", 4000000000)]
    [InlineData("شارك 12 ألف متطوع", "12 ألف", 12000)]
    [InlineData("بلغ العجز 2.3 مليار دولار", "2.3 مليار", 2300000000)]
    [InlineData("نزح ٧ آلاف شخص", "٧ آلاف", 7000)]
    [InlineData("خصص 3 مليون و250 ألف دينار", "3 مليون و250 ألف", 3250000)]
    public void Reads_digits_followed_by_scale_words(string text, string expected, decimal value) => AssertOne(text, expected, value);

    [Theory]
    [InlineData("وخمسة عشر جريحا", "وخمسة عشر", 15)]
    [InlineData("بخمسين صوتا", "بخمسين", 50)]
    [InlineData("لثلاثة أيام", "لثلاثة", 3)]
    [InlineData("فأربعون يوما", "فأربعون", 40)]
    [InlineData("وبثلاثمائة ألف", "وبثلاثمائة ألف", 300000)]
    [InlineData("للعشرين عاما", "للعشرين", 20)]
    public void Reads_number_words_with_attached_prefixes(string text, string expected, decimal value)
    {
        var n = Single(text);
        Assert.Equal(expected, n.Text);
        Assert.Equal(0, n.Start);
        Assert.Equal(value, n.Value);
    }

    [Theory]
    [InlineData("خمسة وعشرون", 25)]
    [InlineData("خمسةٌ وعشرونَ", 25)]
    [InlineData("خمسه وعشرون", 25)]
    [InlineData("إثنان", 2)]
    [InlineData("اثنان", 2)]
    [InlineData("إحدى عشرة", 11)]
    [InlineData("احدى عشره", 11)]
    [InlineData("احدي عشر", 11)]
    [InlineData("مائتان", 200)]
    [InlineData("مئتان", 200)]
    [InlineData("ثلاثمئة", 300)]
    [InlineData("ثلثمائة", 300)]
    [InlineData("أَلْف", 1000)]
    [InlineData("خمســـة", 5)]
    public void Spelling_variants_and_tashkeel_do_not_matter(string text, decimal value)
    {
        var n = Single(text);
        Assert.Equal(value, n.Value);
        Assert.Equal(text, n.Text); // offsets and text stay as written
        Assert.Equal(text.Length, n.Length);
    }

    [Theory]
    [InlineData("قال متحدث تلاتة وتلاتين", 33)]
    [InlineData("اتنين مليون", 2000000)]
    [InlineData("خمستاشر", 15)]
    [InlineData("تلتمية وعشرين", 320)]
    [InlineData("متين وخمسين", 250)]
    public void Reads_spoken_Egyptian_and_Levantine_forms(string text, decimal value)
        => Assert.Equal(new[] { value }, Values(text));

    // ------------------------------------------------------------ fractions and decimals in words

    [Theory]
    [InlineData("استقبلت المدينة نصف مليون زائر", "نصف مليون", 500000)]
    [InlineData("خسر ربع قيمته", "ربع", 0.25)]
    [InlineData("أنجز ثلاثة أرباع العمل", "ثلاثة أرباع", 0.75)]
    [InlineData("بلغت الخسائر مليون ونصف", "مليون ونصف", 1500000)]
    [InlineData("بلغت الخسائر مليونين ونصف المليون", "مليونين ونصف المليون", 2500000)]
    [InlineData("بلغ النمو اثنين ونصف بالمئة", "اثنين ونصف", 2.5)]
    [InlineData("يعادل خمس السكان", "خمس", 0.2)]
    [InlineData("معدل اثنين فاصلة خمسة", "اثنين فاصلة خمسة", 2.5)]
    public void Reads_fractions_in_words(string text, string expected, decimal value) => AssertOne(text, expected, value);

    [Fact]
    public void A_fraction_spelled_like_a_cardinal_is_the_cardinal_before_an_indefinite_noun_or_with_the_article()
    {
        AssertOne("أمضى خمس سنوات", "خمس", 5);
        AssertOne("خلال الأعوام العشر الماضية", "العشر", 10);
    }

    [Fact]
    public void The_singular_eighth_is_not_read_because_it_is_spelled_like_price()
        => Assert.Empty(NumberRecognizer.Recognize("ارتفع ثمن الخبز"));

    [Theory]
    [InlineData("سجلت الحرارة سالب ثلاثة", "سالب ثلاثة", -3)]
    [InlineData("سجلت الحرارة ناقص 12 درجة", "ناقص 12", -12)]
    public void Reads_negative_words(string text, string expected, decimal value) => AssertOne(text, expected, value);

    // ------------------------------------------------------------ Arabic ordinals

    [Theory]
    [InlineData("احتل المركز الأول", "الأول", 1)]
    [InlineData("احتل المركز الاول", "الاول", 1)]
    [InlineData("هذه أول زيارة", "أول", 1)]
    [InlineData("فازت بالجائزة الأولى", "الأولى", 1)]
    [InlineData("ثاني أكبر مدينة", "ثاني", 2)]
    [InlineData("الدورة الثالثة للمؤتمر", "الثالثة", 3)]
    [InlineData("الطابق الرابع", "الرابع", 4)]
    [InlineData("الفصل العاشر", "العاشر", 10)]
    [InlineData("اليوم الحادي عشر", "الحادي عشر", 11)]
    [InlineData("الليلة الحادية عشرة", "الحادية عشرة", 11)]
    [InlineData("الجولة الثانية عشرة", "الثانية عشرة", 12)]
    [InlineData("الأسبوع السابع عشر", "السابع عشر", 17)]
    [InlineData("القرن العشرين", "العشرين", 20)]
    [InlineData("الدورة الحادية والثلاثون", "الحادية والثلاثون", 31)]
    [InlineData("الذكرى الخامسة والسبعين", "الخامسة والسبعين", 75)]
    [InlineData("المؤتمر الثاني والأربعون", "الثاني والأربعون", 42)]
    [InlineData("الذكرى المئة لتأسيسها", "المئة", 100)]
    [InlineData("ذكرى ميلاده الثمانين", "الثمانين", 80)]
    [InlineData("وللمرة الثالثة", "الثالثة", 3)]
    public void Reads_Arabic_ordinals_masculine_and_feminine(string text, string expected, decimal value)
        => AssertOne(text, expected, value, ordinal: true);

    [Fact]
    public void Ordinal_with_attached_prefixes_keeps_them_in_its_span()
    {
        var found = NumberRecognizer.Recognize("في اليومين الأول والثاني");
        Assert.Equal(2, found.Count);
        Assert.Equal(new RecognizedNumber("الأول", 11, 5, 1, true), found[0]);
        Assert.Equal(new RecognizedNumber("والثاني", 17, 7, 2, true), found[1]);
    }

    [Fact]
    public void Dual_fraction_two_thirds()
    {
        var n = Single("صوت ثلثا الأعضاء");
        Assert.Equal("ثلثا", n.Text);
        Assert.Equal(2m / 3m, n.Value);
    }

    [Fact]
    public void A_definite_cardinal_below_twenty_is_a_cardinal()
        => AssertOne("عاد اللاعبون الثلاثة", "الثلاثة", 3, ordinal: false);

    // ------------------------------------------------------------ English

    [Theory]
    [InlineData("Police arrested seven people", "seven", 7, false)]
    [InlineData("at least forty-two were hurt", "forty-two", 42, false)]
    [InlineData("a budget of three hundred and ten thousand", "three hundred and ten thousand", 310000, false)]
    [InlineData("some 2.4 billion users", "2.4 billion", 2400000000, false)]
    [InlineData("nineteen hundred", "nineteen hundred", 1900, false)]
    [InlineData("the sixty-fifth session", "sixty-fifth", 65, true)]
    [InlineData("for the first time", "first", 1, true)]
    [InlineData("the ninetieth birthday", "ninetieth", 90, true)]
    [InlineData("the 22nd summit", "22nd", 22, true)]
    [InlineData("her 3rd term", "3rd", 3, true)]
    [InlineData("Twelve Angry Men", "Twelve", 12, false)]
    public void Reads_English_cardinals_and_ordinals(string text, string expected, decimal value, bool ordinal)
        => AssertOne(text, expected, value, ordinal);

    [Fact]
    public void English_pronoun_one_is_not_a_number()
    {
        Assert.Empty(NumberRecognizer.Recognize("No one was hurt and they helped one another"));
        Assert.Empty(NumberRecognizer.Recognize("He is the one who called"));
    }

    // ------------------------------------------------------------ spans of several numbers

    [Fact]
    public void Finds_every_number_with_exact_spans_in_a_news_sentence()
    {
        const string text = "قتل 14 شخصا وأصيب ثلاثة وعشرون آخرون في الانفجار الثاني خلال 2024";
        var found = NumberRecognizer.Recognize(text);
        Assert.Equal(4, found.Count);
        Assert.Equal(new RecognizedNumber("14", 4, 2, 14, false), found[0]);
        Assert.Equal(new RecognizedNumber("ثلاثة وعشرون", 18, 12, 23, false), found[1]);
        Assert.Equal(new RecognizedNumber("الثاني", 49, 6, 2, true), found[2]);
        Assert.Equal(new RecognizedNumber("2024", 61, 4, 2024, false), found[3]);
    }

    [Fact]
    public void Separate_numbers_side_by_side_are_not_merged()
    {
        Assert.Equal(new[] { 3m, 4m }, Values("ثلاثة أو أربعة"));
        Assert.Equal(new[] { 3m, 5000000m }, Values("بين 3 و5 ملايين"));
        Assert.Equal(new[] { 20m, 15m }, Values("بنسبة 20 بالمائة و15 في المئة"));
    }

    // ------------------------------------------------------------ not numbers

    [Theory]
    [InlineData("وصل الوفد يوم الاثنين")]
    [InlineData("اجتمع المجلس الأحد الماضي")]
    [InlineData("لست متأكدا من الأرقام")]
    [InlineData("خرج آلاف المتظاهرين")]
    [InlineData("مئات الآلاف من النازحين")]
    [InlineData("أي واحد منكم يعرف؟")]
    [InlineData("كل واحد يتحمل مسؤوليته")]
    [InlineData("بنى أساسا متينا على أساس متين")]
    [InlineData("بعد ثانية من الانفجار")]
    [InlineData("الحكومة الجديدة تعقد اجتماعها")]
    [InlineData("The minister said nothing new")]
    [InlineData("")]
    public void Plain_text_has_no_numbers(string text)
    {
        Assert.Empty(NumberRecognizer.Recognize(text));
    }

    [Fact]
    public void The_month_Safar_next_to_a_day_is_not_zero()
        => Assert.Equal(new[] { 12m, 1447m }, Values("الموافق 12 صفر 1447"));

    // ------------------------------------------------------------ robustness

    [Fact]
    public void Never_throws_and_returns_consistent_spans_on_random_input()
    {
        var pieces = new[]
        {
            "ثلاثة", "عشر", "عشرة", "و", "وال", "ال", "آلاف", "ألف", "مليون", "ملايين", "مائة", "مئتان", "نصف", "ربع", "أرباع", "خمس",
            "جزء", "من", "فاصلة", "سالب", "ناقص", "الحادي", "حادي", "ثانية", "متين", "الاثنين", "أحد", "صفر", "اثنا",
            "one", "hundred", "and", "twenty", "-", "first", "million", "minus", "st", "e", "E", "^", "+",
            "0", "1", "9", "٠", "٥", "٩", "۴", "12", "999", "000", ",", ".", "٫", "٬", "،", "/", ":", " ", "  ", "\n", "\u00A0",
            "\u202A", "\u200F", "\u0640", "\u064B", "م", "هـ", "A", "x", "%", "\uD83D", "\uDE00", "\uFEFB", "\uFE8E", "ـ",
            "99999999999999999999999999999999", "1e28", "1e99", "9^99", "-", "−", ".", "٫٫", "\t",
        };
        var random = new Random(20260210);
        for (var round = 0; round < 20000; round++)
        {
            var sb = new StringBuilder();
            var count = random.Next(0, 14);
            for (var k = 0; k < count; k++)
            {
                if (random.Next(8) == 0) sb.Append((char)random.Next(0, 0xFFFF));
                else sb.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0) sb.Append(' ');
            }
            var text = sb.ToString();
            IReadOnlyList<RecognizedNumber> found;
            try
            {
                found = NumberRecognizer.Recognize(text);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"threw on «{text}» ({string.Join(" ", text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))})", ex);
            }
            var end = 0;
            foreach (var n in found)
            {
                Assert.True(n.Start >= end && n.Length > 0 && n.Start + n.Length <= text.Length, $"bad span {n} in «{text}»");
                Assert.Equal(text.Substring(n.Start, n.Length), n.Text);
                end = n.Start + n.Length;
            }
        }
    }

    [Fact]
    public void Does_not_throw_on_null()
        => Assert.Empty(NumberRecognizer.Recognize(null!));

    [Fact]
    public void Is_deterministic_across_cultures()
    {
        const string text = "بلغ 1,234.5 و٢٫٥ مليون والحادي والعشرون";
        var before = NumberRecognizer.Recognize(text);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal(before, NumberRecognizer.Recognize(text));
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(before, NumberRecognizer.Recognize(text));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
        Assert.Equal(new[] { 1234.5m, 2500000m, 21m }, before.Select(n => n.Value));
    }
}
