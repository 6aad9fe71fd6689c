using System;
using System.Collections.Concurrent;
using CorpusSdk.Extraction.Normalize;
using L = CorpusSdk.Extraction.Recognize.Dates.DateLexicon;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>
/// The parsers for the parts of a date expression: an explicit date, a time of day, a weekday, a relative date.
/// Each reads tokens from a position and returns a <see cref="Draft"/> covering what it read, or null. Each rule
/// lives in one method, named for the form it reads.
/// </summary>
internal sealed class DateGrammar
{
    private readonly DateText t;

    /// <summary>The token the current part starts at: it may open a line; every later token must be on that line.</summary>
    private int start;

    public DateGrammar(DateText text) => t = text;

    /// <summary>Token <paramref name="k"/> exists and continues the line of the part being read.</summary>
    private bool On(int k) => k >= 0 && k < t.Count && (k == start || !t[k].BreakBefore);

    /// <summary>The longest part that starts at token <paramref name="i"/>, or null.</summary>
    public Draft? Piece(int i)
    {
        if (i < 0 || i >= t.Count) return null;
        start = i;
        Draft? best = null;
        Consider(ref best, Date(i));
        Consider(ref best, Weekday(i));
        Consider(ref best, Relative(i));
        Consider(ref best, Time(i));
        Consider(ref best, DayPartBefore(i));
        return best;
    }

    /// <summary>A word or mark that may stand between two parts of one expression (، - | الموافق في).</summary>
    public bool IsConnector(int i) =>
        On(i) && (t.IsPunct(i, ",،-–—|/") || t.Match(L.Joiners, i, Clitics.None, out _, out _) > 0);

    private static void Consider(ref Draft? best, Draft? candidate)
    {
        if (candidate is not null && (best is null || candidate.To > best.To)) best = candidate;
    }

    /// <summary>Token <paramref name="i"/> is the word <paramref name="word"/> (compared folded: على = علي).</summary>
    private bool Word(int i, string word) => t.IsWord(i) && On(i) && t[i].Text == Folded(word);

    private static readonly ConcurrentDictionary<string, string> FoldedWords = new(StringComparer.Ordinal);

    private static string Folded(string word) => FoldedWords.GetOrAdd(word, ArabicFolding.Fold);

    private int MatchOnLine<T>(PhraseTable<T> table, int i, Clitics clitics, out T value, out int skip)
    {
        value = default!;
        skip = 0;
        return On(i) ? t.Match(table, i, clitics, out value, out skip) : -1;
    }

    // ===============================================================================================================
    // Explicit dates
    // ===============================================================================================================

    /// <summary>The longest explicit date at <paramref name="i"/>.</summary>
    public Draft? Date(int i)
    {
        // Callers look for a date after what they read ("Mon, …"), which may be past the last token.
        if (i < 0 || i >= t.Count) return null;
        Draft? best = null;
        Consider(ref best, NumericDate(i));
        Consider(ref best, DayMonthYear(i));
        Consider(ref best, MonthDayYear(i));
        Consider(ref best, MonthYear(i));
        Consider(ref best, YearMonthDay(i));
        Consider(ref best, YearAlone(i));
        Consider(ref best, DayOfMonthAlone(i));
        Consider(ref best, HolidayDate(i));
        Consider(ref best, OrdinalDayAlone(i));
        Consider(ref best, LastDayOfMonth(i));
        Consider(ref best, WeekOfMonth(i));
        return best;
    }

    /// <summary>
    /// "الأسبوع الأول من أكتوبر 2014", "آخر أسبوع في سبتمبر", "أول أسبوع بشهر عشرة": a week of a month, given as its
    /// Monday (weeks are ISO weeks; the first is the one that starts on the month's first Monday, the last the last
    /// one that ends in the month).
    /// </summary>
    private Draft? WeekOfMonth(int i)
    {
        int n;
        int k;
        var last = MatchOnLine(L.Last, i, Clitics.Conjunction, out _, out var skip);
        var ordinal = last > 0 ? null : t.WordNumberAt(i);
        if ((last > 0 || ordinal is { IsOrdinal: true }) && (Word(last > 0 ? last : ordinal!.Value.EndToken, "أسبوع")))
        {
            n = last > 0 ? -1 : (int)Math.Min(ordinal!.Value.Value, 6);
            k = (last > 0 ? last : ordinal!.Value.EndToken) + 1;
        }
        else if (Word(i, "الأسبوع") && t.WordNumberAt(i + 1) is { IsOrdinal: true } o && On(i + 1))
        {
            n = (int)Math.Min(o.Value, 6);
            k = o.EndToken;
        }
        else if (Word(i, "الأسبوع") && MatchOnLine(L.Last, i + 1, Clitics.None, out _, out _) is var e && e > 0)
        {
            n = -1;
            k = e;
        }
        else return null;
        if (n == 0 || n > 5) return null;
        var draft = new Draft { From = i, To = k, Skip = last > 0 ? skip : 0, WeekOfMonth = n };
        return OfMonth(draft, k) ? draft : null;
    }

    /// <summary>
    /// A definite ordinal from 11 to 31 alone after في/إلى/ل, closing its clause: "عاد في الثاني والعشرين.", "عدت
    /// للثلاثين". Arabic leaves out "من الشهر" when the month is clear. Only ordinals: a cardinal there is a count
    /// ("ارتفع إلى 27."); and not the first ten, which stand for a place or a round ("جاء زميله في الثاني.").
    /// Only closing the clause: "في الحادي عشر من" or "في الشوط الثاني" are something else.
    /// </summary>
    private Draft? OrdinalDayAlone(int i)
    {
        if (t.WordNumberAt(i) is not { IsOrdinal: true } n || n.Value < 11 || n.Value > 31 || n.Value != Math.Floor(n.Value)) return null;
        var word = t[i].Text;
        var fused = word.StartsWith("لل", StringComparison.Ordinal);
        var afterPreposition = i > 0 && !t[i].BreakBefore && t.IsWord(i - 1) && (t[i - 1].Text is "في" or "الي" or "الى");
        if (!(fused || (afterPreposition && word.StartsWith("ال", StringComparison.Ordinal)))) return null;
        // "في السابعة": a feminine ordinal up to twelve agrees with الساعة, an hour (see FeminineHourAfterIn).
        if (afterPreposition && n.Value <= 12 && IsFeminineOrdinal(i)) return null;
        var end = n.EndToken;
        if (On(end) && !(t[end].Kind == TokenKind.Punct && !t.IsPunct(end, ":-/"))) return null;
        return new Draft { From = i, To = end, Day = (int)n.Value };
    }

    /// <summary>"آخر يوم من شهر أكتوبر 2015", "اليوم الأخير من فبراير": the month's last day, whatever its length.</summary>
    private Draft? LastDayOfMonth(int i)
    {
        int k;
        var last = MatchOnLine(L.Last, i, Clitics.Conjunction, out _, out var skip);
        if (last > 0 && Word(last, "يوم")) k = last + 1;
        else if (Word(i, "اليوم") && MatchOnLine(L.Last, i + 1, Clitics.None, out _, out _) is var e && e > 0) k = e;
        else return null;
        var j = Word(k, "من") || Word(k, "في") ? k + 1 : k;
        var month = MonthReference(j, allowRelative: true, allowNumber: true);
        if (month is null || month.Value.IsHijri) return null;
        var draft = new Draft { From = i, To = month.Value.End, Skip = skip, Day = 31, LastDayOfMonth = true };
        if (month.Value.Offset is int offset) draft.MonthOffset = offset;
        else
        {
            draft.Month = month.Value.Number;
            ApplyYear(draft);
        }
        return draft;
    }

    /// <summary>A holiday, with an optional year: عيد الأضحى, عيد الفطر 2013, عيد الفطر 1447 هـ, Christmas 2020.</summary>
    private Draft? HolidayDate(int i)
    {
        var end = MatchOnLine(L.Holidays, i, Clitics.All, out var holiday, out var skip);   // بعيد الفطر, لعيد الأضحى
        if (end < 0) return null;
        var draft = new Draft { From = i, To = end, Skip = skip, Holiday = holiday };
        ApplyYear(draft);
        // A Hijri holiday with a Hijri year (1447, or هـ) is read in that year; any other year is Gregorian.
        draft.Hijri = holiday.Calendar == HolidayCalendar.Hijri && draft.Year is >= 1300 and <= 1500;
        return draft;
    }

