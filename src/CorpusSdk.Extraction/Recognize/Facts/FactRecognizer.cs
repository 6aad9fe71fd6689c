using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Recognize.Dates;
using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Numbers;
using CorpusSdk.Extraction.Recognize.Prose;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction.Recognize.Facts;

/// <summary>
/// Finds the statements of fact in an article's body (docs/extraction.md, "Facts"): a date in a sentence with an event
/// noun is when that event happened (اجتماع … في الرياض اليوم الإثنين 9/2/2026); a number with the noun it counts is a
/// quantity (كعضو رقم 90, العضو التسعين, 40 قتيلا, 5 million dollars). The link stage gathers the statements of several
/// articles into facts (Link/FactGatherer).
/// </summary>
public static class FactRecognizer
{
    /// <summary>Years written alone (في 2026) are dates, not quantities, unless a currency follows.</summary>
    private const int FirstYear = 1900;

    private const int LastYear = 2100;

    /// <summary>Place nouns and adjectives between في and a place's name, at most (في العاصمة السعودية الرياض: two).</summary>
    private const int MaxWordsBeforePlace = 3;

    /// <param name="paragraphs">The body paragraphs.</param>
    /// <param name="dates">Each paragraph's dates, resolved against <paramref name="reference"/>.</param>
    /// <param name="numbers">Each paragraph's numbers (<see cref="NumberRecognizer"/>).</param>
    /// <param name="mentions">The article's mentions (places give a date fact its place).</param>
    /// <param name="text">The file's text, for spans.</param>
    /// <param name="reference">The publication day, or null.</param>
    public static List<FactMention> Recognize(
        IReadOnlyList<ProseParagraph> paragraphs,
        IReadOnlyList<IReadOnlyList<RecognizedDate>> dates,
        IReadOnlyList<IReadOnlyList<RecognizedNumber>> numbers,
        IReadOnlyList<MentionModel> mentions,
        CorpusText text,
        DateTime? reference)
    {
        var facts = new List<FactMention>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var sentences = Sentences(paragraph);
            var statements = StatementDates(paragraph, sentences, dates[p]);
            foreach (var (date, verb) in statements) DateFact(paragraph, sentences, date, verb, mentions, text, reference, facts, FrameLexicon.Frame(StatementFrame));
            var eventDates = statements.Count == 0 ? dates[p] : dates[p].Where(d => !statements.Any(s => s.Date == d)).ToList();
            foreach (var (date, eventToken) in DatedEvents(paragraph, sentences, eventDates)) DateFact(paragraph, sentences, date, eventToken, mentions, text, reference, facts);
            foreach (var number in numbers[p]) NumberFact(paragraph, sentences, number, dates[p], mentions, text, reference, facts);
        }
        return facts;
    }

    /// <summary>
    /// The event nouns of a sentence paired with its dates, nearest pairs first, each noun and each date taken once (بعد
    /// فشل الاجتماع، أعلنت النقابة إضرابا يوم الخميس: the strike is Thursday's, the meeting has no date). A date before a
    /// complementizer dates the saying, not an event after it ("announced on Sunday that the election will be held on 12
    /// April": Sunday belongs to no event). Only a day can date an event (a month, الأسبوع الماضي, cannot), or a relative
    /// day the corpus may resolve; an event noun in a name (حزب المؤتمر) is no event.
    /// </summary>
    private static IEnumerable<(RecognizedDate Date, int EventToken)> DatedEvents(ProseParagraph paragraph, List<TokenRange> sentences, IReadOnlyList<RecognizedDate> dates)
    {
        var tokens = paragraph.Tokens;
        foreach (var sentence in sentences)
        {
            var inSentence = dates.Where(d => tokens[sentence.From].Start <= d.Start && d.Start < tokens[sentence.To - 1].End && IsDay(d)).ToList();
            if (inSentence.Count == 0) continue;
            var events = Enumerable.Range(sentence.From, sentence.To - sentence.From)
                .Where(i => tokens[i].IsWord && EntityLexicon.EventNouns.Contains(NounKey(tokens[i].Folded)) && !InName(tokens, i, sentence))
                .ToList();
            var pairs = from e in events
                        from d in inSentence
                        let first = TokenAt(tokens, d.Start)
                        let last = TokenAt(tokens, d.Start + d.Length - 1)
                        where !SaysBefore(tokens, last, e)
                        select (Date: d, Event: e, Distance: e < first ? first - e : (e - last) * FactLexicon.EventAfterDateCost);
            var dated = new HashSet<RecognizedDate>();
            var eventsDated = new HashSet<int>();
            foreach (var pair in pairs.OrderBy(p => p.Distance).ThenBy(p => p.Event).ThenBy(p => p.Date.Start).ToList())
            {
                if (dated.Contains(pair.Date) || eventsDated.Contains(pair.Event)) continue;
                dated.Add(pair.Date);
                eventsDated.Add(pair.Event);
                yield return (pair.Date, pair.Event);
            }
        }
    }

    /// <summary>The frame of the day a statement was made.</summary>
    private const string StatementFrame = "statement";

    /// <summary>
    /// The dates of sayings: a date right after an English verb of saying or announcing (announced on Sunday, said
    /// Saturday), or after an Arabic one that opens the sentence and before what it says (أعلنت اللجنة التحقيقية، اليوم
    /// الأحد، نتائج التحقيق; كشفت اللجنة … اليوم الأحد، أسباب الحريق): the day of the announcement, not of the fire it is
    /// about. Each with the verb's token.
    /// </summary>
    private static List<(RecognizedDate Date, int Verb)> StatementDates(ProseParagraph paragraph, List<TokenRange> sentences, IReadOnlyList<RecognizedDate> dates)
    {
        var found = new List<(RecognizedDate, int)>();
        var tokens = paragraph.Tokens;
        foreach (var sentence in sentences)
        {
            foreach (var date in dates.Where(d => tokens[sentence.From].Start <= d.Start && d.Start < tokens[sentence.To - 1].End && IsDay(d)))
            {
                var first = TokenAt(tokens, date.Start);
                var before = first - 1;
                if (before >= sentence.From && tokens[before].IsWord && tokens[before].Folded is "on") before--;
                if (before >= sentence.From && tokens[before].IsWord && EntityLexicon.IsLatin(tokens[before].Folded) && IsStatementVerb(tokens[before].Folded))
                {
                    found.Add((date, before));
                    continue;
                }
                var opener = sentence.From;
                if (opener < sentence.To && !tokens[opener].IsWord) opener++;
                if (opener >= first || first - opener > FrameLexicon.StatementDateReach || !tokens[opener].IsWord || EntityLexicon.IsLatin(tokens[opener].Folded)
                    || !IsStatementVerb(tokens[opener].Folded)) continue;
                // After أن or a colon the date is in what was said, not on the saying.
                if (Enumerable.Range(opener + 1, first - opener - 1).Any(i => tokens[i].Kind == ProseTokenKind.Colon || tokens[i].Kind == ProseTokenKind.Mark
                    || (tokens[i].IsWord && Quotes.QuoteLexicon.Complementizers.Contains(tokens[i].Folded)))) continue;
                found.Add((date, opener));
            }
        }
        return found;
    }

    private static bool IsStatementVerb(string folded) =>
        FrameLexicon.CueOf(folded) is { Kind: FrameKind.Date } || Quotes.QuoteLexicon.SpeechVerb(folded) is not null;

    /// <summary>
    /// An event noun that is part of a name or a purpose, not an event the sentence dates: after an organisation's head
    /// (حزب المؤتمر) or with لل joined (الهيئة العليا للانتخابات, the commission "for the elections").
    /// </summary>
    private static bool InName(List<ProseToken> tokens, int i, TokenRange sentence) =>
        tokens[i].Folded.StartsWith("لل", StringComparison.Ordinal)
        || (i > sentence.From && tokens[i - 1].IsWord && EntityLexicon.OrganizationHeads.Contains(EntityLexicon.Head(tokens[i - 1].Folded)));

    /// <summary>A date that names a day: a day of the calendar, or a relative day (أمس, يوم الإثنين), not a week or a month.</summary>
    private static bool IsDay(RecognizedDate date) =>
        date.IsRelative ? date.RelativeDay is not null : date.Value?.ToDay() is not null;

    /// <summary>Whether a complementizer (أن, إن, that) stands between a date and an event noun after it.</summary>
    private static bool SaysBefore(List<ProseToken> tokens, int dateEnd, int eventToken)
    {
        for (var i = dateEnd + 1; i < eventToken; i++)
        {
            if (tokens[i].IsWord && Quotes.QuoteLexicon.Complementizers.Contains(tokens[i].Folded)) return true;
        }
        return false;
    }

    /// <param name="frame">For the date of a statement, its frame: then <paramref name="eventToken"/> is the verb, and the
    /// statement is a fact of its story, not of a place.</param>
    private static void DateFact(ProseParagraph paragraph, List<TokenRange> sentences, RecognizedDate date, int eventToken, IReadOnlyList<MentionModel> mentions,
        CorpusText text, DateTime? reference, List<FactMention> facts, FactFrame? frame = null)
    {
        var tokens = paragraph.Tokens;
        var sentence = sentences.First(s => s.From <= eventToken && eventToken < s.To);
        var day = date.Value?.ToDay();
        var relative = date.IsRelative ? date.RelativeDay : null;
        var offset = date.ExplicitValue is null ? relative?.Offset : null;
        if (day is null && offset is null) return;

        var sentenceStart = paragraph.Offset + tokens[sentence.From].Start;
        var sentenceEnd = paragraph.Offset + tokens[sentence.To - 1].End;
        var eventOffset = paragraph.Offset + tokens[eventToken].Start;
        // Where it happened: a place the sentence puts "in" (في الرياض, بالرياض, في العاصمة السعودية الرياض, in Riyadh),
        // not one that only qualifies the next (السعودية in العاصمة السعودية الرياض), nearest the event first. None when
        // the sentence puts no place "in": a place it merely names (بشأن العراق) is not where the event was.
        var places = mentions.Where(m => m.Kind == EntityKinds.Place && m.Span.Start >= sentenceStart && m.Span.Start < sentenceEnd).ToList();
        var place = places.Where(m => IsLocative(text.Text, m.Span.Start) && !places.Any(next => Follows(text.Text, m, next)))
            .OrderBy(m => Math.Abs(m.Span.Start - eventOffset)).Select(m => m.Name).FirstOrDefault();
        // هجوم جديد, اجتماعا ثانيا, another attack: an event said to follow an earlier one is not that one.
        var another = Another(tokens, eventToken, sentence);
        var subject = another < 0 ? Subject(tokens[eventToken])
            : another > eventToken ? Subject(tokens[eventToken]) + " " + tokens[another].Text : tokens[another].Text + " " + Subject(tokens[eventToken]);
        var subjectKey = NounKey(tokens[eventToken].Folded) + (another < 0 ? string.Empty : FactLexicon.AnotherKey);
        if (frame is not null)
        {
            var latin = EntityLexicon.IsLatin(tokens[eventToken].Folded);
            facts.Add(new FactMention(
                FactKind.Date, frame.Label(latin), FactLexicon.FrameKeyPrefix + frame.Id, null,
                day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), offset, null,
                text.Span(paragraph.Offset + date.Start, date.Length), date.Text,
                text.Text.Substring(sentenceStart, sentenceEnd - sentenceStart), Context(tokens, sentence),
                Certain: !date.Hijri && (date.ExplicitValue is not null || offset is not null), Frame: frame.Id));
            return;
        }
        facts.Add(new FactMention(
            FactKind.Date, subject, subjectKey, place,
            day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), offset, null,
            text.Span(paragraph.Offset + date.Start, date.Length), date.Text,
            text.Text.Substring(sentenceStart, sentenceEnd - sentenceStart), Context(tokens, sentence),
            Certain: !date.Hijri && (date.ExplicitValue is not null || offset is not null)));
    }

    /// <summary>The token of a word that makes an event another one (جديد after it, another before it), or -1.</summary>
    private static int Another(List<ProseToken> tokens, int eventToken, TokenRange sentence)
    {
        var after = eventToken + 1;
        if (after < sentence.To && tokens[after].IsWord && FactLexicon.Another.Contains(tokens[after].Folded)) return after;
        var before = eventToken - 1;
        return before >= sentence.From && tokens[before].IsWord && EntityLexicon.IsLatin(tokens[before].Folded) && FactLexicon.Another.Contains(tokens[before].Folded) ? before : -1;
    }

    private static void NumberFact(ProseParagraph paragraph, List<TokenRange> sentences, RecognizedNumber number, IReadOnlyList<RecognizedDate> dates,
        IReadOnlyList<MentionModel> mentions, CorpusText text, DateTime? reference, List<FactMention> facts)
    {
        if (number.RelativeTo is not null) return;
        if (dates.Any(d => d.Start < number.Start + number.Length && number.Start < d.Start + d.Length)) return;
        var tokens = paragraph.Tokens;
        var first = TokenAt(tokens, number.Start);
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start < number.Start + number.Length) last++;
        var sentence = sentences.FirstOrDefault(s => s.From <= first && first < s.To);
        if (sentence.IsEmpty) return;
        // 220 kilometers (137 miles): a value in brackets after a measure is the same value in another unit.
        if (IsConversion(tokens, first, sentence)) return;

        var sentenceStart = paragraph.Offset + tokens[sentence.From].Start;
        var sentenceEnd = paragraph.Offset + tokens[sentence.To - 1].End;
        var inSentence = mentions.Where(m => m.Span.Start >= sentenceStart && m.Span.Start < sentenceEnd)
            .Select(m => (Start: m.Span.Start - paragraph.Offset, End: m.Span.Start + m.Span.Length - paragraph.Offset, Mention: m)).ToList();
        // one of the deadliest, واحدة من: a small number in words before "of" picks one out, it counts nothing.
        if (number.Value < FactLexicon.SmallestRank && number.Text.Any(char.IsLetter) && last + 1 < sentence.To
            && tokens[last + 1].IsWord && FactLexicon.PartitivePrepositions.Contains(tokens[last + 1].Folded)) return;
        var framed = FrameFinder.Find(tokens, sentence, first, last, inSentence);
        var (counted, numberStart) = CountedNoun(tokens, first, last, number, sentence);
        if (framed is null && counted < 0) return;
        var isYear = number.Value == decimal.Truncate(number.Value) && number.Value >= FirstYear && number.Value <= LastYear && !number.IsOrdinal;
        if (framed is null)
        {
            if (isYear && Unit(tokens, first, counted) is null) return;
            // الثاني, ثالثة, the first: small ordinals are everyday adjectives (دول ثالثة, the second round), not ranks a
            // source states; رقم makes any rank one (كعضو رقم 2).
            if (number.IsOrdinal && number.Value <= FactLexicon.SmallestRank && !paragraph.Text.Substring(numberStart, number.Start - numberStart).Any(char.IsLetter)) return;
            // One passenger train, two trains: a small count in words before a noun names things, it states no quantity
            // a source could be wrong about; a frame (two people were killed) makes it one.
            if (!number.IsOrdinal && number.Value < FactLexicon.SmallestRank && number.Text.Any(char.IsLetter)) return;
        }
        else if (number.IsOrdinal) return;

        // بعد أن كانت 18 قتيلا, up from 12: a value the sentence says is past is no claim about the present.
        if (IsPastValue(tokens, first, numberStart == number.Start ? first : first - 1, last, sentence)) return;

        var end = number.Start + number.Length;
        var update = Enumerable.Range(sentence.From, sentence.To - sentence.From).Any(i => tokens[i].IsWord && FactLexicon.IsUpdateVerb(tokens[i].Folded));
        var places = inSentence.Where(m => m.Mention.Kind == EntityKinds.Place).Select(m => m.Mention.Name)
            .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
        if (framed is { } value)
        {
            var bound = FrameFinder.BoundBefore(tokens, first, sentence);
            var boundStart = bound.Words > 0 ? tokens[first - bound.Words].Start : number.Start;
            var latin = EntityLexicon.IsLatin(tokens[first].Folded) || tokens.Skip(sentence.From).Take(sentence.To - sentence.From).Count(t => t.IsWord && EntityLexicon.IsLatin(t.Folded)) * 2 > sentence.To - sentence.From;
            var frame = value.Frame;
            var subject = value.Entity is null ? frame.Label(latin) : frame.Label(latin) + (latin ? (frame.Entity == FrameEntity.PlaceAfter ? " from " : " of ") : " ") + value.Entity;
            var entityKey = value.Entity is null ? string.Empty : FactLexicon.EntitySeparator + EntityKey(value.Entity, frame);
            // A toll from another year is background about another event: a fact of its own, named with its year.
            var otherYear = OtherYear(dates, tokens, sentence, reference);
            if (otherYear is { } year)
            {
                var written = year.ToString(CultureInfo.InvariantCulture);
                subject += " (" + written + ")";
                entityKey += FactLexicon.YearSeparator + written;
            }
            var asOf = FrameFinder.AsOf(tokens, sentence, paragraph.Text, dates, reference);
            facts.Add(new FactMention(
                FactKind.Number, subject, FactLexicon.FrameKeyPrefix + frame.Id + entityKey, null,
                Normalized(number.Value).ToString(CultureInfo.InvariantCulture), null, value.Unit,
                text.Span(paragraph.Offset + boundStart, end - boundStart), paragraph.Text.Substring(boundStart, end - boundStart),
                text.Text.Substring(sentenceStart, sentenceEnd - sentenceStart), Context(tokens, sentence),
                Update: update, Places: places, Frame: frame.Id,
                Bound: bound.Words > 0 ? bound.Bound : FrameFinder.BoundAfter(tokens, last, sentence) ?? ValueBound.Exact,
                Entity: value.Entity, Authority: FrameFinder.Authority(tokens, sentence, inSentence),
                OtherYear: otherYear, AsOf: asOf?.Text, AsOfTime: asOf?.Time));
            return;
        }

        var countedToken = tokens[counted];
        facts.Add(new FactMention(
            FactKind.Number, Subject(countedToken), NounKey(countedToken.Folded), null,
            Normalized(number.Value).ToString(CultureInfo.InvariantCulture), null, Unit(tokens, first, counted),
            text.Span(paragraph.Offset + numberStart, end - numberStart), paragraph.Text.Substring(numberStart, end - numberStart),
            text.Text.Substring(sentenceStart, sentenceEnd - sentenceStart), Context(tokens, sentence),
            Update: update, Places: places));
    }

    /// <summary>Whether the number stands in brackets right after a measure (220 kilometers (137 miles)).</summary>
    private static bool IsConversion(List<ProseToken> tokens, int first, TokenRange sentence) =>
        first - 2 >= sentence.From && tokens[first - 1].Text == "(" && tokens[first - 2].IsWord && FrameLexicon.UnitOf(tokens[first - 2].Folded) is not null;

    /// <summary>
    /// A year the sentence states that is not the year of the article's publication (في 2004 لقي 200 شخص حتفهم; in the
    /// 1995 crash, 300 died), or null: such a statement is background about another event.
    /// </summary>
    private static int? OtherYear(IReadOnlyList<RecognizedDate> dates, List<ProseToken> tokens, TokenRange sentence, DateTime? reference)
    {
        if (reference is not { } published) return null;
        var from = tokens[sentence.From].Start;
        var to = tokens[sentence.To - 1].End;
        foreach (var date in dates)
        {
            if (date.Start < from || date.Start >= to || date.IsRelative || date.ExplicitValue?.Year is not int year) continue;
            if (year != published.Year) return year;
        }
        // In 2009, 300 died: a year written alone, which the date recognizer leaves to the numbers.
        for (var i = sentence.From; i < sentence.To; i++)
        {
            var word = tokens[i].Folded;
            if (tokens[i].IsWord && word.Length == 4 && word.All(char.IsDigit) && int.Parse(word, CultureInfo.InvariantCulture) is var year
                && year >= FirstYear && year <= LastYear && year != published.Year) return year;
        }
        return null;
    }

    /// <summary>The part of an entity's name that two articles share: a place as named, a person by the last word of the name.</summary>
    private static string EntityKey(string entity, FactFrame frame)
    {
        var words = ArabicWords.Split(ArabicFolding.Fold(entity)).Select(ArabicWords.Key).ToList();
        if (words.Count == 0) return ArabicFolding.Fold(entity);
        return frame.Entity == FrameEntity.Person ? words[words.Count - 1] : string.Join(" ", words);
    }

    /// <summary>
    /// Whether the sentence says the number at <paramref name="first"/> is a past value: كان or كانت just before it (بعد أن
    /// كانت 18), or "from" before it and "to" after it (rose from 12 to 15).
    /// </summary>
    private static bool IsPastValue(List<ProseToken> tokens, int first, int start, int last, TokenRange sentence)
    {
        for (var i = start - 1; i >= sentence.From && i >= start - FactLexicon.MaxWordsAfterWas; i--)
        {
            if (tokens[i].IsWord && FactLexicon.Was.Contains(tokens[i].Folded)) return true;
        }
        var before = start - 1;
        if (before < sentence.From || !tokens[before].IsWord || !FactLexicon.From.Contains(tokens[before].Folded)) return false;
        for (var i = last + 1; i < sentence.To && i <= last + 3; i++)
        {
            if (tokens[i].IsWord && FactLexicon.To.Contains(tokens[i].Folded)) return true;
        }
        return false;
    }

    /// <summary>A number without the trailing zeros its decimal scale keeps (1.50 million is 1500000, not 1500000.00).</summary>
    private static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// The noun a number counts: for an ordinal (العضو التسعين; كعضو رقم 90, رقم marking the rank) the noun before it,
    /// for an English ordinal (the 90th member) and any cardinal (40 قتيلا, 5 million dollars) the noun after it. Returns
    /// the noun's token (-1 when there is none) and where the number starts (at رقم when it marks the rank).
    /// </summary>
    private static (int Counted, int Start) CountedNoun(List<ProseToken> tokens, int first, int last, RecognizedNumber number, TokenRange sentence)
    {
        var before = first - 1;
        var start = number.Start;
        var rank = before >= sentence.From && tokens[before].IsWord && FactLexicon.RankMarkers.Contains(tokens[before].Folded);
        if (rank)
        {
            start = tokens[before].Start;
            before--;
        }
        var latin = EntityLexicon.IsLatin(tokens[first].Folded) || (last + 1 < sentence.To && tokens[last + 1].IsWord && EntityLexicon.IsLatin(tokens[last + 1].Folded));
        // في المرتبة 45, in position 45: a rank noun before a number is what it counts.
        var rankNoun = !rank && before >= sentence.From && tokens[before].IsWord && FactLexicon.RankNouns.Contains(NounKey(tokens[before].Folded));
        int counted;
        if (((rank || number.IsOrdinal) && !latin) || rankNoun) counted = before;
        else
        {
            counted = last + 1;
            // 40 من القتلى, 40 of the victims: the noun after "of".
            if (counted < sentence.To && tokens[counted].IsWord && FactLexicon.PartitivePrepositions.Contains(tokens[counted].Folded)) counted++;
        }
        if (counted < sentence.From || counted >= sentence.To || !tokens[counted].IsWord) return (-1, start);
        var folded = tokens[counted].Folded;
        if (char.IsDigit(folded[0]) || EntityLexicon.IsIn(SegmentLexicon.FunctionWords, tokens[counted]) || FactLexicon.NotCounted.Contains(NounKey(folded)))
            return (-1, start);
        return (counted, start);
    }

    /// <summary>The currency of an amount: the counted noun (دولار, dollars) or a symbol before the number ($, €).</summary>
    private static string? Unit(List<ProseToken> tokens, int first, int counted)
    {
        if (EntityLexicon.Currencies.TryGetValue(tokens[counted].Folded, out var currency)) return currency;
        if (EntityLexicon.Currencies.TryGetValue(EntityLexicon.Head(tokens[counted].Folded), out currency)) return currency;
        return first > 0 && EntityLexicon.Currencies.TryGetValue(tokens[first - 1].Text, out currency) ? currency : null;
    }

    /// <summary>
    /// Whether the place at <paramref name="start"/> is put "in": في or in/at before it, or ب joined to it (بالرياض),
    /// with place nouns and adjectives of origin between (في العاصمة السعودية الرياض).
    /// </summary>
    private static bool IsLocative(string text, int start)
    {
        if (start > 0 && text[start - 1] == 'ب') return true;
        var end = start;
        for (var words = 0; words <= MaxWordsBeforePlace; words++)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            var wordStart = end;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
            if (wordStart == end) return false;
            var word = ArabicFolding.Fold(text.Substring(wordStart, end - wordStart));
            if (FactLexicon.LocativePrepositions.Contains(word)) return true;
            var head = EntityLexicon.Head(word);
            var adjective = word.StartsWith("ال", StringComparison.Ordinal) && (head.EndsWith("ي", StringComparison.Ordinal) || head.EndsWith("يه", StringComparison.Ordinal));
            if (!EntityLexicon.PlaceNouns.Contains(word) && !EntityLexicon.PlaceNouns.Contains(head) && !adjective) return false;
            end = wordStart;
        }
        return false;
    }

    /// <summary>Whether <paramref name="next"/> follows <paramref name="place"/> with only a space between: then the first qualifies the second.</summary>
    private static bool Follows(string text, MentionModel place, MentionModel next)
    {
        var end = place.Span.Start + place.Span.Length;
        return next.Span.Start > end && text.Substring(end, next.Span.Start - end).All(char.IsWhiteSpace);
    }

    /// <summary>The sentences of a paragraph: runs of tokens up to a full stop, question or exclamation mark.</summary>
    private static List<TokenRange> Sentences(ProseParagraph paragraph)
    {
        var sentences = new List<TokenRange>();
        var start = 0;
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != ProseTokenKind.SentenceEnd) continue;
            if (i > start) sentences.Add(new TokenRange(start, i + 1));
            start = i + 1;
        }
        if (start < tokens.Count) sentences.Add(new TokenRange(start, tokens.Count));
        return sentences;
    }

    /// <summary>The first token that ends after <paramref name="offset"/> (tokens are in text order: a binary search).</summary>
    private static int TokenAt(List<ProseToken> tokens, int offset)
    {
        int low = 0, high = tokens.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].End > offset) high = mid;
            else low = mid + 1;
        }
        return Math.Max(0, low);
    }

    /// <summary>The subject as written, without a conjunction or preposition joined to it (باجتماع → اجتماع).</summary>
    private static string Subject(ProseToken token)
    {
        var folded = token.Folded;
        var text = token.Text;
        if (folded.Length > 4 && "وبلفك".IndexOf(folded[0]) >= 0 && !folded.StartsWith("لل", StringComparison.Ordinal)
            && EntityLexicon.EventNouns.Contains(NounKey(folded.Substring(1))))
        {
            text = text.Substring(1);
        }
        return text;
    }

    /// <summary>
    /// A noun's key: folded, without its article or proclitic (<see cref="ArabicWords.Key"/>), without the alef of an
    /// accusative ending (اجتماعاً, قتيلا) or an English plural s (meetings).
    /// </summary>
    public static string NounKey(string folded)
    {
        var key = ArabicWords.Key(folded);
        if (key.Length >= 4 && key[key.Length - 1] == 'ا' && !EntityLexicon.IsLatin(key)) key = key.Substring(0, key.Length - 1);
        if (EntityLexicon.IsLatin(key) && key.Length > 3 && key.EndsWith("s", StringComparison.Ordinal) && !key.EndsWith("ss", StringComparison.Ordinal)) key = key.Substring(0, key.Length - 1);
        return key;
    }

    /// <summary>The keys of a sentence's content words: not function words, numbers or one- and two-letter words.</summary>
    private static EquatableArray<string> Context(List<ProseToken> tokens, TokenRange sentence)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = sentence.From; i < sentence.To; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || char.IsDigit(token.Folded[0]) || EntityLexicon.IsIn(SegmentLexicon.FunctionWords, token)) continue;
            var key = NounKey(token.Folded);
            if (key.Length >= 3) keys.Add(key);
        }
        return keys.ToEquatableArray();
    }
}

