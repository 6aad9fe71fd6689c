using System;
using System.Text.RegularExpressions;

namespace CorpusSdk.Extraction.Segment;

/// <summary>
/// The dateline a wire story opens with: a place, perhaps a date, and the agency in brackets before a dash
/// ("LAGOS, March 3 (Reuters) -", "GENEVA (AP) —", "Delhi, June 3 (BBC) –", "الموصل (رويترز) -"). It names who wrote
/// the story, and in English it is what marks the start of another story glued to the first.
/// </summary>
public static class WireDateline
{
    /// <summary>Only this much of a paragraph's start is matched: a dateline is at the very start.</summary>
    private const int Prefix = 120;

    /// <summary>
    /// The strict form that starts a story inside a file: an upper-case place, as wires print it. A title-case place
    /// followed by brackets is too common in ordinary sentences to split a file on.
    /// </summary>
    private static readonly Regex StoryStart = new(
        @"^[A-Z][A-Z.'\-]*(?: [A-Z.'\-]+){0,4}(,[^()\n]{0,40})? ?\([A-Za-z.\- ]{2,30}\) ?[-–—]",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// The form that names the agency at the top of the lead: a place of up to four capitalized (or Arabic) words, an
    /// optional comma and date, then a bracketed agency that starts with a capital (or is Arabic), then a dash. The
    /// agency's capital keeps out asides ("Officials (speaking on Friday) —").
    /// </summary>
    private static readonly Regex LeadAgency = new(
        @"^(?:\p{Lu}[\p{L}.'\-]*(?: \p{Lu}[\p{L}.'\-]*){0,3}|\p{IsArabic}+(?: \p{IsArabic}+){0,2})(?:[,،][^()\n]{0,40})? ?\((?<agency>\p{Lu}[\p{L}.\- ]{1,29}|[\p{IsArabic} ]{2,30})\) ?[-–—]",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>True when the paragraph opens with a wire dateline in the strict, upper-case form.</summary>
    public static bool StartsStory(string paragraph) => Match(StoryStart, paragraph) is not null;

    /// <summary>
    /// The agency a lead's dateline names ("Reuters", "BBC", "رويترز"), or null: only an agency of
    /// <see cref="SegmentLexicon.WireAgencies"/>, since a bracket after a name is as often a ticker, a party or an aside
    /// ("Tesla (TSLA) -", "Sen. Warren (D-Mass.) —").
    /// </summary>
    public static string? Agency(string lead)
    {
        if (Match(LeadAgency, lead) is not { } match) return null;
        var agency = match.Groups["agency"].Value.Trim();
        return SegmentLexicon.WireAgencies.Contains(Normalize.ArabicFolding.Fold(agency)) ? agency : null;
    }

    private static Match? Match(Regex regex, string text)
    {
        try
        {
            var match = regex.Match(text.Length > Prefix ? text.Substring(0, Prefix) : text);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
