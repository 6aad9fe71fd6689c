using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Extraction.Segment;

/// <summary>What the segmenter found in a file, before the front matter's overrides.</summary>
public sealed class Segments
{
    public ContentLine? Headline { get; set; }
    public string? Outlet { get; set; }
    public string? Author { get; set; }

    /// <summary>The 1-based line of the byline the author was read from, or 0.</summary>
    public int AuthorLine { get; set; }
    public Dateline? Dateline { get; set; }
    public int DatelineLine { get; set; }
    public string? Section { get; set; }
    public List<string> Tags { get; } = new();
    public List<LineText> Captions { get; } = new();
    public List<LineText> Subheadings { get; } = new();
    public List<ContentLine> Paragraphs { get; } = new();
    public List<DroppedLine> Dropped { get; } = new();
    public List<StoryModel> Stories { get; } = new();
}

/// <summary>
/// Splits a scraped news file into its anatomy. The body is the run from the first to the last prose line (a sentence,
/// or a line too long to be anything else); what comes before it is the header (masthead, section, headline, dateline,
/// byline, captions, tags, repeated headlines), what comes after it the footer (outlet signature, site furniture).
/// Inside the body, short lines are cross-heads, captions or boilerplate. Every rule reads the shape of a line and the
/// word lists of <see cref="SegmentLexicon"/>; none knows a particular site.
/// </summary>
public static class ArticleSegmenter
{
    /// <summary>A headline has at least this many words; shorter lines above it are mastheads or sections.</summary>
    private const int MinHeadlineWords = 4;

    /// <summary>A masthead or section line has at most this many words.</summary>
    private const int MaxLabelWords = 3;

    public static Segments Segment(CorpusText text, int firstLineIndex)
    {
        var lines = text.Lines.Skip(firstLineIndex).Select(l => new ContentLine(l)).Where(l => l.Text.Length > 0).ToList();
        var result = new Segments();
        if (lines.Count == 0) return result;

        var bodyStart = lines.FindIndex(IsBodyLine);
        var bodyEnd = lines.FindLastIndex(IsBodyLine);
        if (bodyStart < 0)
        {
            // No prose at all (notes, a list, a stub): nothing tells header from body, so the first line is the
            // headline and every other line that is not boilerplate is a paragraph.
            ReadWithoutProse(lines, result);
            return result;
        }

        if (IsLongHeadline(lines, bodyStart, bodyEnd)) bodyStart = lines.FindIndex(bodyStart + 1, IsBodyLine);

        var bodyWords = ArabicWords.Keys(lines.Skip(bodyStart).Take(bodyEnd - bodyStart + 1).Select(l => l.Folded));
        ReadHeader(lines.Take(bodyStart).ToList(), bodyWords, result);
        ReadBody(lines.Skip(bodyStart).Take(bodyEnd - bodyStart + 1), result);
        ReadFooter(lines.Skip(bodyEnd + 1).ToList(), result);
        // The weakest signs of the outlet come last: the agency of the lead's wire dateline, then the rights holder of
        // a copyright or trademark line (a site may print its parent company there).
        if (result.Paragraphs.Count > 0) result.Outlet ??= WireDateline.Agency(result.Paragraphs[0].Text);
        result.Outlet ??= lines.Select(RightsHolder).FirstOrDefault(h => h is not null);
        result.Stories.AddRange(StorySplitter.Split(result));
        return result;
    }

    /// <summary>
    /// A headline of sixteen words or more is prose by length alone. The first body line is the headline instead
    /// when it reads as one: a single clause without its full stop, under the page's labels (a section, a masthead, a
    /// kicker, and no line long enough to be the headline), with a sentence after it. Without labels above, such a
    /// line is as likely a deck or a lead that lost its full stop.
    /// </summary>
    private static bool IsLongHeadline(List<ContentLine> lines, int bodyStart, int bodyEnd)
    {
        var line = lines[bodyStart];
        if (line.EndsSentence || bodyStart == 0 || bodyStart == bodyEnd || JoinsClauses(line.Text) || !IsHeadlineCandidate(line)) return false;
        if (lines.FindIndex(bodyStart + 1, IsBodyLine) < 0) return false;
        var labels = lines.Take(bodyStart).Where(l => !IsBoilerplate(l)).ToList();
        return labels.Count > 0
            && !labels.Any(l => l.WordCount >= MinHeadlineWords && IsHeadlineCandidate(l) && DatelineReader.Read(l) is null);
    }