/// <summary>The word lists of the fact rules.</summary>
public static class FactLexicon
{
    /// <summary>Words that mark a number as a rank (كعضو رقم 90, member No. 90): the noun before them is counted.</summary>
    internal static readonly WordSet RankMarkers = FoldedWords.Set("رقم", "number", "no.", "no");

    /// <summary>Prepositions that put a place as where something happened (في الرياض, in Riyadh, at Camp David).</summary>
    internal static readonly WordSet LocativePrepositions = FoldedWords.Set("في", "وفي", "in", "at");

    /// <summary>
    /// A date follows the event it dates far more often than it precedes it (اجتماع … عقد يوم الأحد; فشل الاجتماع الذي
    /// عقد يوم الأحد في التوصل إلى اتفاق: the meeting's date, not the agreement's): an event after the date counts as this
    /// many times as far.
    /// </summary>
    public const double EventAfterDateCost = 2.5;

    /// <summary>Words that make the number after them a past value (بعد أن كانت 18 قتيلا; had earlier said 288 had died).</summary>
    internal static readonly WordSet Was = FoldedWords.Set("كان", "كانت", "كانوا", "كانا", "سابقا", "previously", "earlier");

    /// <summary>What a framed statement's subject key starts with: frames are keyed apart from counted nouns.</summary>
    public const string FrameKeyPrefix = "frame:";

