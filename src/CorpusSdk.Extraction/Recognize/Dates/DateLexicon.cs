using System;
using System.Collections.Generic;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>
/// Every word the date recognizer knows, in one place. Entries are written as the press writes them (with hamza, teh
/// marbuta, alef maksura); they are folded with <see cref="ArabicFolding"/> when the tables are built, and the text
/// is folded the same way, so "ابريل", "أبريل" and "إبريل" are one entry. English entries are matched without case
/// except where a comment says otherwise. A multi-word entry is matched word by word.
/// </summary>
internal static class DateLexicon
{
    // ---------------------------------------------------------------------------------------------------------------
    // Months
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Gregorian month names transliterated from the European ones: Egypt, Sudan, the Gulf, Yemen, Libya, and the
    /// pan-Arab press (Al Jazeera, Asharq Al-Awsat, Sky News Arabia). يونيه/يوليه are the Egyptian spellings.
    /// </summary>
    private static readonly (string Name, int Month)[] EgyptianGulfMonths =
    {
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
        ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    };

    /// <summary>
    /// The Syriac month names of Syria, Lebanon, Jordan, Palestine and Iraq. "كانون ثاني" (no article) is the informal
    /// spelling of the same months.
    /// </summary>
    private static readonly (string Name, int Month)[] LevantineIraqiMonths =
    {
        ("كانون الثاني", 1), ("كانون ثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6),
        ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين أول", 10), ("تشرين الثاني", 11),
        ("تشرين ثاني", 11), ("كانون الأول", 12), ("كانون أول", 12),
    };

    /// <summary>
    /// Month names from French: Algeria and Tunisia (جانفي … ديسمبر), and Morocco's own set (يوليوز غشت شتنبر نونبر
    /// دجنبر, with ماي for May). مارس, أكتوبر etc. are shared with the Egyptian list.
    /// </summary>
    private static readonly (string Name, int Month)[] MaghrebiMonths =
    {
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
        ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
    };

    /// <summary>
    /// English month names and their abbreviations (English-language articles and bilingual datelines). These are
    /// matched only when capitalized as written ("May 5", not "may 5 people").
    /// </summary>
    private static readonly (string Name, int Month)[] EnglishMonths =
    {
        ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7),
        ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9), ("Sept", 9),
        ("Oct", 10), ("Nov", 11), ("Dec", 12),
    };

    /// <summary>
    /// The months of the Hijri (Islamic) calendar, as Saudi, Gulf and religious pages date with them. Both the
    /// nominative (ذو) and genitive (ذي) forms of the last two months, and the several names of months 4 to 6.
    /// </summary>
    private static readonly (string Name, int Month)[] HijriMonths =
    {
        ("محرم", 1), ("صفر", 2), ("ربيع الأول", 3), ("ربيع أول", 3), ("ربيع الآخر", 4), ("ربيع الثاني", 4),
        ("ربيع ثاني", 4), ("جمادى الأولى", 5), ("جمادى الأول", 5), ("جمادى أول", 5), ("جمادى الآخرة", 6),
        ("جمادى الثانية", 6), ("جمادى الآخر", 6), ("جمادى الثاني", 6), ("رجب", 7), ("شعبان", 8), ("رمضان", 9),
        ("شوال", 10), ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
    };

    // ---------------------------------------------------------------------------------------------------------------
    // Weekdays
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Arabic weekday names without the article; all regions use them. The recognizer takes them with the article
    /// (الأحد) anywhere, and without it only where a weekday must follow (يوم جمعة, أول ثلاثاء, احد الأسبوع): bare,
    /// أحد means "someone" and اثنين "two". الثلاثا and الاربعا are common spellings without the final hamza.
    /// </summary>
    private static readonly (string Name, DayOfWeek Day)[] ArabicWeekdays =
    {
        ("أحد", DayOfWeek.Sunday), ("اثنين", DayOfWeek.Monday), ("إثنين", DayOfWeek.Monday),
        ("ثلاثاء", DayOfWeek.Tuesday), ("ثلاثا", DayOfWeek.Tuesday), ("ثلثاء", DayOfWeek.Tuesday),
        ("أربعاء", DayOfWeek.Wednesday), ("أربعا", DayOfWeek.Wednesday), ("خميس", DayOfWeek.Thursday),
        ("جمعة", DayOfWeek.Friday), ("سبت", DayOfWeek.Saturday),
    };

    /// <summary>English weekday names and the abbreviations of RFC 822 datelines (Mon, 09 Feb 2026); capitalized.</summary>
    private static readonly (string Name, DayOfWeek Day)[] EnglishWeekdays =
    {
        ("Sunday", DayOfWeek.Sunday), ("Monday", DayOfWeek.Monday), ("Tuesday", DayOfWeek.Tuesday),
        ("Wednesday", DayOfWeek.Wednesday), ("Thursday", DayOfWeek.Thursday), ("Friday", DayOfWeek.Friday),
        ("Saturday", DayOfWeek.Saturday), ("Sun", DayOfWeek.Sunday), ("Mon", DayOfWeek.Monday), ("Tue", DayOfWeek.Tuesday),
        ("Tues", DayOfWeek.Tuesday), ("Wed", DayOfWeek.Wednesday), ("Thu", DayOfWeek.Thursday), ("Thur", DayOfWeek.Thursday),
        ("Thurs", DayOfWeek.Thursday), ("Fri", DayOfWeek.Friday), ("Sat", DayOfWeek.Saturday),
    };

    // ---------------------------------------------------------------------------------------------------------------
    // Relative words
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Days counted from the reference day: today, yesterday, tomorrow and the days around them. MSA in all regions,
    /// plus the dialect words the press quotes: البارحة (Levant, Gulf), امبارح (Egypt, Levant), بكرة/بكرا (Levant,
    /// Egypt). اليوم التالي/السابق ("the next/previous day") are anaphoric in a story; like the reference corpora we
    /// count them from the reference day.
    /// </summary>
    private static readonly (string Phrase, int Days)[] RelativeDays =
    {
        ("اليوم", 0), ("هذا اليوم", 0), ("يومنا هذا", 0), ("الليلة", 0), ("هذه الليلة", 0),
        ("أمس", -1), ("الأمس", -1), ("يوم أمس", -1), ("البارحة", -1), ("امبارح", -1), ("ليلة أمس", -1),
        ("الليلة الماضية", -1), ("اليوم السابق", -1), ("اليوم الماضي", -1), ("اليوم المنصرم", -1),
        ("أول أمس", -2), ("أول من أمس", -2), ("قبل أمس", -2), ("قبل يوم أمس", -2), ("يوم قبل أمس", -2),
        ("قبل البارحة", -2), ("أول البارحة", -2), ("قبل امبارح", -2),
        ("غدا", 1), ("غداً", 1), ("يوم غد", 1), ("يوم الغد", 1), ("بكرة", 1), ("بكرا", 1),
        ("اليوم التالي", 1), ("اليوم الآتي", 1),
        ("بعد غد", 2), ("بعد الغد", 2), ("يوم بعد غد", 2), ("بعد بكرة", 2), ("اليوم الذي بعد الغد", 2),
        ("اليوم الذي بعد غد", 2), ("اليوم اللي بعد بكرة", 2), ("اليوم الي بعد بكرة", 2), ("اليوم الذي قبل أمس", -2),
        ("اليوم اللي قبل امبارح", -2), ("اليوم الي قبل امبارح", -2), ("أمس الأول", -2),
        ("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1),
    };

    /// <summary>The present moment (minute precision): الآن in all regions, حالا "right now".</summary>
    private static readonly string[] NowWords = { "الآن", "حالا", "في هذه اللحظة", "now", "right now" };

    /// <summary>Adjectives placing a week, month or year before the reference one (masculine; feminine for سنة).</summary>
    private static readonly string[] PastAdjectives =
    {
        "الماضي", "المنصرم", "السابق", "الفائت", "المنقضي", "الماضية", "المنصرمة", "السابقة", "الفائتة", "المنقضية",
    };

    /// <summary>Adjectives placing it after the reference one; الجاي is Levantine/Gulf colloquial.</summary>
    private static readonly string[] NextAdjectives =
    {
        "المقبل", "القادم", "التالي", "الجاي", "المقبلة", "القادمة", "التالية",
    };

    /// <summary>Adjectives for the reference one itself ("الشهر الجاري" is the usual news phrasing).</summary>
    private static readonly string[] CurrentAdjectives = { "الحالي", "الجاري", "الحالية", "الجارية" };

    /// <summary>The calendar units a relative adjective attaches to: الأسبوع الماضي, الشهر الجاري, العام المقبل.</summary>
    private static readonly (string Word, CalendarUnit Unit)[] CalendarUnitWords =
    {
        ("الأسبوع", CalendarUnit.Week), ("الاسبوع", CalendarUnit.Week), ("الشهر", CalendarUnit.Month),
        ("العام", CalendarUnit.Year), ("السنة", CalendarUnit.Year),
    };

    /// <summary>Demonstratives before a calendar unit: هذا الأسبوع, هذه السنة ("this week/year").</summary>
    private static readonly string[] ThisWords = { "هذا", "هذه" };

    /// <summary>English: last/next/this + week/month/year.</summary>
    private static readonly (string Word, int Offset)[] EnglishCalendarAdjectives = { ("last", -1), ("past", -1), ("next", 1), ("this", 0) };

    private static readonly (string Word, CalendarUnit Unit)[] EnglishCalendarUnits =
    {
        ("week", CalendarUnit.Week), ("month", CalendarUnit.Month), ("year", CalendarUnit.Year),
    };

    /// <summary>
    /// Words that count back (منذ "since / … ago", قبل "before / … ago") or forward (بعد "after / in") from the
    /// reference: منذ ثلاثة أيام, قبل أسبوع, بعد يومين.
    /// </summary>
    private static readonly (string Word, int Sign)[] DurationDirections = { ("منذ", -1), ("قبل", -1), ("بعد", 1), ("in", 1) };

    /// <summary>
    /// Duration units, singular, dual and plural (with the accusative -اً/-ا forms numbers above ten take). The dual
    /// carries its own count (يومين = two days). عقد is a decade.
    /// </summary>
    private static readonly (string Word, DurationUnit Unit, int Count)[] DurationUnitWords =
    {
        ("يوم", DurationUnit.Day, 1), ("أيام", DurationUnit.Day, 0), ("يوما", DurationUnit.Day, 0), ("يوماً", DurationUnit.Day, 0),
        ("يومين", DurationUnit.Day, 2), ("يومان", DurationUnit.Day, 2),
        ("أسبوع", DurationUnit.Week, 1), ("أسابيع", DurationUnit.Week, 0), ("أسبوعا", DurationUnit.Week, 0),
        ("أسبوعين", DurationUnit.Week, 2), ("أسبوعان", DurationUnit.Week, 2),
        ("شهر", DurationUnit.Month, 1), ("أشهر", DurationUnit.Month, 0), ("شهور", DurationUnit.Month, 0),
        ("شهرا", DurationUnit.Month, 0), ("شهراً", DurationUnit.Month, 0), ("شهرين", DurationUnit.Month, 2), ("شهران", DurationUnit.Month, 2),
        ("عام", DurationUnit.Year, 1), ("أعوام", DurationUnit.Year, 0), ("عاما", DurationUnit.Year, 0), ("عاماً", DurationUnit.Year, 0),
        ("عامين", DurationUnit.Year, 2), ("عامان", DurationUnit.Year, 2),
        ("سنة", DurationUnit.Year, 1), ("سنوات", DurationUnit.Year, 0), ("سنين", DurationUnit.Year, 0),
        ("سنتين", DurationUnit.Year, 2), ("سنتان", DurationUnit.Year, 2), ("عقد", DurationUnit.Decade, 1),
        ("عقود", DurationUnit.Decade, 0), ("عقدين", DurationUnit.Decade, 2),
        ("ساعة", DurationUnit.Hour, 1), ("ساعات", DurationUnit.Hour, 0), ("ساعتين", DurationUnit.Hour, 2), ("ساعتان", DurationUnit.Hour, 2),
        ("دقيقة", DurationUnit.Minute, 1), ("دقائق", DurationUnit.Minute, 0), ("دقيقتين", DurationUnit.Minute, 2),
        ("day", DurationUnit.Day, 1), ("days", DurationUnit.Day, 0), ("week", DurationUnit.Week, 1), ("weeks", DurationUnit.Week, 0),
        ("month", DurationUnit.Month, 1), ("months", DurationUnit.Month, 0), ("year", DurationUnit.Year, 1),
        ("years", DurationUnit.Year, 0), ("hour", DurationUnit.Hour, 1), ("hours", DurationUnit.Hour, 0),
        ("minute", DurationUnit.Minute, 1), ("minutes", DurationUnit.Minute, 0), ("decade", DurationUnit.Decade, 1),
        ("decades", DurationUnit.Decade, 0),
    };

    /// <summary>Vague counts ("a few days"): the expression is a date, but not one we can resolve.</summary>
    private static readonly string[] VagueCounts = { "بضعة", "بضع", "عدة", "few", "several" };

    /// <summary>The English "a week ago": a/an stands for one.</summary>
    private static readonly string[] EnglishOne = { "a", "an", "one" };

    // ---------------------------------------------------------------------------------------------------------------
    // Times of day
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Words after (or before) a clock time that say which half of the day it is in. Before noon: ص (dateline
    /// abbreviation), صباحا, الصبح (colloquial), فجرا (dawn), قبل الظهر. After noon: م, مساء, عصرا (afternoon),
    /// بعد الظهر, بعد العصر, المغرب/العشاء (the sunset and night prayers, used as times of day in the Levant and the
    /// Gulf), ليلا. Noon: ظهرا. The single letters ص and م are taken only after hh:mm or الساعة (alone they are
    /// "page" and "metre").
    /// </summary>
    private static readonly (string Phrase, DayPeriod Period)[] DayPeriods =
    {
        ("ص", DayPeriod.Morning), ("صباحا", DayPeriod.Morning), ("صباحاً", DayPeriod.Morning), ("صباح", DayPeriod.Morning),
        ("الصباح", DayPeriod.Morning), ("في الصباح", DayPeriod.Morning), ("هذا الصباح", DayPeriod.Morning),
        ("الصبح", DayPeriod.Morning), ("فجرا", DayPeriod.Morning), ("فجراً", DayPeriod.Morning), ("الفجر", DayPeriod.Morning),
        ("قبل الظهر", DayPeriod.Morning), ("قبل الظهيرة", DayPeriod.Morning),
        ("م", DayPeriod.Evening), ("مساء", DayPeriod.Evening), ("مساءً", DayPeriod.Evening), ("مساءا", DayPeriod.Evening),
        ("المساء", DayPeriod.Evening), ("في المساء", DayPeriod.Evening), ("هذا المساء", DayPeriod.Evening),
        ("عصرا", DayPeriod.Evening), ("عصراً", DayPeriod.Evening), ("العصر", DayPeriod.Evening), ("بعد العصر", DayPeriod.Evening),
        ("بعد الظهر", DayPeriod.Evening), ("بعد الظهيرة", DayPeriod.Evening), ("المغرب", DayPeriod.Evening),
        ("بعد المغرب", DayPeriod.Evening), ("قبل المغرب", DayPeriod.Evening), ("العشاء", DayPeriod.Evening),
        ("بعد العشاء", DayPeriod.Evening),
        ("ليلا", DayPeriod.Night), ("ليلاً", DayPeriod.Night), ("الليل", DayPeriod.Night), ("في الليل", DayPeriod.Night),
        ("بالليل", DayPeriod.Night), ("في الليلة", DayPeriod.Night), ("هذه الليلة", DayPeriod.Night), ("منتصف الليل", DayPeriod.Night),
        ("ظهرا", DayPeriod.Noon), ("ظهراً", DayPeriod.Noon), ("الظهر", DayPeriod.Noon), ("وقت الغداء", DayPeriod.Noon),
        ("am", DayPeriod.Morning), ("a.m.", DayPeriod.Morning), ("pm", DayPeriod.Evening), ("p.m.", DayPeriod.Evening),
    };

    /// <summary>Times of day named by a word alone: midnight and noon (exact, unlike "morning" or "afternoon").</summary>
    private static readonly (string Phrase, int Hour)[] NamedTimes =
    {
        ("منتصف الليل", 0), ("منتصف النهار", 12), ("الظهيرة", 12), ("وقت الظهيرة", 12), ("midnight", 0), ("noon", 12), ("midday", 12),
    };

    /// <summary>The word that introduces a clock time and belongs to it: الساعة ("at … o'clock").</summary>
    private static readonly string[] ClockWords = { "الساعة" };

    /// <summary>Approximations and prepositions before a clock time, kept in its span: حوالي الساعة 3, عند 14:24, على الساعة (Maghreb).</summary>

    private static readonly string[] ClockApproximations = { "حوالي", "حوالى", "نحو", "قرابة", "بحدود", "تمام", "في تمام", "عند", "عند تمام", "على", "around", "at", "about" };

    /// <summary>Fractions of an hour after a clock time: والنصف (half past), والربع (quarter past), وثلث (twenty past).</summary>
    private static readonly (string Phrase, int Minutes)[] HourFractions =
    {
        ("النصف", 30), ("نصف", 30), ("الربع", 15), ("ربع", 15), ("ربعا", 15), ("ربعاً", 15), ("الثلث", 20), ("ثلث", 20),
        ("ثلثا", 20), ("ثلاثة أرباع", 45), ("ثلاث أرباع", 45),
    };

    /// <summary>"إلا" (less): الثامنة إلا ربعا = 7:45.</summary>
    private static readonly string[] MinusWords = { "إلا", "الا" };

    private static readonly string[] MinuteWords = { "دقيقة", "دقائق", "دقيقه" };

    /// <summary>"بتوقيت غرينتش" / "بتوقيت مكة": a time zone follows; kept in the span, not converted.</summary>
    private static readonly string[] TimeZoneWords = { "بتوقيت", "بالتوقيت", "توقيت", "GMT", "UTC" };

    // ---------------------------------------------------------------------------------------------------------------
    // Holidays
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Holidays the press dates events by. Islamic ones fall on a Hijri day (computed with Umm al-Qura; a country that
    /// goes by its own moon sighting may keep them a day apart); Christmas is the Western 25 December (Copts and
    /// Orthodox churches keep 7 January, written "عيد الميلاد المجيد" in Egypt: not listed, as it is ambiguous);
    /// Easter is the Western (Gregorian) one.
    /// </summary>
    private static readonly (string Phrase, Holiday Holiday)[] HolidayNames =
    {
        ("عيد الفطر", new Holiday(HolidayCalendar.Hijri, 10, 1)), ("عيد الأضحى", new Holiday(HolidayCalendar.Hijri, 12, 10)),
        ("رأس السنة الهجرية", new Holiday(HolidayCalendar.Hijri, 1, 1)), ("المولد النبوي", new Holiday(HolidayCalendar.Hijri, 3, 12)),
        ("يوم عرفة", new Holiday(HolidayCalendar.Hijri, 12, 9)), ("وقفة عرفات", new Holiday(HolidayCalendar.Hijri, 12, 9)),
        ("يوم عاشوراء", new Holiday(HolidayCalendar.Hijri, 1, 10)), ("ليلة القدر", new Holiday(HolidayCalendar.Hijri, 9, 27)),
        ("الإسراء والمعراج", new Holiday(HolidayCalendar.Hijri, 7, 27)),
        ("عيد الميلاد", new Holiday(HolidayCalendar.Gregorian, 12, 25)), ("كريسماس", new Holiday(HolidayCalendar.Gregorian, 12, 25)),
        ("الكريسماس", new Holiday(HolidayCalendar.Gregorian, 12, 25)), ("رأس السنة الميلادية", new Holiday(HolidayCalendar.Gregorian, 1, 1)),
        ("عيد العمال", new Holiday(HolidayCalendar.Gregorian, 5, 1)), ("عيد الحب", new Holiday(HolidayCalendar.Gregorian, 2, 14)),
        ("عيد الفصح", new Holiday(HolidayCalendar.Easter, 0, 0)),
        ("Christmas", new Holiday(HolidayCalendar.Gregorian, 12, 25)), ("Easter", new Holiday(HolidayCalendar.Easter, 0, 0)),
        ("Eid al-Fitr", new Holiday(HolidayCalendar.Hijri, 10, 1)), ("Eid al-Adha", new Holiday(HolidayCalendar.Hijri, 12, 10)),
    };

    // ---------------------------------------------------------------------------------------------------------------
    // Connecting words
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Parts of a day: صباح الأحد, مساء أمس, فجر اليوم, ليلة الخميس. They belong to the date expression that follows
    /// them but do not make it a time.
    /// </summary>
    private static readonly string[] DayParts = { "صباح", "صبيحة", "مساء", "ظهر", "ظهيرة", "عصر", "فجر", "ليلة", "ليل", "نهار", "عشية" };

    /// <summary>Words that introduce the year after a day and month: 9 فبراير من عام 2026, 5 مايو سنة 1948, لعام 2014.</summary>
    private static readonly string[] YearWords = { "عام", "العام", "سنة", "السنة", "لعام", "لسنة", "بعام", "بسنة", "من عام", "من سنة", "في عام", "في سنة", "من العام", "year" };

    /// <summary>Era markers after a year: هـ / هجري (Hijri), م / ميلادي (Gregorian), AD.</summary>
    private static readonly string[] HijriMarkers = { "هـ", "ه", "هجري", "هجرية", "للهجرة", "AH" };

    private static readonly string[] GregorianMarkers = { "م", "ميلادي", "ميلادية", "للميلاد", "AD", "CE" };

    /// <summary>The word "month", which may stand before a month name or number: شهر شباط, شهر 3.</summary>
    private static readonly string[] MonthWords = { "شهر", "الشهر" };

    /// <summary>The word "day", before a weekday or a day of the month: يوم الأحد, يوم 27.</summary>
    private static readonly string[] DayWords = { "يوم", "يومي" };

    /// <summary>Words of a month's parts: منتصف مارس (mid), بداية/مطلع (start), أوائل/أواخر (early/late), نهاية (end).</summary>
    private static readonly string[] MonthPartWords = { "منتصف", "نص", "نصف", "بداية", "مطلع", "أوائل", "أواسط", "أواخر", "نهاية", "early", "mid", "late" };

    /// <summary>Words that mean "last" for the last weekday of a month or last day: آخر اثنين, الاثنين الأخير.</summary>
    private static readonly string[] LastWords = { "آخر", "الأخير", "الأخيرة" };

    /// <summary>Joining words allowed between the parts of one expression (a weekday, a date, a time).</summary>
    private static readonly string[] Connectors = { "الموافق", "الموافقة", "في", "من", "عند", "على", "ل", "at", "on", "of", "the" };

    // ---------------------------------------------------------------------------------------------------------------
    // Built tables
    // ---------------------------------------------------------------------------------------------------------------

    internal static readonly PhraseTable<MonthName> Months = BuildMonths();
    internal static readonly PhraseTable<DayOfWeek> Weekdays = Build(ArabicWeekdays, w => w.Name, w => w.Day);
    internal static readonly PhraseTable<DayOfWeek> WeekdaysWithArticle = Build(ArabicWeekdays, w => "ال" + w.Name, w => w.Day);
    internal static readonly PhraseTable<DayOfWeek> EnglishWeekdayNames = Build(EnglishWeekdays, w => w.Name, w => w.Day, caseSensitive: true);
    internal static readonly PhraseTable<int> RelativeDayWords = Build(RelativeDays, r => r.Phrase, r => r.Days);
    internal static readonly PhraseTable<bool> Now = Build(NowWords, w => w, _ => true);
    internal static readonly PhraseTable<int> CalendarAdjectives = BuildCalendarAdjectives();
    internal static readonly PhraseTable<CalendarUnit> CalendarUnits = Build(CalendarUnitWords, w => w.Word, w => w.Unit);
    internal static readonly PhraseTable<bool> This = Build(ThisWords, w => w, _ => true);
    internal static readonly PhraseTable<int> EnglishAdjectives = Build(EnglishCalendarAdjectives, w => w.Word, w => w.Offset);
    internal static readonly PhraseTable<CalendarUnit> EnglishUnits = Build(EnglishCalendarUnits, w => w.Word, w => w.Unit);
    internal static readonly PhraseTable<int> Directions = Build(DurationDirections, w => w.Word, w => w.Sign);
    internal static readonly PhraseTable<(DurationUnit Unit, int Count)> DurationUnits = Build(DurationUnitWords, w => w.Word, w => (w.Unit, w.Count));
    internal static readonly PhraseTable<bool> Vague = Build(VagueCounts, w => w, _ => true);
    internal static readonly PhraseTable<bool> One = Build(EnglishOne, w => w, _ => true);
    internal static readonly PhraseTable<DayPeriod> Periods = Build(DayPeriods, p => p.Phrase, p => p.Period);
    internal static readonly PhraseTable<int> Named = Build(NamedTimes, p => p.Phrase, p => p.Hour);
    internal static readonly PhraseTable<bool> Clock = Build(ClockWords, w => w, _ => true);
    internal static readonly PhraseTable<bool> Approximations = Build(ClockApproximations, w => w, _ => true);
    internal static readonly PhraseTable<int> Fractions = Build(HourFractions, f => f.Phrase, f => f.Minutes);
    internal static readonly PhraseTable<bool> Minus = Build(MinusWords, w => w, _ => true);
    internal static readonly PhraseTable<bool> Minute = Build(MinuteWords, w => w, _ => true);
    internal static readonly PhraseTable<bool> TimeZone = Build(TimeZoneWords, w => w, _ => true);
    internal static readonly PhraseTable<bool> DayPart = Build(DayParts, w => w, _ => true);
    internal static readonly PhraseTable<bool> Year = Build(YearWords, w => w, _ => true);
    internal static readonly PhraseTable<bool> Hijri = Build(HijriMarkers, w => w, _ => true);
    internal static readonly PhraseTable<bool> Gregorian = Build(GregorianMarkers, w => w, _ => true);
    internal static readonly PhraseTable<bool> Month = Build(MonthWords, w => w, _ => true);
    internal static readonly PhraseTable<bool> Day = Build(DayWords, w => w, _ => true);
    internal static readonly PhraseTable<bool> MonthParts = Build(MonthPartWords, w => w, _ => true);
    internal static readonly PhraseTable<bool> Last = Build(LastWords, w => w, _ => true);
    internal static readonly PhraseTable<Holiday> Holidays = Build(HolidayNames, h => h.Phrase, h => h.Holiday);
    internal static readonly PhraseTable<bool> Joiners = Build(Connectors, w => w, _ => true);

    private static PhraseTable<MonthName> BuildMonths()
    {
        var table = new PhraseTable<MonthName>();
        foreach (var (name, month) in EgyptianGulfMonths) table.Add(name, new MonthName(month, false, false));
        foreach (var (name, month) in LevantineIraqiMonths) table.Add(name, new MonthName(month, false, false));
        foreach (var (name, month) in MaghrebiMonths) table.Add(name, new MonthName(month, false, false));
        foreach (var (name, month) in EnglishMonths) table.Add(name, new MonthName(month, false, true), caseSensitive: true);
        foreach (var (name, month) in HijriMonths) table.Add(name, new MonthName(month, true, false));
        return table;
    }

    private static PhraseTable<int> BuildCalendarAdjectives()
    {
        var table = new PhraseTable<int>();
        foreach (var w in PastAdjectives) table.Add(w, -1);
        foreach (var w in NextAdjectives) table.Add(w, 1);
        foreach (var w in CurrentAdjectives) table.Add(w, 0);
        return table;
    }

    private static PhraseTable<TValue> Build<TItem, TValue>(IEnumerable<TItem> items, Func<TItem, string> phrase, Func<TItem, TValue> value, bool caseSensitive = false)
    {
        var table = new PhraseTable<TValue>();
        foreach (var item in items) table.Add(phrase(item), value(item), caseSensitive);
        return table;
    }
}

/// <summary>A month name found in text: its number, and whether it is a Hijri or an English one.</summary>
internal readonly record struct MonthName(int Number, bool IsHijri, bool IsEnglish);

internal enum CalendarUnit { Week, Month, Year }

internal enum HolidayCalendar { Gregorian, Hijri, Easter }

/// <summary>A holiday's day: a Gregorian or Hijri month and day, or Easter (computed per year).</summary>
internal readonly record struct Holiday(HolidayCalendar Calendar, int Month, int Day);

internal enum DurationUnit { Minute, Hour, Day, Week, Month, Year, Decade }

/// <summary>Which half of the day a clock time is in.</summary>
internal enum DayPeriod { Morning, Noon, Evening, Night }

/// <summary>
/// Phrases (one or more words, folded) mapped to values. Lookup is by the first word; the longest phrase that
/// matches the tokens wins.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value, bool CaseSensitive)>> byFirst = new(StringComparer.Ordinal);

    public void Add(string phrase, T value, bool caseSensitive = false)
    {
        var words = Split(caseSensitive ? phrase : ArabicFolding.Fold(phrase));
        var key = FirstToken(words[0]).ToLowerInvariant();
        if (!byFirst.TryGetValue(key, out var list)) byFirst[key] = list = new List<(string[], T, bool)>();
        list.Add((words, value, caseSensitive));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The phrases whose first word is <paramref name="firstWord"/> (folded), longest first.</summary>
    public IReadOnlyList<(string[] Words, T Value, bool CaseSensitive)> Candidates(string firstWord) =>
        byFirst.TryGetValue(firstWord, out var list) ? list : (IReadOnlyList<(string[], T, bool)>)Array.Empty<(string[], T, bool)>();

    /// <summary>
    /// The first token of a word as <see cref="DateText"/> cuts it ("a" of "a.m.", "o" of "o'clock"): lookup is by the
    /// token the text starts with.
    /// </summary>
    private static string FirstToken(string word)
    {
        var end = 1;
        if (char.IsLetter(word[0]))
        {
            var latin = word[0] < 0x0250;
            while (end < word.Length && char.IsLetter(word[end]) && (word[end] < 0x0250) == latin) end++;
        }
        else if (char.IsDigit(word[0]))
        {
            while (end < word.Length && char.IsDigit(word[end])) end++;
        }
        return word.Substring(0, end);
    }

    /// <summary>Words of a phrase: split at spaces; "a.m." stays one word and is matched as the tokens a . m .</summary>
    private static string[] Split(string phrase) => phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
}