    /// <summary>
    /// 9/2/2026, 09-02-2026, 2026-02-10, 2026/2/10, 9.2.2026, 9/2 and 2/2026. Arabic news writes the day first; a
    /// four-digit first part is a year (ISO order). A middle part above 12 with a first part that fits a month is
    /// read month-first (US order). Day and month alone need the slash (9-2 is a score, 4.22 a decimal). A date whose
    /// parts fit their ranges but not the calendar (31/2/2026) is kept, with no value.
    /// </summary>
    private Draft? NumericDate(int i)
    {
        if (!t.IsNumber(i) || (t.Glued(i) && (t.IsNumber(i - 1) || t.IsPunct(i - 1, "/-.:"))) ) return null;
        // "القرار رقم 4/22", "No. 12/2026": a number, not a date.
        if (i > 0 && !t[i].BreakBefore && (t[i - 1].Text is "رقم" or "برقم" or "no" || (t.IsPunct(i - 1, '.') && i > 1 && t[i - 2].Text == "no"))) return null;
        var parts = new int[3];
        var lengths = new int[3];
        var count = 0;
        char separator = '\0';
        var k = i;
        while (count < 3)
        {
            var value = t.DigitsAt(k, 4);
            if (value is null) break;
            parts[count] = value.Value;
            lengths[count] = t[k].Text.Length;
            count++;
            k++;
            if (count == 3) break;
            // Separators: / - . written tight; / also with spaces around it (9 / 2 / 2026).
            var sep = SeparatorAt(k, count == 1 ? '\0' : separator);
            if (sep.Char == '\0' || !t.IsNumber(sep.Next) || !On(sep.Next)) break;
            separator = sep.Char;
            k = sep.Next;
        }
        if (count < 2) return null;
        // "1.2.3.4", "2016/2017/2018", a version or a list: not a date.
        if (t.Glued(k) && (t.IsPunct(k, "/-.:") && t.IsNumber(k + 1) && t.Glued(k + 1))) return null;
        if (t.Glued(k) && t.IsNumber(k)) return null;

        int? year = null, month, day = null;
        var end = k;
        if (count == 3)
        {
            if (lengths[0] == 4)
            {
                if (lengths[1] > 2 || lengths[2] > 2) return null;
                (year, month, day) = (parts[0], parts[1], parts[2]);
            }
            else
            {
                if (lengths[0] > 2 || lengths[1] > 2 || (lengths[2] != 2 && lengths[2] != 4)) return null;
                (day, month) = (parts[0], parts[1]);
                if (month > 12 && day <= 12) (day, month) = (month, day);
                year = lengths[2] == 4 ? parts[2] : TwoDigitYear(parts[2]);
            }
        }
        else
        {
            if (separator != '/' && !(separator == '-' && lengths[0] == 4) && !(lengths[1] == 4)) return null;
            if (lengths[0] == 4 && lengths[1] <= 2) (year, month) = (parts[0], parts[1]);          // 2026/02
            else if (lengths[0] <= 2 && lengths[1] == 4) (year, month) = (parts[1], parts[0]);     // 2/2026
            else if (lengths[0] <= 2 && lengths[1] <= 2 && separator == '/')
            {
                (day, month) = (parts[0], parts[1]);
                if (month > 12 && day <= 12) (day, month) = (month, day);
                // "11/12, 2016": a year after a comma completes it.
                var y = CommaYear(end);
                if (y is not null) { year = y.Value.Year; end = y.Value.End; }
            }
            else return null;
        }
        if (month is < 1 or > 12 || day is < 1 or > 31 || year is < 1 or > 9999) return null;

        var draft = new Draft { From = i, To = end, Year = year, Month = month, Day = day };
        var marker = EraMarker(end);
        if (marker.End > 0) draft.To = marker.End;
        // A Hijri year of this era (13xx-14xx) never appears as a Gregorian year in a numeric date in the news.
        draft.Hijri = marker.Hijri || (!marker.Gregorian && year is >= 1300 and <= 1500 && day is not null);
        CheckCalendar(draft);
        return draft;
    }

    private (char Char, int Next) SeparatorAt(int k, char required)
    {
        if (!On(k) || !t.IsPunct(k, "/-.")) return ('\0', -1);
        var c = t[k].Text[0];
        if (required != '\0' && c != required) return ('\0', -1);
        var tight = t.Glued(k) && t.Glued(k + 1);
        if (!tight && c != '/') return ('\0', -1);
        return (c, k + 1);
    }

    private (int Year, int End)? CommaYear(int k)
    {
        if (!t.IsPunct(k, ",،") || !On(k + 1)) return null;
        var y = t.DigitsAt(k + 1, 4);
        if (y is null) return null;
        var length = t[k + 1].Text.Length;
        if (length == 4) return (y.Value, k + 2);
        if (length == 2) return (TwoDigitYear(y.Value), k + 2);
        return null;
    }

    /// <summary>A two-digit year: 00-49 are this century, 50-99 the last (26 → 2026, 98 → 1998).</summary>
    private static int TwoDigitYear(int yy) => yy < 50 ? 2000 + yy : 1900 + yy;

    /// <summary>
    /// A day, an optional month word, a month and an optional year: 9 فبراير 2026, 9 من فبراير, الحادي عشر من شباط,
    /// 16. نوفمبر. 2016, أول يناير, اليوم الثالث من أكتوبر, ثالث يوم من شهر عشرة, 20 من الشهر القادم, 21 شعبان 1447 هـ.
    /// </summary>
    private Draft? DayMonthYear(int i)
    {
        var k = i;
        var skip = 0;
        // "يوم 9 فبراير", "اليوم الثالث من أكتوبر": the word "day" before the day.
        if (On(k) && (Word(k, "يوم") || Word(k, "اليوم")) && (t.IsNumber(k + 1) || t.WordNumberAt(k + 1) is not null)) k++;
        var day = DayNumber(k, allowWords: true);
        if (day is null) return null;
        if (k == i) skip = day.Value.Skip;
        k = day.Value.End;
        if (day.Value.IsWord && Word(k, "يوم")) k++;                                 // ثالث يوم من شهر عشرة
        if (!day.Value.IsWord && On(k) && t.IsPunct(k, ".-/")) k++;         // 16. نوفمبر, 28-نوفمبر, 2/ أكتوبر
        var of = Word(k, "من") || Word(k, "of");
        if (of) k++;
        var month = MonthReference(k, allowRelative: true, allowNumber: true);
        if (month is null) return null;
        // "الرابع من هذا الشهر" needs "من"; a cardinal number before a month word is a count (ثلاثة أشهر).
        if (month.Value.Offset is not null && !of) return null;
        if (day.Value.IsWord && !day.Value.IsOrdinal && month.Value.Number is null) return null;
        var draft = new Draft { From = i, To = month.Value.End, Skip = skip, Day = day.Value.Value };
        if (month.Value.Offset is int offset)
        {
            draft.MonthOffset = offset;
        }
        else
        {
            draft.Month = month.Value.Number;
            draft.Hijri = month.Value.IsHijri;
            ApplyYear(draft);
            // صفر also means "zero": without a year or هـ it is not taken as a month.
            if (month.Value.IsHijri && draft.Month == 2 && draft.Year is null && !month.Value.Marked) return null;
        }
        CheckCalendar(draft);
        return draft;
    }

