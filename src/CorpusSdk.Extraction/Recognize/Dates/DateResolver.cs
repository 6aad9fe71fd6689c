using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>
/// Turns a <see cref="Draft"/> into a <see cref="RecognizedDate"/>: the explicit value as written, the relative part
/// resolved against the reference, and the value the expression means.
/// </summary>
internal static class DateResolver
{
    /// <summary>
    /// How much more a future candidate costs than a past one when the text leaves the year (or month) out: news
    /// reports what happened, so "15 مارس" in an article of 10 February is last March only if this March is more than
    /// twice as far; an article of 5 January that mentions "28 ديسمبر" means the December just gone.
    /// </summary>
    private const double FutureCost = 2.0;

    public static RecognizedDate Resolve(Draft d, DateText text, DateTime? reference)
    {
        var (start, length) = text.OriginalSpan(d.From, d.To, d.Skip);
        var written = text.Original.Substring(start, length);
        var r = Usable(reference);
        var isRelative = IsRelative(d);
        var relativeValue = isRelative && r is not null ? RelativePart(d, r.Value) : null;
        var relativeDay = isRelative ? RelativeDay.Of(day => RelativePart(d, day)?.ToDay(), d.Weekday) : null;
        return new RecognizedDate(written, start, length, Value(d, r), isRelative, relativeValue, Explicit(d), d.Weekday, d.Hijri, relativeDay);
    }

    /// <summary>A reference far enough from the ends of <see cref="DateTime"/> that date arithmetic cannot overflow.</summary>
    private static DateTime? Usable(DateTime? reference) =>
        reference is DateTime r && r.Year > 1 && r.Year < 9999 ? r : null;

    /// <summary>
    /// Relative: a relative word (today, last week, three days ago), a weekday with no date (يوم الأحد), or an n-th
    /// weekday in the reference month (الأحد الثاني).
    /// </summary>
    private static bool IsRelative(Draft d) =>
        d.HasRelative || (d.Weekday is not null && !d.HasExplicitDate && d.Nth is null) || ((d.Nth is not null || d.WeekOfMonth is not null) && d.Month is null);

    /// <summary>The date and time as the text writes them; a Hijri date converted when it is complete.</summary>
    private static PartialDate? Explicit(Draft d)
    {
        if (d.Impossible) return null;
        if (d.Holiday is not null)
        {
            // A holiday with its year fixes a day; without one, the day depends on the reference.
            return d.Year is null ? null : DatePart(d, null) is PartialDate fixedDay ? WithTime(fixedDay, d) : null;
        }
        if (d.Hijri)
        {
            if (d.Year is int hy && d.Month is int hm && d.Day is int hd && Calendars.FromHijri(hy, hm, hd) is DateTime g)
                return WithTime(new PartialDate(g.Year, g.Month, g.Day, null, null), d);
            return null;
        }
        if (!d.HasExplicitDate) return d.HasTime ? new PartialDate(null, null, null, d.Hour, d.Minute) : null;
        var day = d.VagueMonthPart || d.Nth is not null || d.WeekOfMonth is not null ? null : d.Day;
        if (d.LastDayOfMonth) day = d.Year is int ly && d.Month is int lm && ly is >= 1 and <= 9999 ? DateTime.DaysInMonth(ly, lm) : null;
        if (d.Year is null && d.Month is null && day is null) return null;
        return WithTime(new PartialDate(d.Year, d.Month, day, null, null), d);
    }

    /// <summary>The relative part alone (اليوم in "اليوم الإثنين 9/2/2026"); a weekday beside a written date is only a claim.</summary>
    private static PartialDate? RelativePart(Draft d, DateTime r)
    {
        var relative = d.Clone();
        relative.Year = relative.Month = relative.Day = null;
        relative.Hijri = relative.Impossible = relative.VagueMonthPart = relative.LastDayOfMonth = false;
        relative.Holiday = null;
        relative.YearSide = null;
        relative.Hour = relative.Minute = null;
        if (d.Month is not null) relative.WeekOfMonth = null;
        if (d.HasExplicitDate && d.Nth is null) relative.Weekday = null;
        if (d.Nth is not null && d.Month is not null) return null;
        return DatePart(relative, r);
    }

    private static PartialDate? Value(Draft d, DateTime? r)
    {
        if (d.Impossible) return null;
        if (!d.HasExplicitDate && !IsRelative(d))
        {
            if (!d.HasTime) return null;
            // A time of day alone happens on the day the text is about: the reference day, as Duckling and dateparser
            // read it. Without a reference it stays a time.
            return r is DateTime day ? WithTime(Day(day), d) : new PartialDate(null, null, null, d.Hour, d.Minute);
        }
        var date = DatePart(d, r);
        return date is null ? null : WithTime(date, d);
    }

