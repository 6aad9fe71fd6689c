using System;
using System.Globalization;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>
/// Hijri dates through .NET's <see cref="UmAlQuraCalendar"/> (the Saudi official calendar, which the Gulf press
/// dates by). It covers 1318-1500 AH (1900-2077); outside that, and for days a Hijri month does not have, there is
/// no conversion (null), never an exception.
/// </summary>
internal static class Calendars
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly DateTime Min = UmAlQura.MinSupportedDateTime;
    private static readonly DateTime Max = UmAlQura.MaxSupportedDateTime;
    private static readonly int MinYear = UmAlQura.GetYear(Min);
    private static readonly int MaxYear = UmAlQura.GetYear(Max);

    public static bool InHijriRange(int year) => year >= MinYear && year <= MaxYear;

    public static bool IsHijriDate(int year, int month, int day) =>
        InHijriRange(year) && month >= 1 && month <= 12 && day >= 1 && day <= UmAlQura.GetDaysInMonth(year, month);

    /// <summary>The Gregorian day of a Hijri date, or null when the calendar does not have it.</summary>
    public static DateTime? FromHijri(int year, int month, int day)
    {
        if (!IsHijriDate(year, month, day)) return null;
        try
        {
            return UmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The first and last months of the range are partly outside it.
            return null;
        }
    }

    /// <summary>The Hijri year of a Gregorian day, or null outside the calendar's range.</summary>
    public static int? HijriYearOf(DateTime day) => day >= Min && day <= Max ? UmAlQura.GetYear(day) : null;
}