    /// <summary>A month then a day, and an optional year: يناير 1, مايو الحادي عشر, February 9, 2026, يناير-1, سبتمبر10.</summary>
    private Draft? MonthDayYear(int i)
    {
        var month = MonthReference(i, allowRelative: false, allowNumber: false);
        if (month is null) return null;
        var k = month.Value.End;
        if (On(k) && t.IsPunct(k, ".-/") && !t[k].BreakBefore) k++;
        var day = DayNumber(k, allowWords: true);
        if (day is null || (day.Value.IsWord && !day.Value.IsOrdinal)) return null;
        var draft = new Draft { From = i, To = day.Value.End, Skip = month.Value.Skip, Month = month.Value.Number, Day = day.Value.Value, Hijri = month.Value.IsHijri };
        ApplyYear(draft);
        CheckCalendar(draft);
        return draft;
    }

    /// <summary>
    /// A month and a year (فبراير 2026, شباط/فبراير 2026, February 2026), a month after the word شهر (شهر مارس), or a
    /// part of a month (منتصف مارس, أوائل شهر آذار). A bare month name is not taken: مارس is also "he practised",
    /// آب is "father" once folded, نيسان a car maker.
    /// </summary>
    private Draft? MonthYear(int i)
    {
        var k = i;
        var vague = MatchOnLine(L.MonthParts, i, Clitics.Conjunction, out _, out var skip);
        if (vague > 0) k = vague;
        var month = MonthReference(k, allowRelative: false, allowNumber: vague > 0);
        if (month is null)
        {
            // "مطلع الشهر الجاري", "أواخر العام الماضي": a part of a month or year counted from the reference.
            if (vague < 0 || CalendarRelative(k) is not { } relative) return null;
            var part = new Draft { From = i, To = relative.End, Skip = skip };
            if (relative.Unit == CalendarUnit.Week) part.WeekOffset = relative.Offset;
            else if (relative.Unit == CalendarUnit.Month) part.MonthOffset = relative.Offset;
            else part.YearOffset = relative.Offset;
            return part;
        }
        var draft = new Draft { From = i, To = month.Value.End, Skip = vague > 0 ? skip : month.Value.Skip, Month = month.Value.Number, Hijri = month.Value.IsHijri, VagueMonthPart = vague > 0 };
        ApplyYear(draft);
        if (draft.Year is null && draft.YearOffset is null && draft.YearSide is null)
        {
            // "شهر رمضان" names the month of fasting, not a date the Gregorian calendar can give at month precision.
            if (month.Value.IsHijri || (vague < 0 && !month.Value.AfterMonthWord)) return null;
        }
        return draft;
    }

    /// <summary>A year, a month name, a day: 2016. نوفمبر .16 (some Gulf sites).</summary>
    private Draft? YearMonthDay(int i)
    {
        var year = t.IsNumber(i) && t[i].Text.Length == 4 ? t.DigitsAt(i, 4) : null;
        if (year is null) return null;
        var k = i + 1;
        if (On(k) && t.IsPunct(k, ".-/")) k++;
        var month = MonthReference(k, allowRelative: false, allowNumber: false);
        if (month is null) return null;
        k = month.Value.End;
        if (On(k) && t.IsPunct(k, ".-/")) k++;
        if (!On(k) || !t.IsNumber(k) || t[k].Text.Length > 2) return null;
        var day = t.DigitsAt(k, 2);
        if (day is null or < 1 or > 31) return null;
        var draft = new Draft { From = i, To = k + 1, Year = year, Month = month.Value.Number, Day = day, Hijri = month.Value.IsHijri };
        CheckCalendar(draft);
        return draft;
    }

    /// <summary>A year alone, after a year word or with an era marker: عام 2026, سنة 1948, 2026م, 1447 هـ.</summary>
    private Draft? YearAlone(int i)
    {
        var word = MatchOnLine(L.Year, i, Clitics.Conjunction, out _, out var skip);
        var k = word > 0 ? word : i;
        var year = YearNumber(k);
        if (year is null) return null;
        var marker = EraMarker(year.Value.End);
        if (word < 0 && marker.End < 0) return null;
        return new Draft
        {
            From = i, To = marker.End > 0 ? marker.End : year.Value.End, Skip = word > 0 ? skip : 0,
            Year = year.Value.Year, Hijri = marker.Hijri,
        };
    }

    /// <summary>
    /// A day of the month alone after يوم (يوم 27) or closing a clause after في ("وصل في 27."): the month is the
    /// reference's, or the nearest. Only when no word follows the number, which would make it a count ("في 27
    /// غارة"); not after إلى, where a number closing a clause is a count ("ارتفع العدد إلى 27.").
    /// </summary>
    private Draft? DayOfMonthAlone(int i)
    {
        var afterDay = Word(i, "يوم");
        var at = afterDay ? i + 1 : i;
        if (!afterDay && !(i > 0 && !t[i].BreakBefore && t[i - 1].Text == "في")) return null;
        if (!On(at)) return null;
        var day = t.IsNumber(at) && t[at].Text.Length <= 2 ? t.DigitsAt(at, 2) : null;
        if (day is null or < 1 or > 31) return null;
        if (On(at + 1) && (t.IsWord(at + 1) || t.IsNumber(at + 1) || t.IsPunct(at + 1, "%٪") || t.IsPunct(at + 1, ":/-.,،") && t.IsNumber(at + 2))) return null;
        return new Draft { From = i, To = at + 1, Day = day };
    }

    /// <summary>The year after a day and month, if there is one: ", 2026", "من عام 2026", "2026 م", "السنة القادمة".</summary>
    private void ApplyYear(Draft draft)
    {
        var k = draft.To;
        if (!On(k)) return;
        var relative = CalendarRelative(Word(k, "من") ? k + 1 : k);
        if (relative is { Unit: CalendarUnit.Year })
        {
            draft.YearOffset = relative.Value.Offset;
            draft.To = relative.Value.End;
            return;
        }
        var j = k;
        if (t.IsPunct(j, ",،.-/") && !t[j].BreakBefore) j++;
        var word = MatchOnLine(L.Year, j, Clitics.Conjunction, out _, out _);
        if (word > 0) j = word;
        else if (Word(j, "من") && YearNumber(j + 1) is not null) j++;   // "الحادي والعشرين من ألف وتسعمائة وثمانية وسبعين"
        var year = YearNumber(j);
        if (year is null)
        {
            // "5 يناير الماضي", "مارس المقبل", "فبراير الجاري": the year is the one that puts the date on that side of
            // the reference.
            var side = MatchOnLine(L.CalendarAdjectives, k, Clitics.None, out var direction, out _);
            if (side > 0)
            {
                draft.YearSide = direction;
                draft.To = side;
            }
            return;
        }
        draft.Year = year.Value.Year;
        draft.To = year.Value.End;
        // هـ/م after the year belong to it. A Hijri marker after a Gregorian month name is the writer's slip: the month
        // decides the calendar.
        var marker = EraMarker(draft.To);
        if (marker.End > 0) draft.To = marker.End;
    }

    /// <summary>A four-digit year (1000-2999), or a year in words (ألفين وستة وعشرين).</summary>
    private (int Year, int End)? YearNumber(int k)
    {
        if (!On(k)) return null;
        if (t.IsNumber(k))
        {
            if (t[k].Text.Length != 4) return null;
            var y = t.DigitsAt(k, 4);
            if (y is null or < 1000 or > 2999) return null;
            // "2026-02": a numeric date begins here, not a year.
            if (t.Glued(k + 1) && t.IsPunct(k + 1, "/-.:") && t.IsNumber(k + 2) && t.Glued(k + 2)) return null;
            return (y.Value, k + 1);
        }
        var words = t.WordNumberAt(k);
        if (words is { IsOrdinal: false } n && n.Value >= 1000 && n.Value <= 2999 && n.Value == Math.Floor(n.Value))
            return ((int)n.Value, n.EndToken);
        return null;
    }

    /// <summary>هـ or م after a year, written tight (2026م) or apart (1447 هـ).</summary>
    private (bool Hijri, bool Gregorian, int End) EraMarker(int k)
    {
        if (!On(k)) return (false, false, -1);
        var hijri = t.Match(L.Hijri, k, Clitics.None, out _, out _);
        if (hijri > 0) return (true, false, hijri);
        var gregorian = t.Match(L.Gregorian, k, Clitics.None, out _, out _);
        // "9 فبراير 2026 - 02:24 م": the م of a time is not an era. An era م follows the year directly.
        if (gregorian > 0 && !(On(gregorian) && t.IsPunct(gregorian, ':'))) return (false, true, gregorian);
        return (false, false, -1);
    }