    /// <summary>Adds the time of day to a date that gives a day; a date of lower precision keeps no time.</summary>
    private static PartialDate WithTime(PartialDate date, Draft d)
    {
        if (d.Hour is not int hour || date.Day is null || date.Hour is not null) return date;
        if (d.HourAmbiguous && d.DayPart is DayPeriod part) hour = Place(hour, part);
        return date with { Hour = hour, Minute = d.Minute ?? 0 };
    }

    /// <summary>An hour written without ص/م, placed by the day part beside it (الثالثة من عصر اليوم = 15:00).</summary>
    private static int Place(int hour, DayPeriod part) => part switch
    {
        DayPeriod.Morning => hour == 12 ? 0 : hour,
        DayPeriod.Noon => hour is >= 1 and <= 9 ? hour + 12 : hour,
        DayPeriod.Evening => hour < 12 ? hour + 12 : hour,
        _ => hour == 12 ? 0 : hour is >= 5 and < 12 ? hour + 12 : hour,
    };

    /// <summary>The date the draft means, without its time of day, or null when it cannot be resolved.</summary>
    private static PartialDate? DatePart(Draft d, DateTime? reference)
    {
        if (d.Holiday is Holiday holiday) return HolidayDay(holiday, d, reference);
        if (d.Hijri) return HijriDate(d, reference);
        if (d.Nth is int nth && d.Weekday is DayOfWeek nthDay) return NthWeekday(d, nth, nthDay, reference);
        if (d.WeekOfMonth is int week) return NthWeekday(d, week, DayOfWeek.Monday, reference, wholeWeek: true);
        if (d.HasExplicitDate) return ExplicitDate(d, reference);
        if (reference is not DateTime r) return null;
        // "الساعة الآن 10:15": the time written is what now is.
        if (d.Now) return d.HasTime ? Day(r) : PartialDate.FromDateTime(r);
        if (d.Shift is Shift shift) return Shifted(r, shift);
        if (d.WeekOffset is int weeks)
        {
            var monday = AddDays(Monday(r), 7.0 * weeks);
            if (monday is null) return null;
            var day = d.Weekday is DayOfWeek w ? monday.Value.AddDays(IsoIndex(w)) : monday.Value;
            return Day(day);
        }
        if (d.MonthOffset is int months)
        {
            var month = AddMonths(new DateTime(r.Year, r.Month, 1), months);
            return month is null ? null : new PartialDate(month.Value.Year, month.Value.Month, null, null, null);
        }
        if (d.YearOffset is int years)
        {
            var year = r.Year + years;
            return year is >= 1 and <= 9999 ? new PartialDate(year, null, null, null, null) : null;
        }
        if (d.Weekday is DayOfWeek weekday) return Day(WeekdayNear(r.Date, weekday, d.Rule));
        return null;
    }

    /// <summary>A written Gregorian date, completed from the reference where the year or month is left out.</summary>
    private static PartialDate? ExplicitDate(Draft d, DateTime? reference)
    {
        var r = reference;
        int? year = d.Year;
        if (year is null && d.YearOffset is int yo && r is not null) year = r.Value.Year + yo;
        if (year is < 1 or > 9999) return null;

        if (d.Month is int month)
        {
            if (d.VagueMonthPart || d.Day is null)
            {
                if (year is null && r is not null)
                    year = Nearest(Years(r.Value, y => Safe(y, month, d.YearSide is null ? 15 : 1)), r.Value, null, d.YearSide)?.Year;
                return new PartialDate(year, month, null, null, null);
            }
            var day = d.Day.Value;
            Func<int, DateTime?> make = c => Safe(c, month, d.LastDayOfMonth && c is >= 1 and <= 9999 ? DateTime.DaysInMonth(c, month) : day);
            if (year is int y) return make(y) is DateTime exact ? Day(exact) : null;
            if (r is null) return d.LastDayOfMonth ? new PartialDate(null, month, null, null, null) : new PartialDate(null, month, day, null, null);
            var nearest = Nearest(Years(r.Value, make), r.Value, d.Weekday, d.YearSide);
            return nearest is DateTime n ? Day(n) : null;
        }
        if (d.Day is int dayOnly)
        {
            if (r is null) return null;
            if (d.MonthOffset is int mo)
            {
                var m = AddMonths(new DateTime(r.Value.Year, r.Value.Month, 1), mo);
                if (m is not DateTime first) return null;
                if (d.LastDayOfMonth) dayOnly = DateTime.DaysInMonth(first.Year, first.Month);
                return Safe(first.Year, first.Month, dayOnly) is DateTime exact ? Day(exact) : null;
            }
            var candidates = new List<DateTime>();
            for (var offset = -1; offset <= 1; offset++)
            {
                var m = AddMonths(new DateTime(r.Value.Year, r.Value.Month, 1), offset);
                if (m is DateTime first && Safe(first.Year, first.Month, dayOnly) is DateTime c) candidates.Add(c);
            }
            var nearest = Nearest(candidates, r.Value, d.Weekday);
            return nearest is DateTime n ? Day(n) : null;
        }
        return year is null ? null : new PartialDate(year, null, null, null, null);
    }

