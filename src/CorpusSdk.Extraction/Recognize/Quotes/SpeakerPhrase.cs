using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Prose;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction.Recognize.Quotes;

/// <summary>The speaker a phrase names, before it is matched to the article's earlier speakers.</summary>
/// <param name="Text">The speaker as written.</param>
/// <param name="Name">The person's name, or the source or body itself; null for a person named by title only.</param>
/// <param name="Role">The title or role, or null.</param>
/// <param name="Kind">One of <see cref="SpeakerKinds"/>.</param>
/// <param name="IsPronoun">He, she, they: the previous speaker goes on.</param>
/// <param name="NameStart">Where the person's name is written in the file (an offset), or -1 when the phrase names none.</param>
/// <param name="NameLength">Its length.</param>
public sealed record SpeakerName(string Text, string? Name, string? Role, string Kind, bool IsPronoun, int NameStart = -1, int NameLength = 0)
{
    /// <summary>The same speaker with its name at tokens [from, to) of <paramref name="paragraph"/>.</summary>
    public SpeakerName At(ProseParagraph paragraph, int from, int to) => to <= from ? this
        : this with { NameStart = paragraph.Offset + paragraph.Tokens[from].Start, NameLength = paragraph.Tokens[to - 1].End - paragraph.Tokens[from].Start };
}

/// <summary>
/// Reads a speaker phrase: the words between an Arabic speech verb and what was said (وزير الخارجية أسعد الشيباني، في
/// منشور عبر منصة «إكس»، …) or before an English verb (Foreign Minister Jean-Noel Barrot). Its comma-separated parts are
/// the speaker, an apposition (a name after a title, a title after a name) and adverbials (where, when, how, to whom),
/// which open with a preposition or a time word. The Arabic speaker is the first part, the English one the last (In a
/// statement, the ministry said). A speaker part splits into a role and a name (<see cref="PersonNames"/>); a part headed
/// by a document or a body is a non-person source.
/// </summary>
public static class SpeakerPhrase
{
    /// <summary>A bare name (no title) has at most this many words; a longer untitled phrase is a description.</summary>
    private const int MaxNameWords = 4;

    /// <summary>The speaker of <paramref name="range"/>, and its adverbial parts.</summary>
    /// <param name="beforeVerb">The phrase stands before its verb (English: In a statement, the ministry said): the
    /// speaker is its last part that is not an adverbial. After the verb (Arabic; said Jane Doe, the mayor) it is the first.</param>
    public static (SpeakerName? Speaker, List<TokenRange> Adverbials) Read(ProseParagraph paragraph, TokenRange range, Func<int, int?> closeOf, bool beforeVerb = false)
    {
        var tokens = paragraph.Tokens;
        var parts = Parts(tokens, range, closeOf);
        var adverbials = new List<TokenRange>();
        var order = beforeVerb ? Enumerable.Range(0, parts.Count).Reverse().ToList() : Enumerable.Range(0, parts.Count).ToList();
        var candidates = order.Where(i => !IsAdverbial(tokens, parts[i])).ToList();
        // Before an English verb, a part that names nobody (The report, released on Tuesday, said) is a clause about the
        // speaker: the speaker is the part nearest the verb that names a person, source or body.
        var speakerPart = candidates.Count == 0 ? -1
            : beforeVerb ? candidates.Where(i => Decompose(paragraph, CutAtAdverbial(tokens, parts[i]).Head, closeOf) is { } found && Names(found)).DefaultIfEmpty(candidates[0]).First()
            : candidates[0];
        if (speakerPart < 0) return (null, parts);

        var (head, remainder) = CutAtAdverbial(tokens, parts[speakerPart]);
        if (beforeVerb) head = WithoutLeadingConnective(tokens, head);
        var speaker = head.IsEmpty ? null : Decompose(paragraph, head, closeOf);
        var speakerRange = head;
        if (!remainder.IsEmpty) adverbials.Add(remainder);

        // An apposition beside the speaker: a name and a title, either way round (…، حسين السلامة، …; Barrot, the French
        // foreign minister, said).
        var appositionPart = beforeVerb ? speakerPart - 1 : speakerPart + 1;
        var merged = -1;
        if (speaker is not null && remainder.IsEmpty && appositionPart >= 0 && appositionPart < parts.Count && !IsAdverbial(tokens, parts[appositionPart])
            && Decompose(paragraph, parts[appositionPart], closeOf) is { } apposition && Merge(speaker, apposition) is { } both)
        {
            speakerRange = beforeVerb ? new TokenRange(parts[appositionPart].From, speakerRange.To) : new TokenRange(speakerRange.From, parts[appositionPart].To);
            speaker = both with { Text = Text(paragraph, speakerRange) };
            merged = appositionPart;
        }
        for (var i = 0; i < parts.Count; i++)
        {
            if (i != speakerPart && i != merged) adverbials.Add(parts[i]);
        }
        return (speaker, adverbials);
    }

