using System.Globalization;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Extraction.Segment;

/// <summary>Reads an ISO 8601 date at any precision the export uses: 2026, 2026-02, 2026-02-09, 2026-02-09T14:24.</summary>
public static class IsoDate
{
    public static bool TryParse(string value, out PartialDate date)
    {
        date = new PartialDate(null, null, null, null, null);
        var parts = value.Trim().Split('T');
        if (parts.Length > 2) return false;
        var ymd = parts[0].Split('-');
        if (ymd.Length > 3 || !Int(ymd[0], 4, out var year) || year < 1) return false;
        int? month = null, day = null, hour = null, minute = null;
        if (ymd.Length > 1) { if (!Int(ymd[1], 2, out var m) || m < 1 || m > 12) return false; month = m; }
        if (ymd.Length > 2) { if (!Int(ymd[2], 2, out var d) || d < 1) return false; day = d; }
        if (parts.Length == 2)
        {
            if (day is null) return false;
            var hm = parts[1].Split(':');
            if (hm.Length < 2 || !Int(hm[0], 2, out var h) || h > 23 || !Int(hm[1], 2, out var mi) || mi > 59) return false;
            hour = h;
            minute = mi;
        }
        date = new PartialDate(year, month, day, hour, minute);
        return day is null || date.ToDay() is not null;
    }

    private static bool Int(string text, int length, out int value)
    {
        value = 0;
        return text.Length == length && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
