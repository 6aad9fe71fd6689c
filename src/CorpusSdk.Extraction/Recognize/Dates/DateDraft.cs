using System;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>How a weekday named without a date is placed against the reference day.</summary>
internal enum WeekdayRule
{
    /// <summary>يوم الأحد: the most recent one on or before the reference day (news reports what happened).</summary>
    OnOrBefore,

    /// <summary>الأحد الماضي: the most recent one strictly before the reference day.</summary>
    Before,

    /// <summary>الأحد القادم: the first one strictly after the reference day.</summary>
    After,

    /// <summary>هذا الأحد: the one in the reference day's week.</summary>
    ThisWeek,
}

/// <summary>A signed amount of time counted from the reference (منذ ثلاثة أيام = −3 days), and its finest unit.</summary>
internal readonly record struct Shift(int Years, int Months, int Days, int Minutes, DurationUnit Finest)
{
    public Shift Add(Shift other) => new(Years + other.Years, Months + other.Months, Days + other.Days, Minutes + other.Minutes,
        other.Finest < Finest ? other.Finest : Finest);

    public Shift Times(int sign) => new(Years * sign, Months * sign, Days * sign, Minutes * sign, Finest);

    public static Shift Of(DurationUnit unit, int count) => unit switch
    {
        DurationUnit.Minute => new Shift(0, 0, 0, count, unit),
        DurationUnit.Hour => new Shift(0, 0, 0, count * 60, DurationUnit.Minute),
        DurationUnit.Day => new Shift(0, 0, count, 0, unit),
        DurationUnit.Week => new Shift(0, 0, count * 7, 0, DurationUnit.Day),
        DurationUnit.Month => new Shift(0, count, 0, 0, unit),
        DurationUnit.Year => new Shift(count, 0, 0, 0, unit),
        _ => new Shift(count * 10, 0, 0, 0, DurationUnit.Year),
    };
}

/// <summary>
/// What the parts of one expression say, before resolution: the explicit date and time as written, the weekday, and
/// the relative parts. Parsers fill in the parts they read; parts next to each other merge into one draft.
/// </summary>
internal sealed class Draft
{
    /// <summary>First token.</summary>
    public int From;

    /// <summary>End token (exclusive).</summary>
    public int To;

    /// <summary>Folded characters of the first token to leave out of the span (a conjunction: والخميس → الخميس).</summary>
    public int Skip;

    // The explicit date, as written (Hijri fields when Hijri is set).
    public int? Year;
    public int? Month;
    public int? Day;
    public bool Hijri;

    /// <summary>A named holiday (عيد الأضحى); <see cref="Year"/> is then its Gregorian year, or Hijri when <see cref="Hijri"/>.</summary>
    public Holiday? Holiday;

    /// <summary>A date written out that no calendar has (31/2/2026): recognized, never given a value.</summary>
    public bool Impossible;

    /// <summary>"آخر يوم من أكتوبر": <see cref="Day"/> is 31 and stands for the month's last day.</summary>
    public bool LastDayOfMonth;

    /// <summary>A vague part of a month (منتصف مارس, أوائل شباط): only the month is known.</summary>
    public bool VagueMonthPart;

    // The explicit time of day.
    public int? Hour;
    public int? Minute;

    /// <summary>The hour was written without a half of the day (الساعة الثالثة), so a day part may place it.</summary>
    public bool HourAmbiguous;

    /// <summary>A day part before a relative day or weekday (صباح اليوم, مساء الأحد): places an ambiguous hour.</summary>
    public DayPeriod? DayPart;

    public DayOfWeek? Weekday;
    public WeekdayRule Rule;

    /// <summary>The n-th such weekday of the month (−1: the last).</summary>
    public int? Nth;

    /// <summary>The n-th week of the month (−1: the last), given as its Monday.</summary>
    public int? WeekOfMonth;

    // The relative parts.
    public Shift? Shift;
    public bool Now;

    /// <summary>"قبل بضعة أيام": relative, but by an amount the text does not give.</summary>
    public bool VagueShift;

    public int? WeekOffset;
    public int? MonthOffset;
    public int? YearOffset;

    /// <summary>"يناير الماضي" (−1), "مارس المقبل" (+1), "فبراير الجاري" (0): which side of the reference a yearless date is on.</summary>
    public int? YearSide;

    public bool HasExplicitDate => Year is not null || Month is not null || Day is not null || Impossible || Holiday is not null || WeekOfMonth is not null;

    public bool HasTime => Hour is not null;

    public bool HasRelative => Shift is not null || Now || VagueShift || WeekOffset is not null || MonthOffset is not null || YearOffset is not null;

    public Draft Clone() => (Draft)MemberwiseClone();

    /// <summary>
    /// Joins the next part of the same expression into this one ("اليوم" + "الإثنين" + "9/2/2026" + "14:24"). Two parts
    /// that both give a date, a time, a weekday or a relative anchor are two expressions, not one.
    /// </summary>
    public Draft? Merge(Draft next)
    {
        if (HasExplicitDate && next.HasExplicitDate) return null;
        if (HasTime && next.HasTime) return null;
        if (Weekday is not null && next.Weekday is not null) return null;
        if (HasRelative && next.HasRelative) return null;
        if (Nth is not null || next.Nth is not null || WeekOfMonth is not null || next.WeekOfMonth is not null)
        {
            if (HasRelative || next.HasRelative || HasExplicitDate || next.HasExplicitDate) return null;
        }
        // A week, month or year offset only combines with what selects inside it (a weekday), not with a written date.
        var calendar = WeekOffset is not null || MonthOffset is not null || YearOffset is not null;
        var nextCalendar = next.WeekOffset is not null || next.MonthOffset is not null || next.YearOffset is not null;
        if ((calendar && next.HasExplicitDate) || (nextCalendar && HasExplicitDate)) return null;
        if ((WeekOffset is not null && next.HasTime) || (next.WeekOffset is not null && HasTime)) return null;
        // A weekday with a rule of its own (الأحد الماضي) already is a relative anchor.
        if ((WeekOffset is not null && next.Weekday is not null && next.Rule != WeekdayRule.OnOrBefore)
            || (next.WeekOffset is not null && Weekday is not null && Rule != WeekdayRule.OnOrBefore)) return null;

        var merged = Clone();
        merged.To = next.To;
        if (next.HasExplicitDate)
        {
            merged.Year = next.Year;
            merged.Month = next.Month;
            merged.Day = next.Day;
            merged.Hijri = next.Hijri;
            merged.Holiday = next.Holiday;
            merged.Impossible = next.Impossible;
            merged.VagueMonthPart = next.VagueMonthPart;
            merged.LastDayOfMonth = next.LastDayOfMonth;
        }
        if (next.HasTime)
        {
            merged.Hour = next.Hour;
            merged.Minute = next.Minute;
            merged.HourAmbiguous = next.HourAmbiguous;
        }
        merged.DayPart ??= next.DayPart;
        if (next.Weekday is not null)
        {
            merged.Weekday = next.Weekday;
            merged.Rule = next.Rule;
        }
        merged.Nth ??= next.Nth;
        merged.WeekOfMonth ??= next.WeekOfMonth;
        merged.Shift ??= next.Shift;
        merged.Now |= next.Now;
        merged.VagueShift |= next.VagueShift;
        merged.WeekOffset ??= next.WeekOffset;
        merged.MonthOffset ??= next.MonthOffset;
        merged.YearOffset ??= next.YearOffset;
        merged.YearSide ??= next.YearSide;
        return merged;
    }
}