    /// <summary>
    /// Whether a speaker phrase names someone: a name, a title, a source or a body, or a pronoun; not a phrase that only
    /// fell back to being a role (emissions rose by 1.1%).
    /// </summary>
    public static bool Names(SpeakerName speaker) =>
        speaker.IsPronoun || speaker.Name is not null || speaker.Kind != SpeakerKinds.Person
        || (speaker.Role is { } role && role.Split(' ', '-').Any(w => EntityLexicon.Titles.Contains(ArabicFolding.Fold(w)) || EntityLexicon.Titles.Contains(EntityLexicon.Head(ArabicFolding.Fold(w)))));

    /// <summary>The words of the range that are the speaker in a clause with no complement (the subject a participle refers back to).</summary>
    public static SpeakerName? Subject(ProseParagraph paragraph, TokenRange range, Func<int, int?> closeOf)
    {
        var phrase = NounPhrase(paragraph.Tokens, range, closeOf);
        if (phrase.To - phrase.From > 6) phrase = new TokenRange(phrase.From, phrase.From + 6);
        return phrase.IsEmpty || !paragraph.Tokens[phrase.From].IsWord ? null : Decompose(paragraph, phrase, closeOf);
    }

    /// <summary>The first index in [from, to) that passes <paramref name="test"/>, or -1.</summary>
    internal static int First(int from, int to, Func<int, bool> test)
    {
        for (var i = from; i < to; i++) if (test(i)) return i;
        return -1;
    }

    /// <summary>The text of a range as written.</summary>
    public static string Text(ProseParagraph paragraph, TokenRange range)
    {
        if (range.IsEmpty) return string.Empty;
        var start = paragraph.Tokens[range.From].Start;
        var end = paragraph.Tokens[range.To - 1].End;
        return paragraph.Text.Substring(start, end - start);
    }

    /// <summary>Splits at commas outside quotation marks and brackets; drops empty parts.</summary>
    private static List<TokenRange> Parts(List<ProseToken> tokens, TokenRange range, Func<int, int?> closeOf)
    {
        var parts = new List<TokenRange>();
        var start = range.From;
        var depth = 0;
        for (var i = range.From; i < range.To; i++)
        {
            var token = tokens[i];
            if (token.Kind == ProseTokenKind.Mark && closeOf(i) is int close && close < range.To)
            {
                i = close;
                continue;
            }
            if (token.Text == "(" || token.Text == "[") depth++;
            else if ((token.Text == ")" || token.Text == "]") && depth > 0) depth--;
            else if (token.Kind == ProseTokenKind.Comma && depth == 0)
            {
                AddTrimmed(tokens, parts, start, i);
                start = i + 1;
            }
        }
        AddTrimmed(tokens, parts, start, range.To);
        return parts;
    }

    private static void AddTrimmed(List<ProseToken> tokens, List<TokenRange> parts, int from, int to)
    {
        while (from < to && tokens[from].Kind is ProseTokenKind.Comma or ProseTokenKind.Other && tokens[from].Text != "(") from++;
        while (to > from && tokens[to - 1].Kind is ProseTokenKind.Comma or ProseTokenKind.Other && tokens[to - 1].Text != ")") to--;
        if (to > from && Enumerable.Range(from, to - from).Any(i => tokens[i].IsWord)) parts.Add(new TokenRange(from, to));
    }

    /// <summary>A part that opens with a preposition or a time word, or that tells whom the speaker told (لوكالة, للصحفيين).</summary>
    private static bool IsAdverbial(List<ProseToken> tokens, TokenRange part)
    {
        var first = tokens[part.From];
        return first.IsWord && (EntityLexicon.IsIn(QuoteLexicon.AdverbialOpeners, first) || IsListener(first));
    }