    /// <summary>
    /// A day of the month: 1-31 in digits (9, 09, 9th), or in words from <see cref="Numbers.NumberRecognizer"/>
    /// (الحادي عشر, أول, العشرين).
    /// </summary>
    private (int Value, int End, bool IsWord, bool IsOrdinal, int Skip)? DayNumber(int k, bool allowWords)
    {
        if (!On(k)) return null;
        if (ArticleBeforeDigits(k)) k++;   // "الـ15 من فبراير
        if (t.IsNumber(k))
        {
            if (t[k].Text.Length > 2) return null;
            var d = t.DigitsAt(k, 2);
            if (d is null or < 1 or > 31) return null;
            // 9:30 is a time, 9.5 a decimal, 9/2 a numeric date.
            if (t.Glued(k + 1) && t.IsPunct(k + 1, ":") ) return null;
            if (t.Glued(k + 1) && t.IsPunct(k + 1, "./-") && t.IsNumber(k + 2) && t.Glued(k + 2)) return null;
            var end = k + 1;
            if (t.Glued(end) && t.IsWord(end) && t[end].Text is "st" or "nd" or "rd" or "th") end++;
            return (d.Value, end, false, false, 0);
        }
        if (!allowWords) return null;
        var n = t.WordNumberAt(k);
        if (n is null || n.Value.Value < 1 || n.Value.Value > 31 || n.Value.Value != Math.Floor(n.Value.Value)) return null;
        return ((int)n.Value.Value, n.Value.EndToken, true, n.Value.IsOrdinal, 0);
    }

    /// <summary>"الـ15", "الساعة الـ10": the article written on digits with a tatweel (folded to "ال" + digits).</summary>
    private bool ArticleBeforeDigits(int k) => t.IsWord(k) && t[k].Text == "ال" && t.IsNumber(k + 1) && t.Glued(k + 1);

    /// <summary>
    /// A month: a name of any family (with a second name after a slash: شباط/فبراير), شهر before a name or a number
    /// (شهر 3, شهر عشرة), the n-th month (الشهر الثامن), or, where allowed, a month counted from the reference
    /// (هذا الشهر, الشهر القادم).
    /// </summary>
    private MonthRef? MonthReference(int k, bool allowRelative, bool allowNumber)
    {
        if (!On(k)) return null;
        if (allowRelative)
        {
            var relative = CalendarRelative(k);
            if (relative is { Unit: CalendarUnit.Month }) return new MonthRef(null, false, relative.Value.Offset, relative.Value.End, 0, false, false);
        }
        var afterWord = false;
        var j = k;
        var skip = 0;
        var monthWord = MatchOnLine(L.Month, k, Clitics.All, out _, out var wordSkip);
        if (monthWord > 0)
        {
            j = monthWord;
            afterWord = true;
            skip = wordSkip;
        }
        var end = MatchOnLine(L.Months, j, Clitics.All, out var name, out var nameSkip);
        if (end > 0)
        {
            if (!afterWord) skip = nameSkip;
            end = SecondMonthName(end, name.Number);
            var marked = On(end) && t.Match(L.Hijri, end, Clitics.None, out _, out _) > 0;
            return new MonthRef(name.Number, name.IsHijri, null, end, skip, afterWord, marked);
        }
        if (!afterWord || !allowNumber) return null;
        // شهر 3, شهر ثلاثة, الشهر الثامن.
        if (t.IsNumber(j) && t[j].Text.Length <= 2)
        {
            var m = t.DigitsAt(j, 2);
            if (m is >= 1 and <= 12) return new MonthRef(m, false, null, j + 1, skip, true, false);
            return null;
        }
        var n = t.WordNumberAt(j);
        if (n is { } w && w.Value >= 1 && w.Value <= 12 && w.Value == Math.Floor(w.Value))
            return new MonthRef((int)w.Value, false, null, w.EndToken, skip, true, false);
        return null;
    }

    /// <summary>
    /// "شباط/فبراير", "فبراير (شباط)", "شباط - فبراير", "فبراير شباط": the same month in a second family. Without a
    /// mark between them the two names must be the same month.
    /// </summary>
    private int SecondMonthName(int end, int number)
    {
        var k = end;
        var open = false;
        var marked = On(k) && t.IsPunct(k, "/-(");
        if (marked) { open = t.IsPunct(k, '('); k++; }
        var second = MatchOnLine(L.Months, k, Clitics.None, out var name, out _);
        if (second < 0 || (!marked && name.Number != number)) return end;
        if (open && t.IsPunct(second, ')')) second++;
        return second;
    }

    /// <summary>
    /// A week, month or year counted from the reference one: هذا الأسبوع, الأسبوع الماضي, الشهر الجاري, العام المقبل,
    /// السنة القادمة, last week, next month.
    /// </summary>
    private (CalendarUnit Unit, int Offset, int End, int Skip)? CalendarRelative(int k)
    {
        if (!On(k)) return null;
        var demonstrative = MatchOnLine(L.This, k, Clitics.Conjunction, out _, out var skip);
        if (demonstrative > 0)
        {
            var unitEnd = MatchOnLine(L.CalendarUnits, demonstrative, Clitics.None, out var unit, out _);
            if (unitEnd > 0) return (unit, 0, unitEnd, skip);
        }
        var unitAt = MatchOnLine(L.CalendarUnits, k, Clitics.Conjunction, out var u, out var uSkip);
        if (unitAt > 0)
        {
            var adjective = MatchOnLine(L.CalendarAdjectives, unitAt, Clitics.None, out var offset, out _);
            if (adjective > 0) return (u, offset, adjective, uSkip);
        }
        var english = MatchOnLine(L.EnglishAdjectives, k, Clitics.None, out var eOffset, out _);
        if (english > 0)
        {
            var eUnit = MatchOnLine(L.EnglishUnits, english, Clitics.None, out var unit, out _);
            if (eUnit > 0) return (unit, eOffset, eUnit, 0);
        }
        return null;
    }

    /// <summary>
    /// Marks a date no calendar has (31 فبراير, 30/2/2026) as impossible, and reads a Hijri date's fields as they
    /// are (they are converted when resolved).
    /// </summary>
    private static void CheckCalendar(Draft draft)
    {
        if (draft.Day is not int day || draft.Month is not int month || draft.LastDayOfMonth) return;
        if (draft.Hijri)
        {
            if (day > 30 || (draft.Year is int hy && !Calendars.IsHijriDate(hy, month, day) && Calendars.InHijriRange(hy))) draft.Impossible = true;
            return;
        }
        var max = draft.Year is int y && y >= 1 && y <= 9999 ? DateTime.DaysInMonth(y, month) : month == 2 ? 29 : DateTime.DaysInMonth(2000, month);
        if (day > max) draft.Impossible = true;
    }

    // ===============================================================================================================
    // Weekdays
    // ===============================================================================================================

