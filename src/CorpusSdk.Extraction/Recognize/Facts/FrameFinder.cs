using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Recognize.Dates;
using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Prose;

namespace CorpusSdk.Extraction.Recognize.Facts;

/// <summary>A number's frame as a sentence states it: what it counts, in what unit, and the entity it belongs to.</summary>
/// <param name="Entity">For a distance, the place it is measured from; for an age, the person's name; otherwise null.</param>
internal readonly record struct FramedValue(FactFrame Frame, string? Unit, string? Entity);

/// <summary>
/// Finds the frame of a number (docs/extraction.md, "Frames"): a unit written after it (250 km), an age's shape (Lopez,
/// 52,; a 52-year-old; عمره 40 عاما), or the nearest frame word within its clause, after it (233 people have been killed,
/// 82 جريحا) or before it (killing more than 280, مقتل أكثر من 100, the death toll has risen to 233). A clause ends at
/// punctuation, a conjunction or another number: in "killed 10 and injured 20" each number keeps its own verb.
/// </summary>
internal static class FrameFinder
{
    /// <param name="tokens">The paragraph's tokens.</param>
    /// <param name="sentence">The sentence of the number.</param>
    /// <param name="first">The number's first token.</param>
    /// <param name="last">The number's last token.</param>
    /// <param name="mentions">The mentions of the sentence, their starts made relative to the paragraph.</param>
    public static FramedValue? Find(List<ProseToken> tokens, TokenRange sentence, int first, int last, IReadOnlyList<(int Start, int End, MentionModel Mention)> mentions)
    {
        var beforeNumber = first - 1 - BoundBefore(tokens, first, sentence).Words;
        if (SquaredLength(tokens, sentence, last) is { } area) return new FramedValue(FrameLexicon.Frame(FrameLexicon.SquaredFrame)!, area, null);
        if (last + 1 < sentence.To && tokens[last + 1].IsWord && FrameLexicon.UnitOf(tokens[last + 1].Folded) is { } unit)
        {
            var frame = unit.Frame;
            for (var i = beforeNumber; i >= sentence.From && i > beforeNumber - FrameLexicon.Reach; i--)
            {
                if (!tokens[i].IsWord) break;
                if (FrameLexicon.Refining(frame, tokens[i].Folded) is { } refined)
                {
                    frame = refined;
                    break;
                }
            }
            // 10 km deep: the cue may follow the unit.
            if (last + 2 < sentence.To && tokens[last + 2].IsWord && FrameLexicon.Refining(frame, tokens[last + 2].Folded) is { } following) frame = following;
            var entity = frame.Entity == FrameEntity.PlaceAfter ? PlaceAfter(tokens, last + 2, sentence, mentions) : null;
            return new FramedValue(frame, unit.Unit, entity);
        }

        if (Age(tokens, sentence, first, last, beforeNumber, mentions) is { } age) return age;

        var (after, afterDistance) = CueAfter(tokens, sentence, last);
        var (before, beforeDistance) = StartsClause(tokens[first]) ? (null, int.MaxValue) : CueBefore(tokens, sentence, beforeNumber);
        var found = beforeDistance < afterDistance ? before : after ?? before;
        // An age's words (aged, عمره) name a frame only in the shapes Age reads: alone they are no count.
        // A verb of announcing dates a statement (FactRecognizer's statement dates); it counts nothing.
        return found is null || found.Kind is FrameKind.Attribute or FrameKind.Date ? null : new FramedValue(found, null, null);
    }

    /// <summary>
    /// The unit of a length made square right after the number (100 square kilometres, 40 sq km, 20 كيلومترا مربعا: km²),
    /// or null: the length alone would be a distance.
    /// </summary>
    private static string? SquaredLength(List<ProseToken> tokens, TokenRange sentence, int last)
    {
        if (last + 2 >= sentence.To || !tokens[last + 1].IsWord || !tokens[last + 2].IsWord) return null;
        var (one, two) = (tokens[last + 1].Folded, tokens[last + 2].Folded);
        var length = FrameLexicon.Squares.Contains(one) ? FrameLexicon.LengthUnit(two) : FrameLexicon.Squares.Contains(two) ? FrameLexicon.LengthUnit(one) : null;
        return length is null ? null : length + "²";
    }

