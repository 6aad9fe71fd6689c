using System;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>
/// A date expression found in text, with its parts kept apart so that checks can compare them: in
/// "اليوم الإثنين 9/2/2026" the relative word (today), the weekday (Monday) and the explicit date (9/2/2026) are three
/// claims about one day, and they may disagree.
/// </summary>
/// <param name="Text">The expression as written.</param>
/// <param name="Start">UTF-16 offset in the text searched.</param>
/// <param name="Length">UTF-16 length.</param>
/// <param name="Value">What the expression means, resolved: the explicit date when there is one, else the relative one
/// resolved against the reference; null when it cannot be resolved (a relative date with no reference, a date no
/// calendar has). A year or month the text leaves out is taken from the reference; a time of day alone is placed on
/// the reference day (a time with no reference stays a time, <c>T14:24</c>).</param>
/// <param name="IsRelative">True when the expression holds a relative part (today, yesterday, on Sunday, three days ago, last week).</param>
/// <param name="RelativeValue">The relative part resolved against the reference, or null (no relative part, or no reference).</param>
/// <param name="ExplicitValue">The date or time the text writes out (9/2/2026, 9 فبراير 2026, 14:24), or null.</param>
/// <param name="Weekday">The weekday the text names, or null.</param>
/// <param name="Hijri">The text writes a Hijri date: its Gregorian day may be one off (a month starts when the moon is
/// sighted, which tables can only foresee).</param>
/// <param name="RelativeDay">What the relative part says of its day whatever the reference (a fixed offset, or a
/// weekday), so that a date the article cannot resolve can be resolved once the corpus infers its publication date;
/// null when there is no relative part or it names no single day (last week).</param>
public sealed record RecognizedDate(
    string Text,
    int Start,
    int Length,
    PartialDate? Value,
    bool IsRelative,
    PartialDate? RelativeValue,
    PartialDate? ExplicitValue,
    DayOfWeek? Weekday,
    bool Hijri = false,
    RelativeDay? RelativeDay = null);