    /// <summary>
    /// A weekday: [هذا] [يوم] الأحد, then what places it: الماضي/القادم, (من) الأسبوع المقبل, an ordinal (الأحد
    /// الثاني = the second Sunday of the month), or a day of the month (الجمعة 15, الخميس في الحادي والعشرين). Also
    /// the ordinal first (أول يوم جمعة من يوليو, آخر اثنين من الشهر القادم) and a weekday before الأسبوع (احد
    /// الأسبوع الماضي).
    /// </summary>
    public Draft? Weekday(int i)
    {
        var ordinalFirst = OrdinalWeekdayOfMonth(i);
        if (ordinalFirst is not null) return ordinalFirst;

        var k = i;
        var skip = 0;
        var rule = WeekdayRule.OnOrBefore;
        var demonstrative = MatchOnLine(L.This, k, Clitics.Conjunction, out _, out var thisSkip);
        if (demonstrative > 0) { k = demonstrative; rule = WeekdayRule.ThisWeek; skip = thisSkip; }
        var dayWord = MatchOnLine(L.Day, k, Clitics.Conjunction, out _, out var daySkip);
        if (dayWord > 0)
        {
            if (k == i) skip = daySkip;
            k = dayWord;
        }
        var end = MatchOnLine(L.WeekdaysWithArticle, k, Clitics.Conjunction, out var weekday, out var nameSkip);
        if (end < 0 && (dayWord > 0 || demonstrative > 0))
        {
            end = MatchOnLine(L.Weekdays, k, Clitics.None, out weekday, out nameSkip);
        }
        if (end < 0)
        {
            // "احد الأسبوع الماضي": a weekday without the article, placed by the week after it.
            end = MatchOnLine(L.Weekdays, k, Clitics.None, out weekday, out nameSkip);
            if (end < 0 || CalendarRelative(end) is not { Unit: CalendarUnit.Week }) end = -1;
        }
        if (end < 0)
        {
            end = MatchOnLine(L.EnglishWeekdayNames, k, Clitics.None, out weekday, out nameSkip);
            // An abbreviation (Mon, Sat, Sun) only in a dateline, before a date: "Sun" is also a newspaper, "Sat" a verb.
            if (end > 0 && t[k].Text.Length < 6)
            {
                var next = t.IsPunct(end, ",.") && On(end) ? end + 1 : -1;
                if (next < 0 || Date(next) is null) return null;
                if (t.IsPunct(end, '.')) end++;
            }
        }
        if (end < 0) return null;
        if (k == i) skip = nameSkip;
        // "الأحد عشر" is "the eleven", not Sunday.
        if (weekday == DayOfWeek.Sunday && (Word(end, "عشر") || Word(end, "عشره"))) return null;

        var draft = new Draft { From = i, To = end, Skip = skip, Weekday = weekday, Rule = rule };
        if (rule == WeekdayRule.ThisWeek) return draft;

        // الأحد الماضي / الأحد القادم.
        var adjective = MatchOnLine(L.CalendarAdjectives, end, Clitics.None, out var direction, out _);
        if (adjective > 0 && direction != 0)
        {
            draft.Rule = direction < 0 ? WeekdayRule.Before : WeekdayRule.After;
            draft.To = adjective;
            return draft;
        }
        // الجمعة الأسبوع المقبل, الجمعة من الأسبوع الماضي, الجمعة هذا الأسبوع.
        var weekAt = Word(end, "من") ? end + 1 : end;
        var week = CalendarRelative(weekAt);
        if (week is { Unit: CalendarUnit.Week })
        {
            draft.WeekOffset = week.Value.Offset;
            draft.To = week.Value.End;
            return draft;
        }
        // English: last Monday / next Monday come before the name; handled by the English relative rule.
        var nth = NthAfterWeekday(draft);
        if (nth is not null) return nth;
        DayOfMonthAfterWeekday(draft);
        return draft;
    }

    /// <summary>
    /// "أول يوم جمعة من يوليو", "ثالث ثلاثاء في أيلول 2014", "آخر اثنين من الشهر القادم": an ordinal (1-5) or آخر,
    /// an optional يوم, a weekday, then the month.
    /// </summary>
    private Draft? OrdinalWeekdayOfMonth(int i)
    {
        int n;
        int k;
        var last = MatchOnLine(L.Last, i, Clitics.Conjunction, out _, out _);
        if (last > 0) { n = -1; k = last; }
        else
        {
            var w = t.WordNumberAt(i);
            if (w is not { IsOrdinal: true } o || o.Value < 1 || o.Value > 5 || o.Value != Math.Floor(o.Value) || !On(i)) return null;
            n = (int)o.Value;
            k = o.EndToken;
        }
        if (Word(k, "يوم")) k++;
        var end = MatchOnLine(L.Weekdays, k, Clitics.None, out var weekday, out _);
        if (end < 0) end = MatchOnLine(L.WeekdaysWithArticle, k, Clitics.None, out weekday, out _);
        if (end < 0) return null;
        var draft = new Draft { From = i, To = end, Weekday = weekday, Nth = n };
        return OfMonth(draft, end) ? draft : null;
    }

    /// <summary>"الأحد الثاني" (the second Sunday), "الاثنين الأخير من شهر آذار": an ordinal 1-5 or الأخير after a weekday.</summary>
    private Draft? NthAfterWeekday(Draft weekday)
    {
        var k = weekday.To;
        int n;
        int end;
        var last = MatchOnLine(L.Last, k, Clitics.None, out _, out _);
        if (last > 0) { n = -1; end = last; }
        else
        {
            var w = On(k) ? t.WordNumberAt(k) : null;
            // Only "الثاني", not "ثاني": with the article it agrees with the weekday as an adjective.
            if (w is not { IsOrdinal: true } o || o.Value < 1 || o.Value > 5 || o.Value != Math.Floor(o.Value)) return null;
            if (!t[k].Text.StartsWith("ال", StringComparison.Ordinal)) return null;
            n = (int)o.Value;
            end = o.EndToken;
        }
        var draft = weekday.Clone();
        draft.Nth = n;
        draft.To = end;
        OfMonth(draft, end);
        return draft;
    }

    /// <summary>"من يوليو", "في شهر أيلول من عام 2014", "بأيلول", "من الشهر القادم" after an n-th weekday.</summary>
    private bool OfMonth(Draft draft, int k)
    {
        if (!On(k)) return false;
        var j = Word(k, "من") || Word(k, "في") ? k + 1 : k;
        var month = MonthReference(j, allowRelative: true, allowNumber: true);
        if (month is null) return false;
        draft.To = month.Value.End;
        if (month.Value.Offset is int offset)
        {
            draft.MonthOffset = offset;
            return true;
        }
        if (month.Value.IsHijri) return false;
        draft.Month = month.Value.Number;
        var year = draft.Clone();
        var yearAt = Word(draft.To, "من") || Word(draft.To, "في") ? draft.To + 1 : draft.To;
        year.To = yearAt;
        ApplyYear(year);
        if (year.Year is not null || year.YearOffset is not null)
        {
            draft.Year = year.Year;
            draft.YearOffset = year.YearOffset;
            draft.To = year.To;
        }
        return true;
    }

    /// <summary>
    /// "الجمعة 15", "الخميس في 21", "السبت السادس عشر", "الخميس في السابع": the day of the month after a weekday. A
    /// written date (الخميس 15 أغسطس) is left to the date parser and joined after. Digits followed by a word are a
    /// count ("يوم الأحد 3 قتلى"), not a day.
    /// </summary>
    private void DayOfMonthAfterWeekday(Draft draft)
    {
        var k = draft.To;
        var viaIn = Word(k, "في");
        if (viaIn || (t.IsPunct(k, ",،") && On(k))) k++;
        if (!On(k) || Date(k) is not null) return;
        var day = DayNumber(k, allowWords: true);
        if (day is null) return;
        if (day.Value.IsWord)
        {
            // Without في only a compound ordinal (السادس عشر) reads as a day: الأحد الثاني is the second Sunday, and
            // الاثنين العاشر no day at all.
            if (!viaIn && !(day.Value.IsOrdinal && day.Value.Value >= 11)) return;
        }
        else if (On(day.Value.End) && t.IsWord(day.Value.End) && !Word(day.Value.End, "الساعه") && !Word(day.Value.End, "من"))
        {
            return;
        }
        draft.Day = day.Value.Value;
        draft.To = day.Value.End;
        // "الثلاثاء التاسع عشر من هذا الشهر".
        if (Word(draft.To, "من"))
        {
            var relative = CalendarRelative(draft.To + 1);
            if (relative is { Unit: CalendarUnit.Month })
            {
                draft.MonthOffset = relative.Value.Offset;
                draft.To = relative.Value.End;
            }
        }
    }

    // ===============================================================================================================
    // Relative dates
    // ===============================================================================================================