    /// <summary>لوكالة فرانس برس, للصحفيين, لشبكة: ل before whom the speaker told.</summary>
    private static bool IsListener(ProseToken token)
    {
        var folded = token.Folded;
        if (folded.Length < 4 || folded[0] != 'ل') return false;
        var rest = folded.StartsWith("لل", StringComparison.Ordinal) ? "ال" + folded.Substring(2) : folded.Substring(1);
        return QuoteLexicon.Listeners.Contains(rest) || QuoteLexicon.Listeners.Contains(EntityLexicon.Head(rest));
    }

    /// <summary>
    /// The speaker part up to an adverbial with no comma before it (قال المتحدث خلال مؤتمر صحفي …, قال شهود عيان لوكالة
    /// فرانس برس …). <c>في</c> ends it only before a channel or a time (قال مسؤول في الوزارة keeps its affiliation), a
    /// time of day only before a day (صباح اليوم; الناشطة صباح الحسن is a name).
    /// </summary>
    private static (TokenRange Head, TokenRange Remainder) CutAtAdverbial(List<ProseToken> tokens, TokenRange part)
    {
        for (var i = part.From + 1; i < part.To; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            var next = i + 1 < part.To && tokens[i + 1].IsWord ? tokens[i + 1].Folded : string.Empty;
            var ends = IsListener(token)
                || (QuoteLexicon.TimesOfDay.Contains(token.Folded) ? QuoteLexicon.Days.Contains(next) : EntityLexicon.IsIn(QuoteLexicon.SpeakerEnders, token))
                || ((token.Folded == "في" || token.Folded == "وفي") && QuoteLexicon.ChannelOrTimeAfterIn.Contains(EntityLexicon.Head(next)));
            if (ends) return (new TokenRange(part.From, i), new TokenRange(i, part.To));
        }
        return (part, new TokenRange(part.To, part.To));
    }

    /// <summary>English: which officials, and the minister → officials, the minister.</summary>
    private static TokenRange WithoutLeadingConnective(List<ProseToken> tokens, TokenRange part)
    {
        var from = part.From;
        while (from < part.To && tokens[from].IsWord && (QuoteLexicon.RelativePronouns.Contains(tokens[from].Folded) || QuoteLexicon.Conjunctions.Contains(tokens[from].Folded))) from++;
        return new TokenRange(from, part.To);
    }

    private static SpeakerName? Merge(SpeakerName speaker, SpeakerName apposition)
    {
        if (speaker.Kind != SpeakerKinds.Person || apposition.Kind != SpeakerKinds.Person || speaker.IsPronoun || apposition.IsPronoun) return null;
        if (speaker.Name is null && apposition.Name is not null)
            return speaker with { Name = apposition.Name, Role = speaker.Role ?? apposition.Role, NameStart = apposition.NameStart, NameLength = apposition.NameLength };
        if (speaker.Role is null && apposition.Role is not null && apposition.Name is null) return speaker with { Role = apposition.Role };
        return null;
    }