    /// <summary>A full stop, question or exclamation mark or a semicolon followed by more text: two clauses, not a headline.</summary>
    private static bool JoinsClauses(string text)
    {
        for (var i = 1; i < text.Length - 2; i++)
        {
            if (".!?؟;؛".IndexOf(text[i]) < 0 || text[i + 1] != ' ' || !char.IsLetter(text[i - 1]) || !char.IsLetter(text[i + 2])) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The full stop at <paramref name="stop"/> ends an abbreviation, not a sentence: its word is one or two letters
    /// ("Mr.", "Dr.", "St.") or holds another stop ("U.S.", "a.m.").
    /// </summary>
    private static bool IsAbbreviation(string text, int stop)
    {
        var start = text.LastIndexOf(' ', stop - 1) + 1;
        var word = text.Substring(start, stop - start);
        return word.Length <= 2 || word.IndexOf('.') >= 0;
    }

    private static void ReadWithoutProse(List<ContentLine> lines, Segments result)
    {
        foreach (var line in lines)
        {
            if (IsBoilerplate(line)) Drop(result, line, DropReasons.Boilerplate);
            else if (result.Headline is null) result.Headline = line;
            else result.Paragraphs.Add(line);
        }
        result.Stories.AddRange(StorySplitter.Split(result));
    }

    private static bool IsHeadlineCandidate(ContentLine line) =>
        !IsBoilerplate(line) && line.Text.Any(char.IsLetter)
        && !IsCaption(line) && BylineReader.Read(line, bareNameAllowed: false) is null;

    private static bool IsBodyLine(ContentLine line) => line.IsProse && !IsBoilerplate(line) && !OpensAsCaption(line);

    /// <summary>A line that opens with a caption cue ("Photo: …", "صورة: …") is a caption, however long.</summary>
    private static bool OpensAsCaption(ContentLine line) => SegmentLexicon.StartsWithAny(line.Folded, SegmentLexicon.CaptionCues);

    private static bool IsCaption(ContentLine line) =>
        OpensAsCaption(line) || EndsWithPhotoCredit(line) || (!line.IsProse && SegmentLexicon.CaptionCues.Any(c => line.Folded.Contains(c)));

    /// <summary>
    /// A line that ends with a bracketed photo credit ("… on Saturday. (AP Photo/Jane Doe)", "(صورة: …)", "(Getty
    /// Images)") is a caption however long: a paragraph does not credit a photographer. A credit may carry the agency's
    /// tag after it ("…)AP"). The bracket must be shaped as a credit, a cue and a name after a slash or a colon, or a
    /// cue of several words: a paragraph may end with a bracketed word that is a cue ("… (صور).", "(credit card debt …)").
    /// </summary>
    private static bool EndsWithPhotoCredit(ContentLine line)
    {
        var folded = line.Folded;
        var close = folded.LastIndexOf(')');
        if (close < 0 || folded.Length - close - 1 > MaxCreditTail) return false;
        var open = folded.LastIndexOf('(', close);
        if (open < 0) return false;
        var credit = TextTrim.Trim(folded.Substring(open + 1, close - open - 1));
        var joint = credit.IndexOfAny(new[] { '/', ':' });
        if (joint > 0 && joint < credit.Length - 1)
            return SegmentLexicon.CaptionCues.Any(cue => ContainsWord(credit.Substring(0, joint), cue));
        return credit.IndexOf(' ') > 0 && SegmentLexicon.CaptionCues.Any(cue => cue.IndexOf(' ') > 0 && credit == cue);
    }

    /// <summary>At most this many characters follow a photo credit's bracket (an agency's tag such as "AP").</summary>
    private const int MaxCreditTail = 4;

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }

    /// <summary>A copyright line or trademark notice has at most this many words; a longer line is a sentence about rights.</summary>
    private const int MaxRightsLineWords = 15;

    private static bool IsCopyright(ContentLine line) =>
        line.WordCount <= MaxRightsLineWords && SegmentLexicon.CopyrightMarks.Any(m => line.Folded.Contains(m));

    /// <summary>A trademark notice: a brand of capitalized words opening the line, "is a registered trademark of" and a holder.</summary>
    private static bool IsTrademarkNotice(ContentLine line) => NoticedBrand(line) is not null;

    private static string? NoticedBrand(ContentLine line) => line.WordCount <= MaxRightsLineWords ? TrademarkBrand(line) : null;

    /// <summary>The outlet a rights line names: a trademark notice's brand, else a copyright line's holder; null for other lines.</summary>
    private static string? RightsHolder(ContentLine line) => NoticedBrand(line) ?? (IsCopyright(line) ? CopyrightHolder(line) : null);

    /// <summary>At most this many words name the brand of a trademark notice.</summary>
    private const int MaxBrandWords = 6;

    /// <summary>
    /// The brand of a trademark notice, the words before "is a registered trademark of", when they open the line as a
    /// name does (one to six capitalized words, no sentence before them) and a holder follows; else null. A sentence
    /// about a trademark ("A judge ruled that Gold Bar is a trademark of Hershey.") is no notice.
    /// </summary>
    private static string? TrademarkBrand(ContentLine line)
    {
        foreach (var verb in SegmentLexicon.TrademarkVerbs)
        {
            var at = line.Folded.IndexOf(verb, StringComparison.Ordinal);
            if (at <= 1 || line.Folded[at - 1] != ' ' || line.Folded.Length - at - verb.Length < 2) continue;
            var brand = TextTrim.Trim(line.Text.Substring(0, ArabicFolding.OriginalLength(line.Text, at)).Trim(' ', '®', '™'));
            var words = brand.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var named = words.Length >= 1 && words.Length <= MaxBrandWords
                && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "&" or "of" or "the");
            return named ? brand : null;
        }
        return null;
    }