    /// <summary>The longest relative expression at <paramref name="i"/>.</summary>
    public Draft? Relative(int i)
    {
        Draft? best = null;
        Consider(ref best, RelativeDay(i));
        Consider(ref best, NowWord(i));
        Consider(ref best, CalendarOffset(i));
        Consider(ref best, CountedShift(i));
        Consider(ref best, EnglishWeekdayWithDirection(i));
        return best;
    }

    /// <summary>
    /// اليوم, أمس, أول أمس, غدا, بعد غد, الليلة … Not "اليوم" or "الليلة" followed by a definite adjective that is no
    /// date word: اليوم العالمي للمرأة is a named day, اليوم الأول of a conference is its first day.
    /// </summary>
    private Draft? RelativeDay(int i)
    {
        var end = MatchOnLine(L.RelativeDayWords, i, Clitics.Conjunction, out var days, out var skip);
        if (end < 0) return null;
        // لليوم الثاني على التوالي ("for the second day running") too: the article joined to ل is written لل.
        if (end == i + 1 && (t[i].Text.EndsWith("ليوم", StringComparison.Ordinal) || t[i].Text.EndsWith("ليله", StringComparison.Ordinal))
            && On(end) && t.IsWord(end) && t[end].Text.StartsWith("ال", StringComparison.Ordinal) && t[end].Text.Length > 3
            && Date(end) is null && WeekdayName(end) < 0 && Time(end) is null && MatchOnLine(L.RelativeDayWords, end, Clitics.Conjunction, out _, out _) < 0)
        {
            return null;
        }
        // A bare "الغد" is also a newspaper and a party; only the phrases in the list are taken.
        return new Draft { From = i, To = end, Skip = skip, Shift = Shift.Of(DurationUnit.Day, days) };
    }

    private int WeekdayName(int k) => MatchOnLine(L.WeekdaysWithArticle, k, Clitics.Conjunction, out _, out _);

    private Draft? NowWord(int i)
    {
        var end = MatchOnLine(L.Now, i, Clitics.Conjunction, out _, out var skip);
        return end < 0 ? null : new Draft { From = i, To = end, Skip = skip, Now = true };
    }

    /// <summary>الأسبوع الماضي, هذا الشهر, العام المقبل, السنة الحالية, last week.</summary>
    private Draft? CalendarOffset(int i)
    {
        var c = CalendarRelative(i);
        if (c is null) return null;
        var draft = new Draft { From = i, To = c.Value.End, Skip = c.Value.Skip };
        switch (c.Value.Unit)
        {
            case CalendarUnit.Week: draft.WeekOffset = c.Value.Offset; break;
            case CalendarUnit.Month: draft.MonthOffset = c.Value.Offset; break;
            default: draft.YearOffset = c.Value.Offset; break;
        }
        return draft;
    }

    /// <summary>
    /// منذ ثلاثة أيام, قبل أسبوع, منذ يومين, بعد شهرين, قبل 3 سنوات و4 أشهر, 2 عام و 21 يوم من الآن, three days ago,
    /// in two weeks. "قبل ثلاثة أيام من الانتخابات" counts from an event, not from the reference: not taken.
    /// </summary>
    private Draft? CountedShift(int i)
    {
        var direction = MatchOnLine(L.Directions, i, Clitics.Conjunction, out var sign, out var skip);
        var start = direction > 0 ? direction : i;
        var amount = Duration(start, allowBareUnit: direction > 0);
        if (amount is null) return null;
        var end = amount.Value.End;
        var fromNow = FromNow(end);
        if (direction < 0)
        {
            if (fromNow > 0) { sign = 1; end = fromNow; }
            else if (Word(end, "ago")) { sign = -1; end++; }
            else return null;
        }
        else if (fromNow > 0)
        {
            end = fromNow;
        }
        else if (On(end) && (Word(end, "من") || Word(end, "على") || Word(end, "of") || Word(end, "before") || Word(end, "after") || Word(end, "from")))
        {
            return null;
        }
        // "في 2 يوم" is not a date; English "in" needs a count ("in two weeks").
        return new Draft
        {
            From = i, To = end, Skip = direction > 0 ? skip : amount.Value.Skip,
            Shift = amount.Value.Vague ? null : amount.Value.Shift.Times(sign), VagueShift = amount.Value.Vague,
        };
    }

    private int FromNow(int k)
    {
        if (Word(k, "من") && MatchOnLine(L.Now, k + 1, Clitics.None, out _, out _) is var e && e > 0) return e;
        if (Word(k, "from") && Word(k + 1, "now")) return k + 2;
        return -1;
    }

    /// <summary>One or more amounts of time joined by و or a comma: 3 أيام, يومين, شهر و 21 يوم, بضعة أشهر.</summary>
    private (Shift Shift, int End, bool Vague, int Skip)? Duration(int k, bool allowBareUnit)
    {
        Shift? total = null;
        var vague = false;
        var end = -1;
        var firstSkip = 0;
        var j = k;
        while (true)
        {
            var item = DurationItem(j, allowBareUnit || total is not null);
            if (item is null) break;
            if (total is null) firstSkip = item.Value.Skip;
            total = total is null ? item.Value.Shift : total.Value.Add(item.Value.Shift);
            vague |= item.Value.Vague;
            end = item.Value.End;
            // و (alone or on the next word), or a comma, then another amount.
            if (Word(end, "و") || (t.IsPunct(end, ",،") && On(end))) j = end + 1;
            else j = end;
            if (j == end && !(On(j) && t.IsWord(j) && t[j].Text.StartsWith("و", StringComparison.Ordinal))) break;
        }
        return total is null ? null : (total.Value, end, vague, firstSkip);
    }

    private (Shift Shift, int End, bool Vague, int Skip)? DurationItem(int k, bool allowBareUnit)
    {
        if (!On(k)) return null;
        int count;
        var j = k;
        var vague = false;
        if (t.IsNumber(k))
        {
            var digits = t.DigitsAt(k, 5);
            if (digits is null || digits == 0) return null;
            count = digits.Value;
            j = k + 1;
        }
        else if (t.WordNumberAt(k) is { IsOrdinal: false } n && n.Value >= 1 && n.Value <= 10000 && n.Value == Math.Floor(n.Value))
        {
            count = (int)n.Value;
            j = n.EndToken;
        }
        else if (MatchOnLine(L.Vague, k, Clitics.Conjunction, out _, out _) is var v && v > 0)
        {
            count = 0;
            vague = true;
            j = v;
        }
        else if (MatchOnLine(L.One, k, Clitics.None, out _, out _) is var one && one > 0)
        {
            count = 1;
            j = one;
        }
        else
        {
            count = -1;
        }
        var unitEnd = MatchOnLine(L.DurationUnits, j, Clitics.Conjunction, out var unit, out var skip);
        if (unitEnd < 0) return null;
        // "منذ عام 2011" is "since 2011": a year follows the word, not an amount.
        if (unit.Unit == DurationUnit.Year && t.IsNumber(unitEnd) && t[unitEnd].Text.Length == 4 && On(unitEnd)) return null;
        if (count < 0)
        {
            // A unit alone: its dual carries two (يومين), its singular one (قبل أسبوع) right after منذ/قبل/بعد.
            if (unit.Count == 2) count = 2;
            else if (unit.Count == 1 && allowBareUnit) count = 1;
            else return null;
        }
        else if (unit.Count == 2 && !vague)
        {
            return null;   // "3 يومين" is not a phrase.
        }
        if (count > 100000) return null;
        return (Shift.Of(unit.Unit, count), unitEnd, vague, j == k ? skip : 0);
    }

    /// <summary>English "last Monday", "next Friday", "on Sunday" are handled with the weekday; this is "last Monday".</summary>
    private Draft? EnglishWeekdayWithDirection(int i)
    {
        if (!Word(i, "last") && !Word(i, "next") && !Word(i, "this")) return null;
        var end = MatchOnLine(L.EnglishWeekdayNames, i + 1, Clitics.None, out var weekday, out _);
        if (end < 0) return null;
        var rule = t[i].Text == "last" ? WeekdayRule.Before : t[i].Text == "next" ? WeekdayRule.After : WeekdayRule.ThisWeek;
        return new Draft { From = i, To = end, Weekday = weekday, Rule = rule };
    }