    /// <summary>A part as a speaker: a role and a name, or a source.</summary>
    private static SpeakerName? Decompose(ProseParagraph paragraph, TokenRange part, Func<int, int?> closeOf)
    {
        var tokens = paragraph.Tokens;
        var words = Enumerable.Range(part.From, part.To - part.From).Where(i => tokens[i].IsWord).ToList();
        if (words.Count == 0) return null;
        var text = Text(paragraph, part);
        var first = tokens[words[0]];
        // "Smith, 54": an age or a number is no speaker and no apposition.
        if (words.All(i => char.IsDigit(tokens[i].Folded[0]))) return null;
        if (EntityLexicon.IsLatin(first.Folded)) return DecomposeEnglish(paragraph, part, words, text);

        if (PersonNames.IsTitle(first))
        {
            var nameFrom = PersonNames.RoleEnd(tokens, words[0] + 1, part.To, closeOf);
            var role = TextTrim.Trim(Text(paragraph, new TokenRange(part.From, nameFrom)));
            var nameEnd = PersonNames.NameEnd(tokens, nameFrom, part.To);
            if (!PersonNames.IsName(tokens, nameFrom, nameEnd, part.From)) return new SpeakerName(text, null, role, SpeakerKinds.Person, false);
            // الشيخ نعيم قاسم الأمين العام لحزب الله: a title after the name is a second role.
            var after = nameEnd < part.To ? TextTrim.Trim(Text(paragraph, new TokenRange(nameEnd, part.To))) : string.Empty;
            var roles = after.Length > 0 && PersonNames.IsTitle(tokens[nameEnd]) ? role + "، " + after : role;
            return new SpeakerName(Text(paragraph, new TokenRange(part.From, after.Length > 0 && roles == role ? nameEnd : part.To)),
                Text(paragraph, new TokenRange(nameFrom, nameEnd)), roles, SpeakerKinds.Person, false).At(paragraph, nameFrom, nameEnd);
        }
        var phrase = NounPhrase(tokens, part, closeOf);
        var phraseText = Text(paragraph, phrase);
        var head = EntityLexicon.Head(first.Folded);
        if (QuoteLexicon.SourceHeads.Contains(head) || IsPluralGroup(tokens, phrase)) return new SpeakerName(phraseText, phraseText, null, SpeakerKinds.Source, false);
        if (EntityLexicon.OrganizationHeads.Contains(head) || first.Kind == ProseTokenKind.Mark) return new SpeakerName(phraseText, phraseText, null, SpeakerKinds.Organization, false);
        // المحلل السياسي خالد الدخيل: definite words before a name are a role, listed as a title or not.
        var indefinite = First(phrase.From, phrase.To, i => tokens[i].IsWord && !PersonNames.IsDefinite(tokens[i].Folded));
        if (indefinite > phrase.From)
        {
            var nameEnd = PersonNames.NameEnd(tokens, indefinite, phrase.To);
            if (nameEnd - indefinite >= 2)
                return new SpeakerName(Text(paragraph, new TokenRange(phrase.From, nameEnd)), Text(paragraph, new TokenRange(indefinite, nameEnd)),
                    TextTrim.Trim(Text(paragraph, new TokenRange(phrase.From, indefinite))), SpeakerKinds.Person, false).At(paragraph, indefinite, nameEnd);
        }
        var phraseWords = Enumerable.Range(phrase.From, phrase.To - phrase.From).Count(i => tokens[i].IsWord);
        if (phraseWords <= MaxNameWords && indefinite == phrase.From)
        {
            var nameEnd = PersonNames.NameEnd(tokens, phrase.From, phrase.To);
            var name = nameEnd > phrase.From ? Text(paragraph, new TokenRange(phrase.From, nameEnd)) : phraseText;
            return new SpeakerName(name, name, null, SpeakerKinds.Person, false).At(paragraph, phrase.From, nameEnd > phrase.From ? nameEnd : phrase.To);
        }
        return new SpeakerName(phraseText, phraseText, null, phraseWords <= MaxNameWords ? SpeakerKinds.Person : SpeakerKinds.Source, false);
    }

    /// <summary>
    /// صيادون محليون, مزارعون, دبلوماسيون غربيون: a phrase of plural nouns and adjectives (every word a sound masculine
    /// plural in ون, or a last word in يون, the plural of an adjective of origin) speaks for a group, not a person. A
    /// given name in it (خلدون) keeps it a name.
    /// </summary>
    private static bool IsPluralGroup(List<ProseToken> tokens, TokenRange phrase)
    {
        var words = Enumerable.Range(phrase.From, phrase.To - phrase.From).Where(i => tokens[i].IsWord).Select(i => EntityLexicon.Head(tokens[i].Folded)).ToList();
        if (words.Count == 0 || words.Any(EntityLexicon.GivenNames.Contains)) return false;
        return words.All(w => w.Length > 4 && w.EndsWith("ون", StringComparison.Ordinal)) || (words.Count > 1 && words[words.Count - 1].EndsWith("يون", StringComparison.Ordinal));
    }

    /// <summary>The head of an untitled phrase up to a preposition or demonstrative: أعضاء التحالف عن شكرهم → أعضاء التحالف.</summary>
    private static TokenRange NounPhrase(List<ProseToken> tokens, TokenRange part, Func<int, int?> closeOf)
    {
        for (var i = part.From + 1; i < part.To; i++)
        {
            if (tokens[i].Kind == ProseTokenKind.Mark && closeOf(i) is int close && close < part.To) { i = close; continue; }
            if (tokens[i].IsWord && (EntityLexicon.IsIn(QuoteLexicon.NounPhraseStops, tokens[i]) || IsListener(tokens[i]) || StartsWithPrepositionalArticle(tokens[i].Folded)))
                return new TokenRange(part.From, i);
        }
        return part;
    }