    private static PartialDate? HijriDate(Draft d, DateTime? reference)
    {
        if (d.Month is not int month || d.Day is not int day) return null;
        if (d.Year is int year) return Calendars.FromHijri(year, month, day) is DateTime g ? Day(g) : null;
        if (reference is not DateTime r || Calendars.HijriYearOf(r.Date) is not int hy) return null;
        var candidates = new List<DateTime>();
        for (var y = hy - 1; y <= hy + 1; y++)
            if (Calendars.FromHijri(y, month, day) is DateTime g) candidates.Add(g);
        return Nearest(candidates, r, d.Weekday, d.YearSide) is DateTime n ? Day(n) : null;
    }

    /// <summary>
    /// A holiday's day: in the Gregorian year written (for a Hijri holiday, its first occurrence in that year), in
    /// the Hijri year written, or the occurrence nearest the reference.
    /// </summary>
    private static PartialDate? HolidayDay(Holiday holiday, Draft d, DateTime? reference)
    {
        Func<int, DateTime?> inGregorianYear = holiday.Calendar switch
        {
            HolidayCalendar.Gregorian => y => Safe(y, holiday.Month, holiday.Day),
            HolidayCalendar.Easter => Easter,
            _ => y => HijriInGregorianYear(y, holiday.Month, holiday.Day),
        };
        if (d.Year is int year)
        {
            var exact = d.Hijri ? Calendars.FromHijri(year, holiday.Month, holiday.Day) : inGregorianYear(year);
            return exact is DateTime e ? Day(e) : null;
        }
        if (reference is not DateTime r) return null;
        if (d.YearOffset is int yo) return inGregorianYear(r.Year + yo) is DateTime o ? Day(o) : null;
        IEnumerable<DateTime> candidates = Years(r, inGregorianYear);
        if (holiday.Calendar == HolidayCalendar.Hijri && Calendars.HijriYearOf(r.Date) is int hy)
        {
            var hijri = new List<DateTime>();
            for (var y = hy - 1; y <= hy + 1; y++)
                if (Calendars.FromHijri(y, holiday.Month, holiday.Day) is DateTime g) hijri.Add(g);
            candidates = hijri;
        }
        return Nearest(candidates, r, null, d.YearSide) is DateTime n ? Day(n) : null;
    }