    /// <summary>
    /// A part of the day before a relative day, a weekday or a date: صباح اليوم, مساء أمس, فجر الأحد, ليلة 9 فبراير.
    /// The day part stays in the span and places an hour written without ص/م (الساعة الثالثة من فجر اليوم).
    /// </summary>
    private Draft? DayPartBefore(int i)
    {
        var end = MatchOnLine(L.DayPart, i, Clitics.Conjunction, out _, out var skip);
        if (end < 0) return null;
        Draft? next = null;
        Consider(ref next, RelativeDay(end));
        Consider(ref next, Weekday(end));
        Consider(ref next, Date(end));
        if (next is null || next.HasTime || next.Now) return null;
        next = next.Clone();
        next.From = i;
        next.Skip = skip;
        next.DayPart = t[i].Text.Substring(skip) switch
        {
            "صباح" or "صبيحه" or "فجر" => DayPeriod.Morning,
            "ظهر" or "ظهيره" => DayPeriod.Noon,
            "ليله" or "ليل" => DayPeriod.Night,
            "نهار" => null,
            _ => DayPeriod.Evening,
        };
        return next;
    }

    // ===============================================================================================================
    // Times of day
    // ===============================================================================================================

    /// <summary>
    /// A time of day: 14:24, 02:24 م, 7:56:35 مساءً, 12:00 AM, 1140 صباحا, الساعة 7, 7 مساء, الساعة الثالثة,
    /// السابعة والنصف, الثامنة إلا ربعا, الساعة 3 و15 دقيقة عصرا, بعد الظهر الساعة 7, منتصف الليل. An hour alone
    /// (digits or words) needs الساعة or a half of the day beside it: "في السابعة" is also "at seven (years old)".
    /// </summary>
    public Draft? Time(int i) => MinutesBeforeHour(i) ?? Clock(i, bareHour: false);

    /// <summary>"ثلاث دقائق قبل الثامنة", "5 دقائق حتى السابعة والنصف": minutes counted back from an hour.</summary>
    private Draft? MinutesBeforeHour(int i)
    {
        var count = MinuteCount(i);
        if (count is null || count.Value.Minutes > 59) return null;
        var k = MatchOnLine(L.Minute, count.Value.End, Clitics.None, out _, out _);
        if (k < 0 || !(Word(k, "قبل") || Word(k, "حتى") || MatchOnLine(L.Minus, k, Clitics.None, out _, out _) > 0)) return null;
        var clock = Clock(k + 1, bareHour: true);
        if (clock is null || clock.Hour is not int hour) return null;
        var total = (hour * 60 + (clock.Minute ?? 0) - count.Value.Minutes + 24 * 60) % (24 * 60);
        clock.From = i;
        clock.Skip = 0;
        clock.Hour = total / 60;
        clock.Minute = total % 60;
        return clock;
    }

    /// <summary>The clock time proper; <paramref name="bareHour"/> accepts an hour with nothing beside it.</summary>
    private Draft? Clock(int i, bool bareHour)
    {
        if (!On(i)) return null;
        var k = i;
        var approx = MatchOnLine(L.Approximations, k, Clitics.Conjunction, out _, out var approxSkip);
        if (approx > 0) k = approx;
        // "منتصف الليل" is a time of its own before it is a half of the day.
        var namedFirst = MatchOnLine(L.Named, k, Clitics.Conjunction, out _, out _);
        DayPeriod leadPeriod = default;
        var leadSkip = 0;
        var leadPeriodEnd = namedFirst > 0 ? -1 : MatchOnLine(L.Periods, k, Clitics.Conjunction, out leadPeriod, out leadSkip);
        var leadIsWord = leadPeriodEnd > 0 && t[k].Text.Length > 2;
        if (leadIsWord) k = leadPeriodEnd;
        var clock = MatchOnLine(L.Clock, k, Clitics.Conjunction, out _, out var clockSkip);
        if (clock > 0) k = ArticleBeforeDigits(clock) ? clock + 1 : clock;

        var named = MatchOnLine(L.Named, k, Clitics.Conjunction, out var namedHour, out var namedSkip);
        if (named > 0 && !leadIsWord)
        {
            // "بعد الظهر" is the afternoon, "قبل الظهر" the morning: not noon.
            if (k > 0 && k == i && !t[k].BreakBefore && (t[k - 1].Text is "بعد" or "قبل")) return null;
            return new Draft { From = approx > 0 ? i : clock > 0 ? i : k, To = named, Skip = approx > 0 ? approxSkip : clock > 0 ? clockSkip : namedSkip, Hour = namedHour, Minute = 0 };
        }
        int hour;
        int minute = 0;
        var hasMinutes = false;
        WordNumber? wordHour = null;
        int end;
        if (t.IsWord(k) && t[k].Raw == "T" && t.IsNumber(k + 1) && t.Glued(k + 1)) k++;   // ISO "T12:34:20"
        var core = ClockDigits(k);
        if (core is not null)
        {
            (hour, minute, end) = core.Value;
            hasMinutes = true;
        }
        else if (t.IsNumber(k) && t[k].Text.Length is 3 or 4 && PeriodAt(k + 1, allowLetters: false) > 0)
        {
            var v = t.DigitsAt(k, 4)!.Value;    // 1140 صباحا
            (hour, minute, end) = (v / 100, v % 100, k + 1);
            hasMinutes = true;
        }
        else if (t.IsNumber(k) && t[k].Text.Length <= 2)
        {
            hour = t.DigitsAt(k, 2)!.Value;
            end = k + 1;
            if (t.Glued(end) && t.IsPunct(end, "/-.") && t.IsNumber(end + 1)) return null;   // a date
        }
        else if (WordHour(k) is { } w)
        {
            (hour, minute, end) = (w.Hour, w.Minute, w.End);
            hasMinutes = w.Minute != 0;
            wordHour = t.WordNumberAt(k);
            // "الرابعة وأربعون دقيقة" read apart: the word دقيقة after the minutes is theirs.
            if (hasMinutes && MatchOnLine(L.Minute, end, Clitics.None, out _, out _) is var minuteWord && minuteWord > 0) end = minuteWord;
        }
        else return null;

        // Minutes after the hour: والنصف, وربع, وثلث, إلا ربعا, و15 دقيقة, وعشرين دقيقة.
        var addon = hasMinutes ? null : MinutesAfterHour(end, wordHour is not null);
        if (addon is not null)
        {
            minute = addon.Value.Minutes;
            end = addon.Value.End;
            hasMinutes = true;
        }
        // Seconds are read but not kept: the value's finest unit is the minute.
        var periodEnd = PeriodAt(end, allowLetters: core is not null || clock > 0, out var period);
        var ambiguous = false;
        if (periodEnd > 0)
        {
            end = periodEnd;
            // "التاسعة مساءً وثلاثة أرباع": the minutes may follow the half of the day.
            var late = hasMinutes ? null : MinutesAfterHour(end, wordHour is not null);
            if (late is not null) (minute, end, hasMinutes) = (late.Value.Minutes, late.Value.End, true);
        }
        else if (leadIsWord) period = leadPeriod;
        else
        {
            // A bare hour needs الساعة, or minutes written beside it, or to be an hour in words after في closing its
            // clause ("سأعود في السابعة").
            if (!bareHour && clock < 0 && core is null && !(wordHour is not null && addon is not null) && !FeminineHourAfterIn(k, end, wordHour))
                return null;
            ambiguous = core is null || hour <= 12;
        }
        if (minute < 0)
        {
            // "الثانية عشرة إلا ربعا" = 11:45, before the half of the day places it.
            hour = (hour + 23) % 24;
            minute += 60;
        }
        if (periodEnd > 0 || leadIsWord)
        {
            if (hour > 24) return null;
            hour = AdjustHour(hour, period);
        }
        if (hour == 24 && minute == 0) hour = 0;
        if (hour is < 0 or > 23 || minute is < 0 or > 59) return null;
        var zone = MatchOnLine(L.TimeZone, end, Clitics.None, out _, out _);
        if (zone > 0)
        {
            end = zone;
            if (t[zone - 1].Text != "gmt" && t[zone - 1].Text != "utc" && On(end) && t.IsWord(end)) end++;   // بتوقيت غرينتش
        }
        var from = approx > 0 ? i : leadIsWord ? i : clock > 0 ? i : k;
        var fromSkip = approx > 0 ? approxSkip : leadIsWord ? leadSkip : clock > 0 ? clockSkip : 0;
        return new Draft { From = from, To = end, Skip = fromSkip, Hour = hour, Minute = minute, HourAmbiguous = ambiguous };
    }