    /// <summary>The bound written before the number (more than, نحو, at least) and how many words it takes.</summary>
    public static (ValueBound Bound, int Words) BoundBefore(List<ProseToken> tokens, int first, TokenRange sentence)
    {
        foreach (var (words, bound) in BoundLexicon.Before)
        {
            if (Matches(tokens, first - words.Length, words, sentence)) return (bound, words.Length);
        }
        return (ValueBound.Exact, 0);
    }

    /// <summary>The bound written after the number or its noun (100 شخص على الأقل), within two words of it, or null.</summary>
    public static ValueBound? BoundAfter(List<ProseToken> tokens, int last, TokenRange sentence)
    {
        for (var start = last + 1; start <= last + 2 && start < sentence.To; start++)
        {
            foreach (var (words, bound) in BoundLexicon.After)
            {
                if (Matches(tokens, start, words, sentence)) return bound;
            }
            if (!tokens[start].IsWord) break;
        }
        return null;
    }

    /// <summary>
    /// Who the sentence attributes its statement to: the mention after an attribution word (according to the ministry,
    /// وفق وزارة الصحة), or the words there when no mention is or the mention only qualifies them (quoting the state's
    /// relief commissioner); else the person or organisation right beside a speech verb of the sentence (the ministry
    /// said, قال وزير الداخلية). Null when the sentence attributes it to no one.
    /// </summary>
    public static string? Authority(List<ProseToken> tokens, TokenRange sentence, IReadOnlyList<(int Start, int End, MentionModel Mention)> mentions)
    {
        for (var i = sentence.From; i < sentence.To; i++)
        {
            if (!tokens[i].IsWord || !BoundLexicon.Attribution.Contains(Bare(tokens[i].Folded))) continue;
            var from = i + 1;
            // according to, وفقا لـ: the preposition after the word belongs to it.
            if (from < sentence.To && tokens[from].IsWord && (tokens[from].Folded is "to" or "لـ" or "ل" or "عن")) from++;
            if (from >= sentence.To) return null;
            var after = mentions.Where(m => m.Mention.Kind != EntityKinds.Place && m.Start >= tokens[from].Start && m.Start <= tokens[Math.Min(from + 2, sentence.To - 1)].Start)
                .OrderBy(m => m.Start).FirstOrDefault();
            if (after.Mention is not null && !Possessive(tokens, after.End)) return after.Mention.Name;
            var words = new List<string>();
            for (var j = from; j < sentence.To && words.Count < MaxAuthorityWords && tokens[j].IsWord && !char.IsDigit(tokens[j].Folded[0]); j++)
            {
                if (tokens[j].Folded is "the" && words.Count == 0) continue;
                words.Add(tokens[j].Text);
            }
            return words.Count == 0 ? null : string.Join(" ", words);
        }
        foreach (var verb in Enumerable.Range(sentence.From, sentence.To - sentence.From).Where(i => tokens[i].IsWord && Quotes.QuoteLexicon.IsSpeechVerbWord(tokens[i].Folded)))
        {
            // X said (the mention ends within two words before the verb), said X, قال X (it starts within two after).
            var before = verb - AuthorityGap - 1 >= sentence.From ? tokens[verb - AuthorityGap - 1].End : tokens[sentence.From].Start;
            var afterEnd = verb + AuthorityGap < sentence.To ? tokens[verb + AuthorityGap].Start : tokens[sentence.To - 1].Start;
            var beside = mentions.Where(m => m.Mention.Kind != EntityKinds.Place
                    && ((m.End <= tokens[verb].Start && m.End >= before) || (m.Start >= tokens[verb].End && m.Start <= afterEnd)))
                .OrderBy(m => Math.Min(Math.Abs(tokens[verb].Start - m.End), Math.Abs(m.Start - tokens[verb].End))).FirstOrDefault();
            if (beside.Mention is not null) return beside.Mention.Name;
        }
        return null;
    }