    /// <summary>What separates a framed statement's frame from its entity in its subject key (distance|kolkata).</summary>
    public const string EntitySeparator = "|";

    /// <summary>What separates the year of a background statement in its subject key (deaths@2004).</summary>
    public const string YearSeparator = "@";

    /// <summary>How far before a number <see cref="Was"/> may stand (كانت في المرتبة 25: two words between).</summary>
    public const int MaxWordsAfterWas = 3;

    /// <summary>"from" and "to" around a number that changed (rose from 12 to 15, ارتفع من 12 إلى 15): the first is past.</summary>
    internal static readonly WordSet From = FoldedWords.Set("from", "من");

    internal static readonly WordSet To = FoldedWords.Set("to", "إلى", "الى");

    /// <summary>
    /// Verbs that report a count going up or down (ارتفعت الحصيلة, rose to): a later article that updates a number does
    /// not dispute the earlier one. Stems, matched at the start of the folded word after و/ف.
    /// </summary>
    public static readonly IReadOnlyList<string> UpdateVerbs = FoldedWords.List(
        "ارتفع", "يرتفع", "تجاوز", "يتجاوز", "تخطى", "انخفض", "ينخفض", "تراجع", "يتراجع",
        "rose", "risen", "rising", "climbed", "increased", "fell", "dropped", "updated");