    /// <summary>
    /// An hour in words (الثالثة, ثلاثة, الحادية عشرة). Where the number recognizer read an hour and its minutes as one
    /// number ("السابعة وخمسة وثلاثين" = 42), they are read apart at the first و that leaves an hour and minutes.
    /// </summary>
    private (int Hour, int Minute, int End)? WordHour(int k)
    {
        if (!On(k) || t.WordNumberAt(k) is not { } w) return null;
        if (w.Value >= 0 && w.Value <= 24)
        {
            var whole = Math.Floor(w.Value);
            // "ثلاثة وثلث" read as 3.33: a third of an hour is 20 minutes.
            return ((int)whole, (int)Math.Round((w.Value - whole) * 60m), w.EndToken);
        }
        for (var split = k + 1; split < w.EndToken; split++)
        {
            if (!t.IsWord(split) || !t[split].Text.StartsWith("و", StringComparison.Ordinal)) continue;
            var left = t.NumbersIn(k, split);
            var right = t.NumbersIn(split, w.EndToken);
            if (left.Count != 1 || right.Count != 1 || left[0].EndToken != split || right[0].EndToken != w.EndToken) continue;
            var (h, m) = (left[0].Value, right[0].Value);
            if (h >= 0 && h <= 24 && h == Math.Floor(h) && m >= 1 && m <= 59 && m == Math.Floor(m)) return ((int)h, (int)m, w.EndToken);
        }
        return null;
    }

    /// <summary>
    /// "سأعود في السابعة": a definite feminine ordinal (agreeing with الساعة) from 1 to 12 right after في or عند, closing
    /// its clause, is an hour. ("في السابعة من عمره" does not close its clause.)
    /// </summary>
    private bool FeminineHourAfterIn(int k, int end, WordNumber? hour)
    {
        if (hour is not { IsOrdinal: true } h || h.Value < 1 || h.Value > 12 || !IsFeminineOrdinal(k)) return false;
        if (k == 0 || t[k].BreakBefore || !(t[k - 1].Text is "في" or "عند")) return false;
        return !On(end) || (t[end].Kind == TokenKind.Punct && !t.IsPunct(end, ":-/"));
    }

    /// <summary>الثالثة, الحادية عشرة: the article and the feminine ending of the first word.</summary>
    private bool IsFeminineOrdinal(int k) =>
        t.IsWord(k) && t[k].Text.Length > 3 && t[k].Text.StartsWith("ال", StringComparison.Ordinal) && t[k].Text.EndsWith("ه", StringComparison.Ordinal);

    /// <summary>hh:mm or hh:mm:ss, written tight.</summary>
    private (int Hour, int Minute, int End)? ClockDigits(int k)
    {
        if (!t.IsNumber(k) || t[k].Text.Length > 2 || !On(k)) return null;
        if (!(t.IsPunct(k + 1, ':') && t.Glued(k + 1) && t.IsNumber(k + 2) && t.Glued(k + 2) && t[k + 2].Text.Length == 2)) return null;
        var h = t.DigitsAt(k, 2)!.Value;
        var m = t.DigitsAt(k + 2, 2)!.Value;
        if (h > 24 || m > 59) return null;
        var end = k + 3;
        if (t.IsPunct(end, ':') && t.Glued(end) && t.IsNumber(end + 1) && t.Glued(end + 1) && t[end + 1].Text.Length == 2) end += 2;
        // "2:255" (a verse), "10:30:45:12": not a time.
        if (t.Glued(end) && (t.IsNumber(end) || t.IsPunct(end, ':'))) return null;
        return (h, m, end);
    }

    private int PeriodAt(int k, bool allowLetters) => PeriodAt(k, allowLetters, out _);

    /// <summary>
    /// A half of the day after a time (صباحا, مساء, عصرا, بعد الظهر, في الليل, AM). The single letters ص and م only
    /// after hh:mm or الساعة, where they cannot be a page or a metre.
    /// </summary>
    private int PeriodAt(int k, bool allowLetters, out DayPeriod period)
    {
        var end = MatchOnLine(L.Periods, k, Clitics.Conjunction, out period, out _);
        if (end < 0) return -1;
        if (!allowLetters && end == k + 1 && t[k].Text is "ص" or "م") return -1;
        // "ص" glued to a following letter is another word.
        return end;
    }

    /// <summary>Places an hour in its half of the day: 7 مساء = 19, 12 ص = 0, 1 ظهرا = 13, 8 في الليل = 20, 2 ليلا = 2.</summary>
    private static int AdjustHour(int hour, DayPeriod period) => period switch
    {
        DayPeriod.Morning => hour == 12 ? 0 : hour,
        DayPeriod.Noon => hour is >= 1 and <= 9 ? hour + 12 : hour,
        DayPeriod.Evening => hour < 12 ? hour + 12 : hour,
        _ => hour == 12 ? 0 : hour is >= 5 and < 12 ? hour + 12 : hour,
    };

    /// <summary>والنصف (30), والربع (15), وثلث (20), إلا ربعا (−15), و15 دقيقة, وعشرين دقيقة, وخمسة وثلاثين.</summary>
    private (int Minutes, int End)? MinutesAfterHour(int k, bool wordHour)
    {
        if (!On(k)) return null;
        var j = Word(k, "و") ? k + 1 : k;
        var fraction = MatchOnLine(L.Fractions, j, j == k ? Clitics.Conjunction : Clitics.None, out var minutes, out _);
        if (fraction > 0 && (j > k || t[k].Text.StartsWith("و", StringComparison.Ordinal))) return (minutes, fraction);
        var minus = MatchOnLine(L.Minus, k, Clitics.None, out _, out _);
        if (minus > 0)
        {
            var f = MatchOnLine(L.Fractions, minus, Clitics.None, out var m, out _);
            if (f > 0) return (-m, f);
            var count = MinuteCount(minus);
            if (count is not null && Word(count.Value.End, "دقيقه") || count is not null && Word(count.Value.End, "دقائق"))
                return (-count!.Value.Minutes, count.Value.End + 1);
            return null;
        }
        // و + minutes: after و as its own word, or on the number ("و15" is two tokens; "وعشرين" one).
        var joined = j > k || (t.IsWord(k) && t[k].Text.StartsWith("و", StringComparison.Ordinal));
        if (!joined) return null;
        var c = MinuteCount(j);
        if (c is null || c.Value.Minutes > 59) return null;
        var end = c.Value.End;
        if (MatchOnLine(L.Minute, end, Clitics.None, out _, out _) is var me && me > 0) return (c.Value.Minutes, me);
        // Minutes in digits need دقيقة ("الساعة 3 و4 أشخاص"); in words after an hour in words they do not.
        return c.Value.IsWord && wordHour ? (c.Value.Minutes, end) : null;
    }

    private (int Minutes, int End, bool IsWord)? MinuteCount(int k)
    {
        if (!On(k)) return null;
        if (t.IsNumber(k) && t[k].Text.Length <= 2) return (t.DigitsAt(k, 2)!.Value, k + 1, false);
        if (t.WordNumberAt(k) is { } w && w.Value >= 1 && w.Value <= 59 && w.Value == Math.Floor(w.Value)) return ((int)w.Value, w.EndToken, true);
        return null;
    }
}

/// <summary>A month reference: its number (or its offset from the reference month) and where it ends.</summary>
internal readonly record struct MonthRef(int? Number, bool IsHijri, int? Offset, int End, int Skip, bool AfterMonthWord, bool Marked);