    /// <summary>
    /// The time the sentence says its statement holds for (as of Saturday morning, حتى مساء أمس, so far): the words as
    /// written and the time as a sortable text (<c>2023-06-03T09</c>, or the day alone when no hour is said), null when
    /// the day cannot be resolved. Null when the sentence says no time.
    /// </summary>
    public static (string Text, string? Time)? AsOf(List<ProseToken> tokens, TokenRange sentence, string paragraphText,
        IReadOnlyList<RecognizedDate> dates, DateTime? reference)
    {
        for (var i = sentence.From; i < sentence.To; i++)
        {
            foreach (var words in BoundLexicon.SoFar)
            {
                if (!Matches(tokens, i, words, sentence)) continue;
                var last = tokens[i + words.Length - 1];
                return (paragraphText.Substring(tokens[i].Start, last.End - tokens[i].Start), reference is { } day ? Day(day) : null);
            }
            foreach (var words in BoundLexicon.AsOf)
            {
                // A marker that ends the sentence has no time after it.
                if (!Matches(tokens, i, words, sentence) || i + words.Length >= sentence.To) continue;
                var j = i + words.Length;
                int? hour = null;
                var end = -1;
                if (j < sentence.To && tokens[j].IsWord && DayPart(tokens[j].Folded) is { } before)
                {
                    hour = before;
                    end = tokens[j].End;
                    j++;
                    if (j < sentence.To && tokens[j].IsWord && tokens[j].Folded is "يوم" or "of" or "on") j++;
                }
                // The date may take the part of the day in (مساء أمس as one date) or follow it.
                var first = tokens[i + words.Length].Start;
                var date = dates.FirstOrDefault(d => d.Start >= first && d.Start <= (j < sentence.To ? tokens[j].End : end));
                if (date is null && hour is null) continue;
                DateTime? resolved = reference;
                if (date is not null)
                {
                    end = Math.Max(end, date.Start + date.Length);
                    resolved = date.Value is { Year: { } y, Month: { } m, Day: { } d } && d <= DateTime.DaysInMonth(y, m) ? new DateTime(y, m, d) : null;
                    hour ??= date.Value?.Hour;
                    // Saturday morning, أمس مساء: the part of the day after it.
                    var next = tokens.FindIndex(j, t => t.Start >= end);
                    if (hour is null && next >= 0 && next < sentence.To && tokens[next].IsWord && DayPart(tokens[next].Folded) is { } after)
                    {
                        hour = after;
                        end = tokens[next].End;
                    }
                }
                var time = resolved is { } known ? Day(known) + (hour is { } h ? "T" + h.ToString("00", CultureInfo.InvariantCulture) : string.Empty) : null;
                return (paragraphText.Substring(tokens[i].Start, end - tokens[i].Start), time);
            }
        }
        return null;
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The hour a part of the day is taken at (<see cref="BoundLexicon.DayParts"/>), with or without its article.</summary>
    private static int? DayPart(string folded)
    {
        var word = Bare(folded);
        if (word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 4) word = word.Substring(2);
        return BoundLexicon.DayParts.TryGetValue(word, out var hour) ? hour : null;
    }

    /// <summary>How many words may stand between a length and the name of the place it is measured from (north of the town of).</summary>
    private const int MaxWordsBeforePlace = 5;

    /// <summary>How many words may stand between a speech verb and the name it attributes to (said on Sunday X).</summary>
    private const int AuthorityGap = 2;

    /// <summary>How many words of an attribution without a mention are kept (according to local officials).</summary>
    private const int MaxAuthorityWords = 4;

    /// <summary>Whether the text right after a mention is a possessive (Odisha’s): then the mention qualifies what follows.</summary>
    private static bool Possessive(List<ProseToken> tokens, int end)
    {
        foreach (var token in tokens)
        {
            if (token.Start < end && token.End > end - 1 && token.End >= end) return token.Text.EndsWith("’s", StringComparison.Ordinal) || token.Text.EndsWith("'s", StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>The place a length is measured from: after compass words and "of"/"from" (250 km south of Kolkata, 20 كلم جنوب بغداد).</summary>
    private static string? PlaceAfter(List<ProseToken> tokens, int start, TokenRange sentence, IReadOnlyList<(int Start, int End, MentionModel Mention)> mentions)
    {
        var i = start;
        // 220 kilometers (137 miles) southwest of: the conversion in brackets is skipped.
        if (i < sentence.To && tokens[i].Text == "(")
        {
            while (i < sentence.To && tokens[i].Text != ")") i++;
            i++;
        }
        var steps = 0;
        var measured = false;
        // south of, شمال غرب, north of the town of, جنوب مدينة: the words before the place's name.
        while (i < sentence.To && steps < MaxWordsBeforePlace && tokens[i].IsWord)
        {
            var folded = tokens[i].Folded;
            var bearing = FrameLexicon.Bearings.Contains(Bare(folded)) || FrameLexicon.From.Contains(folded);
            if (!bearing && !(measured && (folded == "the" || EntityLexicon.PlaceNouns.Contains(folded) || EntityLexicon.PlaceNouns.Contains(EntityLexicon.Head(folded))))) break;
            measured |= bearing;
            i++;
            steps++;
        }
        if (!measured || i >= sentence.To) return null;
        var at = tokens[i].Start;
        var mention = mentions.Where(m => m.Mention.Kind == EntityKinds.Place && m.Start <= at + 2 && m.End > at).Select(m => m.Mention.Name).FirstOrDefault();
        if (mention is not null) return mention;
        // An English place the recognizer left out is still a capitalized name.
        return tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) ? tokens[i].Text : null;
    }

    /// <summary>
    /// A person's age: "Lopez, 52," (a number alone between commas after a person), a 52-year-old, aged 52, or an age
    /// word before a number of years (عمره 40 عاما, البالغ من العمر 40 عاما). The entity is the person named nearest.
    /// </summary>
    private static FramedValue? Age(List<ProseToken> tokens, TokenRange sentence, int first, int last, int beforeNumber,
        IReadOnlyList<(int Start, int End, MentionModel Mention)> mentions)
    {
        var frame = FrameLexicon.Frame("age");
        if (frame is null) return null;
        var people = mentions.Where(m => m.Mention.Kind == EntityKinds.Person).ToList();
        if (people.Count == 0) return null;
        var number = tokens[first];
        var joinedYears = number.Folded.EndsWith("-year-old", StringComparison.Ordinal) || number.Folded.EndsWith("-years-old", StringComparison.Ordinal);
        var yearsAfter = last + 1 < sentence.To && tokens[last + 1].IsWord && FrameLexicon.AgeUnits.Contains(tokens[last + 1].Folded);
        var yearsOld = yearsAfter && last + 2 < sentence.To && tokens[last + 2].Folded == "old";
        var between = first > sentence.From && tokens[first - 1].Kind == ProseTokenKind.Comma
            && (last + 1 >= sentence.To || tokens[last + 1].Kind is ProseTokenKind.Comma or ProseTokenKind.SentenceEnd)
            && people.Any(p => p.End <= tokens[first - 1].Start && p.End >= tokens[first - 1].Start - 1);
        var cue = false;
        for (var i = beforeNumber; i >= sentence.From && i > beforeNumber - FrameLexicon.Reach; i--)
        {
            if (!tokens[i].IsWord) break;
            if (FrameLexicon.CueOf(tokens[i].Folded) == frame) cue = true;
        }
        var aged = beforeNumber >= sentence.From && tokens[beforeNumber].Folded == "aged";
        if (!(between || joinedYears || yearsOld || aged || (cue && yearsAfter))) return null;
        var at = number.Start;
        var person = people.Where(p => p.End <= at).OrderByDescending(p => p.End).FirstOrDefault();
        if (person.Mention is null) person = people.Where(p => p.Start > at).OrderBy(p => p.Start).FirstOrDefault();
        return person.Mention is null ? null : new FramedValue(frame, null, WithoutAgeWords(person.Mention.Name, frame));
    }

    /// <summary>A name without the age words a mention took in after it (سامر خليل البالغ → سامر خليل).</summary>
    private static string WithoutAgeWords(string name, FactFrame age)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 1 && FrameLexicon.CueOf(Normalize.ArabicFolding.Fold(words[words.Count - 1])) == age) words.RemoveAt(words.Count - 1);
        return string.Join(" ", words);
    }

    /// <summary>The nearest frame word after the number within its clause and <see cref="FrameLexicon.Reach"/>, and how far it is.</summary>
    private static (FactFrame? Frame, int Distance) CueAfter(List<ProseToken> tokens, TokenRange sentence, int last)
    {
        var distance = 0;
        for (var i = last + 1; i < sentence.To && distance < FrameLexicon.Reach; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || char.IsDigit(token.Folded[0])) break;
            if (BoundAt(tokens, i, sentence) is { } skip)
            {
                i += skip - 1;
                continue;
            }
            distance++;
            if (FrameLexicon.CueOf(token.Folded) is { } frame)
            {
                // وأصيب after "100 شخص": a cue behind و past the counted noun opens the next clause.
                if (distance > 1 && StartsClause(token) && FrameLexicon.CueOf(token.Folded.Substring(1)) == frame && !IsListed(frame, token.Folded)) break;
                return (frame, distance);
            }
            if (FrameLexicon.ClauseBreaks.Contains(token.Folded) || (distance > 1 && StartsClause(token))) break;
        }
        return (null, int.MaxValue);
    }