    /// <summary>
    /// The rights holder of a copyright line: the words after the mark (or two: "Copyright ©") and the year, up to the
    /// first stop ("© 2026 Lagos Daily Mirror. All rights reserved." → "Lagos Daily Mirror"); null when there are none.
    /// </summary>
    private static string? CopyrightHolder(ContentLine line)
    {
        var folded = line.Folded;
        var mark = SegmentLexicon.CopyrightMarks.FirstOrDefault(m => folded.StartsWith(m, StringComparison.Ordinal));
        if (mark is null) return null; // the holder is read only after a leading mark
        var rest = line.Text.Substring(ArabicFolding.OriginalLength(line.Text, mark.Length));
        // "Copyright © 2025 X": a second mark may follow the first.
        rest = rest.TrimStart(' ');
        var second = SegmentLexicon.CopyrightMarks.FirstOrDefault(m => ArabicFolding.Fold(rest).StartsWith(m, StringComparison.Ordinal));
        if (second is not null) rest = rest.Substring(ArabicFolding.OriginalLength(rest, second.Length));
        // "لـ X", "لصحيفة X": Arabic reserves the rights "to" X with the preposition ل, joined or with a tatweel.
        rest = rest.TrimStart(' ', '-', '–', ':');
        if (rest.StartsWith("لـ", StringComparison.Ordinal)) rest = rest.Substring(2);
        else if (rest.Length > 2 && rest[0] == 'ل' && char.IsLetter(rest[1])) rest = rest.Substring(1);
        rest = rest.TrimStart(' ', '-', '–', ',', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        var stop = rest.IndexOfAny(new[] { '.', ',', '|', '،', '-', '–' });
        var holder = TextTrim.Trim((stop >= 0 ? rest.Substring(0, stop) : rest).TrimEnd(' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'));
        return holder.Length == 0 || SegmentLexicon.StartsWithAny(ArabicFolding.Fold(holder), SegmentLexicon.CopyrightMarks) ? null : holder;
    }

    private static void ReadHeader(List<ContentLine> header, HashSet<string> bodyWords, Segments result)
    {
        // Each header line is read for a dateline once: the recognizer is the costliest rule here.
        var datelines = header.Select(DatelineReader.Read).ToList();
        bool Candidate(int i) => datelines[i] is null && IsHeadlineCandidate(header[i]);
        int FirstIndex(Func<int, bool> test)
        {
            for (var i = 0; i < header.Count; i++) if (test(i)) return i;
            return -1;
        }
        var headlineIndex = FirstIndex(i => header[i].WordCount >= MinHeadlineWords && Candidate(i));
        // Short headlines exist ("Storm batters coast"): with no longer candidate, the first line of two words or
        // more that is not a section name takes the place.
        if (headlineIndex < 0) headlineIndex = FirstIndex(i => header[i].WordCount >= 2 && Candidate(i) && !IsSection(header[i].Text));
        result.Headline = headlineIndex >= 0 ? header[headlineIndex] : null;

        for (var i = 0; i < header.Count; i++)
        {
            var line = header[i];
            if (i == headlineIndex) continue;
            if (IsBoilerplate(line)) { Drop(result, line, DropReasons.Boilerplate); continue; }
            if (result.Headline is not null && IsHeadlineCopy(line, result.Headline)) { Drop(result, line, DropReasons.RepeatedHeadline); continue; }

            if (result.Dateline is null && datelines[i] is { } dateline)
            {
                result.Dateline = dateline;
                result.DatelineLine = line.Number;
                if (dateline.Before.Length > 0 && IsSection(dateline.Before)) result.Section ??= dateline.Before;
                continue;
            }
            if (line.WordCount <= MaxLabelWords && IsSection(line.Text)) { result.Section ??= line.Text; continue; }
            if (ReadTags(line, bodyWords, result)) continue;

            var byline = BylineReader.Read(line, bareNameAllowed: i > headlineIndex || headlineIndex < 0);
            if (result.Author is null && byline is not null)
            {
                result.Author = byline.Author;
                result.AuthorLine = line.Number;
                if (byline.Outlet is not null) result.Outlet ??= StripHashtag(byline.Outlet);
                continue;
            }

            if (line.WordCount <= MaxLabelWords)
            {
                if (IsSection(line.Text)) result.Section ??= line.Text;
                else if (i < headlineIndex && result.Outlet is null && line.Text.Any(char.IsLetter) && !IsLabel(line)) result.Outlet = line.Text; // a masthead above the headline
                else Drop(result, line, DropReasons.Header);
                continue;
            }
            result.Captions.Add(new LineText(line.Number, line.Text, line.Start));
        }
    }

    private static void ReadBody(IEnumerable<ContentLine> body, Segments result)
    {
        foreach (var line in body)
        {
            if (IsBoilerplate(line)) Drop(result, line, DropReasons.Boilerplate);
            // A page may print its dateline under the lead or deck: a short line that is a date is not a cross-head.
            else if (result.Dateline is null && !line.IsProse && DatelineReader.Read(line) is { } dateline)
            {
                result.Dateline = dateline;
                result.DatelineLine = line.Number;
            }
            else if (result.Headline is not null && IsHeadlineCopy(line, result.Headline)) Drop(result, line, DropReasons.RepeatedHeadline);
            else if (IsCaption(line)) result.Captions.Add(new LineText(line.Number, line.Text, line.Start));
            else if (line.IsProse) result.Paragraphs.Add(line);
            else result.Subheadings.Add(new LineText(line.Number, line.Text, line.Start));
        }
    }

    private static void ReadFooter(List<ContentLine> footer, Segments result)
    {
        var first = true;
        foreach (var line in footer)
        {
            var isFirst = first;
            first = false;
            if (IsBoilerplate(line)) { Drop(result, line, DropReasons.Boilerplate); continue; }
            if (result.Headline is not null && IsHeadlineCopy(line, result.Headline)) { Drop(result, line, DropReasons.RepeatedHeadline); continue; }
            if (SegmentLexicon.StartsWithAny(line.Folded, SegmentLexicon.SourceLabels) && line.Text.IndexOf(':') > 0)
            {
                result.Outlet ??= TextTrim.Trim(line.Text.Substring(line.Text.IndexOf(':') + 1));
                continue;
            }
            if (line.Text.StartsWith("#", StringComparison.Ordinal) && line.WordCount == 1)
            {
                result.Outlet ??= StripHashtag(line.Text);
                continue;
            }
            if (result.Author is null && SegmentLexicon.StartsWithAny(line.Folded, SegmentLexicon.BylineMarkers)
                && BylineReader.Read(line, bareNameAllowed: false) is { } byline)
            {
                result.Author = byline.Author;
                result.AuthorLine = line.Number;
                continue;
            }
            // The first short line after the body signs it: the outlet's name ("PUKMEDIA", "الشام الجديد").
            if (isFirst && line.WordCount <= MaxLabelWords && !line.EndsSentence && !line.Text.Any(char.IsDigit) && !IsLabel(line))
            {
                result.Outlet ??= line.Text;
                continue;
            }
            if (footer.Count == 1 && IsCutParagraph(line)) { result.Paragraphs.Add(line); continue; }
            Drop(result, line, DropReasons.Footer);
        }
    }

    /// <summary>The last paragraph, cut by the scraper, has at least this many words.</summary>
    private const int MinCutParagraphWords = 6;

    /// <summary>A cut paragraph this long needs no other sign of a sentence.</summary>
    private const int LongCutParagraphWords = 10;

    /// <summary>
    /// The file's last line, right after the body, that a scraper cut mid-sentence ("“We were jolted and suddenly saw
    /// the train bog"): too long for a signature, and with a sentence's signs (a quotation mark, a comma or colon, a
    /// speech verb first) or a sentence's length. Furniture after a body comes as short labels or several lines.
    /// </summary>
    private static bool IsCutParagraph(ContentLine line)
    {
        if (line.WordCount < MinCutParagraphWords || line.Text.IndexOf("://", StringComparison.Ordinal) >= 0) return false;
        // Furniture of a sentence's length: a label and a colon ("Tags: …"), a bracketed credit ("(Additional reporting
        // by …; Editing by …)"), a list joined by semicolons, or a boilerplate opener however long ("Follow us on …").
        if ("([".IndexOf(line.Text[0]) >= 0 || line.Text.IndexOfAny(new[] { ';', '؛' }) >= 0) return false;
        var colon = line.Text.IndexOf(':');
        if (colon > 0 && line.Text.Substring(0, colon).Split(' ').Length <= MaxLabelWords && !line.OpensWithSpeech) return false;
        var bare = Bare(line.Folded);
        if (SegmentLexicon.StartsWithAny(bare, SegmentLexicon.BoilerplateOpeners)
            || SegmentLexicon.StartsWithAny(bare, SegmentLexicon.Boilerplate.Where(entry => entry.IndexOf(' ') > 0))) return false;
        if (line.WordCount >= LongCutParagraphWords || line.OpensWithSpeech) return true;
        return line.Text.IndexOfAny(new[] { '"', '“', '”', '«', '»', ',', '،', ':' }) >= 0;
    }

    /// <summary>
    /// Tags: a labelled list ("الوسوم: أ، ب"), hashtags ("#سوريا #قسد"), or a short run of content words that all occur
    /// in the body as words (compared by <see cref="ArabicWords.Key"/>: سوريا occurs in وسوريا).
    /// </summary>
    private static bool ReadTags(ContentLine line, HashSet<string> bodyWords, Segments result)
    {
        if (result.Tags.Count > 0) return false;
        var colon = line.Text.IndexOf(':');
        if (colon > 0 && SegmentLexicon.StartsWithAny(line.Folded, SegmentLexicon.TagLabels))
        {
            result.Tags.AddRange(SplitList(line.Text.Substring(colon + 1)));
            return result.Tags.Count > 0;
        }
        if (line.Words.Length >= 2 && line.Words.All(w => w.StartsWith("#", StringComparison.Ordinal) && w.Length > 1))
        {
            result.Tags.AddRange(line.Words.Select(StripHashtag));
            return true;
        }
        // Bare words are tags only in Arabic script: an English line of body words is as likely a deck or kicker.
        var folded = line.Words.Select(ArabicFolding.Fold).ToList();
        if (line.Words.All(w => w.Any(LanguageDetector.IsArabicLetter)) && line.WordCount >= 2 && line.WordCount <= 8 && !line.EndsSentence
            && folded.All(w => w.All(char.IsLetter) && !SegmentLexicon.FunctionWords.Contains(w) && bodyWords.Contains(ArabicWords.Key(w))))
        {
            result.Tags.AddRange(line.Words);
            return true;
        }
        return false;
    }

    private static IEnumerable<string> SplitList(string text) =>
        text.Split(new[] { '،', ',', '|', ';', '؛' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => StripHashtag(TextTrim.Trim(t))).Where(t => t.Length > 0);

    /// <summary>"#صحيفة_الفداء" → "صحيفة الفداء": hashtags join words with underscores.</summary>
    private static string StripHashtag(string text) => text.TrimStart('#').Replace('_', ' ').Trim();

    private static bool IsSection(string text) => SegmentLexicon.Sections.Contains(ArabicFolding.Fold(TextTrim.Trim(text)));

    /// <summary>A line that is site furniture: it starts with a boilerplate phrase and is too short to be a paragraph that merely begins so.</summary>
    private static bool IsBoilerplate(ContentLine line)
    {
        if (IsCopyright(line) || IsTrademarkNotice(line)) return true;
        if (line.WordCount > 8) return false;
        var bare = Bare(line.Folded);
        if (SegmentLexicon.StartsWithAny(bare, SegmentLexicon.BoilerplateOpeners)) return true;
        return SegmentLexicon.Boilerplate.Any(entry => entry.IndexOf(' ') < 0
            ? bare == entry
            : bare.StartsWith(entry, StringComparison.Ordinal) && (bare.Length == entry.Length || !char.IsLetter(bare[entry.Length])));
    }

    /// <summary>A line without the punctuation that decorates furniture ("المزيد...", "(انتهى)", "- Share -").</summary>
    private static string Bare(string folded) => folded.Trim(' ', '.', '…', '(', ')', '[', ']', '-', '–', '—', ':', '|', '»', '«', '>', '<', '/', '*');

    /// <summary>A line that is only a label: a kicker (حصري, EXCLUSIVE), a tag label (Topics), or wrapped in brackets.</summary>
    private static bool IsLabel(ContentLine line) =>
        SegmentLexicon.Kickers.Contains(Bare(line.Folded)) || SegmentLexicon.TagLabels.Contains(Bare(line.Folded))
        || (line.Text.Length > 1 && "([«\"".IndexOf(line.Text[0]) >= 0 && ")]»\"".IndexOf(line.Text[line.Text.Length - 1]) >= 0);

    /// <summary>The headline again, whole or cut short (scrapers keep the page's title, breadcrumb and share text).</summary>
    private static bool IsHeadlineCopy(ContentLine line, ContentLine headline) =>
        line.Number != headline.Number
        && (line.Folded == headline.Folded || (line.WordCount >= 2 && headline.Folded.StartsWith(line.Folded, StringComparison.Ordinal)));

    private static void Drop(Segments result, ContentLine line, string reason) => result.Dropped.Add(new DroppedLine(line.Number, line.Text, reason, line.Start));
}