    /// <summary>Whether a folded word is an update verb (<see cref="UpdateVerbs"/>), with a conjunction or not.</summary>
    public static bool IsUpdateVerb(string folded)
    {
        var word = folded.Length > 3 && (folded[0] == 'و' || folded[0] == 'ف') ? folded.Substring(1) : folded;
        return UpdateVerbs.Any(stem => word.StartsWith(stem, StringComparison.Ordinal) || folded.StartsWith(stem, StringComparison.Ordinal));
    }

    /// <summary>Nouns of rank that a number after them counts (المرتبة 45, المركز الثالث, rank 45, position 3).</summary>
    internal static readonly WordSet RankNouns = new(new[] { "مرتبه", "مركز", "ترتيب", "rank", "position", "place" });

    /// <summary>Ordinals up to this one are adjectives (الثاني, ثالثة, the third) unless رقم or No. marks them as a rank.</summary>
    public const int SmallestRank = 3;

    /// <summary>
    /// Words that make an event another one than an earlier one of its kind (هجوم جديد, اجتماعا ثانيا, another attack):
    /// its statements are gathered apart from the plain noun's, under <see cref="AnotherKey"/>.
    /// </summary>
    internal static readonly WordSet Another = FoldedWords.Set(
        "جديد", "جديدا", "جديدة", "جديدًا", "آخر", "آخرا", "أخرى", "ثان", "ثانيا", "ثانية", "ثالث", "ثالثا", "ثالثة",
        "new", "another", "second", "fresh", "third", "further");

    /// <summary>What <see cref="Another"/> adds to an event's subject key.</summary>
    public const string AnotherKey = " +another";

    /// <summary>Prepositions between a number and the noun it counts (40 من القتلى, 40 of the victims).</summary>
    internal static readonly WordSet PartitivePrepositions = FoldedWords.Set("من", "of");

    /// <summary>
    /// Words after a number that are not what it counts: units of time and the parts of dates and scores (3 أيام is a
    /// duration, not a quantity a source can dispute the way it disputes a toll).
    /// </summary>
    internal static readonly WordSet NotCounted = FoldedWords.Set(
        "يوم", "ايام", "أيام", "ساعة", "ساعات", "دقيقة", "دقائق", "أسبوع", "أسابيع", "شهر", "أشهر", "شهور", "سنة", "سنوات", "عام", "أعوام", "مرة",
        "مرات", "day", "days", "hour", "hours", "minute", "minutes", "week", "weeks", "month", "months", "year", "years", "time", "times",
        "percent", "per", "cent", "pm", "am");
}