    /// <summary>
    /// The nearest frame word before the number within its clause: a cue within <see cref="FrameLexicon.Reach"/>, or a head
    /// (toll, حصيلة) within <see cref="FrameLexicon.HeadReach"/>, which names the frame of the cue beside it (حصيلة الجرحى)
    /// or <see cref="FrameLexicon.HeadFrame"/>.
    /// </summary>
    private static (FactFrame? Frame, int Distance) CueBefore(List<ProseToken> tokens, TokenRange sentence, int beforeNumber)
    {
        var distance = 0;
        for (var i = beforeNumber; i >= sentence.From && distance < FrameLexicon.HeadReach; i--)
        {
            var token = tokens[i];
            // rose from 12 to 15: the past value and its "from" belong to this clause.
            if (token.IsWord && char.IsDigit(token.Folded[0]) && i - 1 >= sentence.From && tokens[i - 1].IsWord && FactLexicon.From.Contains(tokens[i - 1].Folded))
            {
                i--;
                continue;
            }
            if (!token.IsWord || char.IsDigit(token.Folded[0])) break;
            distance++;
            if (FrameLexicon.Heads.Contains(Bare(token.Folded)))
            {
                var beside = (i + 1 < sentence.To && tokens[i + 1].IsWord ? FrameLexicon.CueOf(tokens[i + 1].Folded) : null)
                    ?? (i - 1 >= sentence.From && tokens[i - 1].IsWord ? FrameLexicon.CueOf(tokens[i - 1].Folded) : null);
                return (beside ?? FrameLexicon.Frame(FrameLexicon.HeadFrame), distance);
            }
            if (distance <= FrameLexicon.Reach && FrameLexicon.CueOf(token.Folded) is { } frame) return (frame, distance);
            if (FrameLexicon.ClauseBreaks.Contains(token.Folded)) break;
        }
        return (null, int.MaxValue);
    }

