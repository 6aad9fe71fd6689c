using System;
using System.Collections.Generic;
using System.Globalization;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Extraction.Recognize;

/// <summary>
/// The checks one article's dates allow on their own: a relative date that contradicts the dateline (CORPUS101), a
/// weekday that does not match its date (CORPUS102). A relative date nothing anchors (CORPUS103) needs the corpus:
/// another source may date the event and so the article (Link/FactGatherer).
/// </summary>
public static class DateChecks
{
    public static IEnumerable<DiagnosticInfo> Check(RecognizedDate date, string file, CorpusText text, int lineStart, DateTime? reference)
    {
        var span = text.Span(lineStart + date.Start, date.Length);
        var explicitDay = date.ExplicitValue?.ToDay();
        var relativeDay = date.RelativeValue?.ToDay();

        if (date.Weekday is DayOfWeek named && explicitDay is DateTime day && day.DayOfWeek != named)
        {
            yield return DiagnosticInfo.Create(DiagnosticCatalog.WeekdayMismatch.Id, file, span,
                date.Text, Iso(day), day.DayOfWeek.ToString(), named.ToString());
        }

        if (date.IsRelative && reference is DateTime dated)
        {
            // "Today, Monday 9/2" in an article dated Tuesday 10/2: the relative word and the written date disagree.
            if (relativeDay is DateTime resolved && explicitDay is DateTime written && resolved != written)
            {
                yield return DiagnosticInfo.Create(DiagnosticCatalog.RelativeDateContradictsDateline.Id, file, span,
                    date.Text, Iso(written), Iso(dated));
            }
            // "Yesterday, Monday" in an article dated Wednesday: yesterday was a Tuesday. (A bare weekday resolves to
            // that weekday, so it never gets here.)
            else if (relativeDay is DateTime resolvedDay && explicitDay is null && date.Weekday is DayOfWeek weekday
                && resolvedDay.DayOfWeek != weekday)
            {
                yield return DiagnosticInfo.Create(DiagnosticCatalog.RelativeDateContradictsDateline.Id, file, span,
                    date.Text, Iso(resolvedDay) + " (a " + resolvedDay.DayOfWeek + ", not a " + weekday + ")", Iso(dated));
            }
        }
    }

    private static string Iso(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