    private static DateTime? HijriInGregorianYear(int year, int month, int day)
    {
        if (year is < 1 or > 9999 || Calendars.HijriYearOf(new DateTime(year, 1, 1)) is not int hy) return null;
        for (var y = hy; y <= hy + 1; y++)
            if (Calendars.FromHijri(y, month, day) is DateTime g && g.Year == year) return g;
        return null;
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateTime? Easter(int year)
    {
        if (year is < 1583 or > 9999) return null;
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateTime(year, month, day);
    }

    /// <summary>The n-th (or last, n = −1) given weekday of a month: أول جمعة من يوليو, الأحد الثاني (of this month).</summary>
    private static PartialDate? NthWeekday(Draft d, int nth, DayOfWeek weekday, DateTime? reference, bool wholeWeek = false)
    {
        if (d.Month is int month)
        {
            var year = d.Year ?? (d.YearOffset is int yo && reference is DateTime ry ? ry.Year + yo : (int?)null);
            if (year is int y) return NthOf(y, month, weekday, nth, wholeWeek) is DateTime exact ? Day(exact) : null;
            if (reference is not DateTime r) return null;
            return Nearest(Years(r, c => NthOf(c, month, weekday, nth, wholeWeek)), r, null) is DateTime n ? Day(n) : null;
        }
        if (reference is not DateTime rr) return null;
        var first = AddMonths(new DateTime(rr.Year, rr.Month, 1), d.MonthOffset ?? 0);
        return first is DateTime f && NthOf(f.Year, f.Month, weekday, nth, wholeWeek) is DateTime day ? Day(day) : null;
    }

    /// <summary>The n-th weekday of a month; with <paramref name="wholeWeek"/>, the last one whose week ends in the month.</summary>
    private static DateTime? NthOf(int year, int month, DayOfWeek weekday, int nth, bool wholeWeek = false)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12) return null;
        var days = DateTime.DaysInMonth(year, month);
        if (nth < 0)
        {
            var last = new DateTime(year, month, days);
            var lastWeekday = last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
            return wholeWeek && lastWeekday.Day + 6 > days ? lastWeekday.AddDays(-7) : lastWeekday;
        }
        var first = new DateTime(year, month, 1);
        var day = 1 + ((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (nth - 1);
        return day <= days ? new DateTime(year, month, day) : null;
    }

    /// <summary>A shift from the reference, at the precision of its finest unit (منذ ساعتين → minutes, منذ شهرين → month).</summary>
    private static PartialDate? Shifted(DateTime r, Shift shift)
    {
        var months = AddMonths(r, shift.Years * 12L + shift.Months);
        if (months is null) return null;
        var moved = AddDays(months.Value, shift.Days + shift.Minutes / 1440.0);
        if (moved is null) return null;
        var m = moved.Value;
        return shift.Finest switch
        {
            DurationUnit.Minute => PartialDate.FromDateTime(m),
            DurationUnit.Month => new PartialDate(m.Year, m.Month, null, null, null),
            DurationUnit.Year or DurationUnit.Decade => new PartialDate(m.Year, null, null, null, null),
            _ => Day(m),
        };
    }

    /// <summary>A weekday placed against the reference day by its rule (default: on or before it).</summary>
    private static DateTime WeekdayNear(DateTime r, DayOfWeek weekday, WeekdayRule rule)
    {
        var back = ((int)r.DayOfWeek - (int)weekday + 7) % 7;
        var ahead = ((int)weekday - (int)r.DayOfWeek + 7) % 7;
        return rule switch
        {
            WeekdayRule.Before => r.AddDays(-(back == 0 ? 7 : back)),
            WeekdayRule.After => r.AddDays(ahead == 0 ? 7 : ahead),
            WeekdayRule.ThisWeek => Monday(r).AddDays(IsoIndex(weekday)),
            _ => r.AddDays(-back),
        };
    }

    /// <summary>
    /// Weeks are ISO weeks, Monday first, as both reference corpora (Duckling, Microsoft Recognizers) count them;
    /// Arab calendars often start the week on Saturday or Sunday, which moves "Sunday of last week" by a week.
    /// </summary>
    private static DateTime Monday(DateTime r) => r.Date.AddDays(-IsoIndex(r.DayOfWeek));

    private static int IsoIndex(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>
    /// The candidate nearest the reference, a future one costing <see cref="FutureCost"/> times more; one whose weekday
    /// matches the weekday written beside it wins first; with a <paramref name="side"/> (الماضي −1, الجاري 0, المقبل +1)
    /// only the candidates on that side, when there are any.
    /// </summary>
    private static DateTime? Nearest(IEnumerable<DateTime> candidates, DateTime r, DayOfWeek? weekday, int? side = null)
    {
        var all = new List<DateTime>(candidates);
        if (side is int s)
        {
            var onSide = all.FindAll(c => s < 0 ? c < r.Date : s > 0 ? c > r.Date : c.Year == r.Year);
            if (onSide.Count > 0) all = onSide;
        }
        DateTime? best = null;
        var bestCost = double.MaxValue;
        var bestMatches = false;
        foreach (var c in all)
        {
            var days = (c - r.Date).TotalDays;
            var cost = days >= 0 ? days * FutureCost : -days;
            var matches = weekday is DayOfWeek w && c.DayOfWeek == w;
            if (best is null || (matches && !bestMatches) || (matches == bestMatches && cost < bestCost))
            {
                best = c;
                bestCost = cost;
                bestMatches = matches;
            }
        }
        return best;
    }

    private static IEnumerable<DateTime> Years(DateTime r, Func<int, DateTime?> make)
    {
        for (var y = r.Year - 1; y <= r.Year + 1; y++)
            if (make(y) is DateTime c) yield return c;
    }

    private static DateTime? Safe(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day) : null;

    private static DateTime? AddMonths(DateTime d, long months)
    {
        var index = d.Year * 12L + d.Month - 1 + months;
        if (index < 12 || index > 9999 * 12L + 11) return null;
        return d.AddMonths((int)months);
    }

    private static DateTime? AddDays(DateTime d, double days)
    {
        var after = (DateTime.MaxValue - d).TotalDays;
        var before = (d - DateTime.MinValue).TotalDays;
        return days < after - 1 && -days < before - 1 ? d.AddDays(days) : null;
    }

    private static PartialDate Day(DateTime d) => PartialDate.FromDay(d.Year, d.Month, d.Day);
}