    /// <summary>How many words an after-number bound phrase takes at <paramref name="i"/> (على الأقل), or null.</summary>
    private static int? BoundAt(List<ProseToken> tokens, int i, TokenRange sentence)
    {
        foreach (var (words, _) in BoundLexicon.After)
        {
            if (Matches(tokens, i, words, sentence)) return words.Length;
        }
        return null;
    }

    private static bool IsListed(FactFrame frame, string folded) => frame.Cues.Contains(folded);

    /// <summary>An Arabic word with و joined before it: it opens a clause (و82, وأصيب) unless the و is its own root letter.</summary>
    private static bool StartsClause(ProseToken token) =>
        token.Folded.Length > 2 && token.Folded[0] == 'و' && !EntityLexicon.IsLatin(token.Folded);

    /// <summary>A folded word without a conjunction joined to it (وبحسب → بحسب).</summary>
    private static string Bare(string folded) =>
        folded.Length > 3 && (folded[0] == 'و' || folded[0] == 'ف') && !EntityLexicon.IsLatin(folded) ? folded.Substring(1) : folded;

    private static bool Matches(List<ProseToken> tokens, int start, string[] words, TokenRange sentence)
    {
        if (start < sentence.From || start + words.Length > sentence.To) return false;
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k];
            if (!token.IsWord) return false;
            var folded = k == 0 ? Bare(token.Folded) : token.Folded;
            if (folded != words[k] && token.Folded != words[k]) return false;
        }
        return true;
    }
}