    /// <summary>بالاتفاق, كالعادة: a preposition fused with the article opens a complement, not a name.</summary>
    private static bool StartsWithPrepositionalArticle(string folded) =>
        folded.Length > 4 && (folded.StartsWith("بال", StringComparison.Ordinal) || folded.StartsWith("كال", StringComparison.Ordinal));

    /// <summary>
    /// English: a pronoun continues; a source noun (officials) is a source; a title anywhere makes a person known by that
    /// role (a spokesman for the electoral commission); a body noun (the ministry, the White House) an organisation;
    /// otherwise the name is the run of capitalized words at the end (the French foreign minister Jean-Noel Barrot).
    /// </summary>
    private static SpeakerName? DecomposeEnglish(ProseParagraph paragraph, TokenRange part, List<int> words, string text)
    {
        var tokens = paragraph.Tokens;
        // The Rapid Support Forces (RSF): the acronym in brackets belongs to the name before it.
        var open = First(part.From, part.To, i => tokens[i].Text == "(");
        if (open > part.From && tokens[part.To - 1].Text == ")")
        {
            part = new TokenRange(part.From, open);
            words = words.Where(i => i < open).ToList();
            text = Text(paragraph, part);
            if (words.Count == 0) return null;
        }
        var folded = words.Select(i => tokens[i].Folded).ToList();
        if (words.Count == 1 && QuoteLexicon.Pronouns.Contains(folded[0])) return new SpeakerName(text, null, null, SpeakerKinds.Person, true);
        if (QuoteLexicon.SourceHeads.Contains(folded[folded.Count - 1])) return new SpeakerName(text, text, null, SpeakerKinds.Source, false);

        var nameStart = words.Count;
        // The name's words stand next to each other: a bracket ends it (The Rapid Support Forces (RSF)).
        while (nameStart > 0 && IsNameWord(tokens[words[nameStart - 1]], nameStart < words.Count)
            && (nameStart == words.Count || words[nameStart] == words[nameStart - 1] + 1)) nameStart--;
        // A capitalized name after of, for (a spokesperson for the Ministry of Defence) names a body in the role, not the speaker.
        // So is one after "of the", "for the" (head of the National Rescue Service).
        var beforeName = nameStart - 1;
        if (beforeName > 0 && QuoteLexicon.Determiners.Contains(folded[beforeName])) beforeName--;
        var afterFunctionWord = nameStart > 0 && nameStart < words.Count && beforeName >= 0
            && SegmentLexicon.FunctionWords.Contains(folded[beforeName]) && !QuoteLexicon.Determiners.Contains(folded[beforeName]);
        var subwords = folded.SelectMany(w => w.Split('-')).ToList();
        if (nameStart < words.Count && !afterFunctionWord)
        {
            var nameWords = folded.Skip(nameStart).ToList();
            if (nameWords.Any(w => EntityLexicon.OrganizationHeads.Contains(w) || SegmentLexicon.OutletWords.Contains(w)))
                return new SpeakerName(text, text, null, SpeakerKinds.Organization, false);
            var name = Text(paragraph, new TokenRange(words[nameStart], words[words.Count - 1] + 1));
            // "The" before a name is no role (The New York Times is handled above).
            var roleWords = words.Take(nameStart).Where(i => !QuoteLexicon.Determiners.Contains(tokens[i].Folded)).ToList();
            var role = roleWords.Count > 0 ? Text(paragraph, new TokenRange(roleWords[0], roleWords[roleWords.Count - 1] + 1)) : null;
            return new SpeakerName(text, name, role, SpeakerKinds.Person, false).At(paragraph, words[nameStart], words[words.Count - 1] + 1);
        }
        if (subwords.Any(EntityLexicon.Titles.Contains)) return new SpeakerName(text, null, text, SpeakerKinds.Person, false);
        if (folded.Any(EntityLexicon.OrganizationHeads.Contains)) return new SpeakerName(text, text, null, SpeakerKinds.Organization, false);
        return words.Count <= MaxNameWords ? new SpeakerName(text, null, text, SpeakerKinds.Person, false) : null;
    }

    /// <summary>A capitalized word of a name: a title word counts only after a name's first word (Senator Angus King).</summary>
    private static bool IsNameWord(ProseToken token, bool nameStarted) =>
        token.Text.Length > 0 && char.IsUpper(token.Text[0]) && token.Folded != "the" && !token.Text.EndsWith(".", StringComparison.Ordinal)
        && (!EntityLexicon.Titles.Contains(token.Folded) || !nameStarted);
}
