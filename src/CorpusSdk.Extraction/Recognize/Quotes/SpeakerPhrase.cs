using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;

using CorpusSdk.Extraction.Recognize.Entities;

using CorpusSdk.Extraction.Recognize.Prose;

namespace CorpusSdk.Extraction.Recognize.Quotes;

/// <summary>The speaker a phrase names, before it is matched to the article's earlier speakers.</summary>
/// <param name="Text">The speaker as written.</param>
/// <param name="Name">The person's name, or the source or body itself; null for a person named by title only.</param>
/// <param name="Role">The title or role, or null.</param>
/// <param name="Kind">One of <see cref="SpeakerKinds"/>.</param>
/// <param name="IsPronoun">He, she, they: the previous speaker goes on.</param>
public sealed record SpeakerName(string Text, string? Name, string? Role, string Kind, bool IsPronoun);

/// <summary>
/// Reads a speaker phrase: the words between a speech verb and what was said (Arabic: وزير الخارجية أسعد الشيباني، في
/// منشور عبر منصة «إكس»، …) or before an English verb (Foreign Minister Jean-Noel Barrot). Its comma-separated parts are
/// the speaker, an apposition (a name after a title, a title after a name) and adverbials (where, when, how), which
/// open with a preposition or a time word. The speaker part splits into a role (a title and what qualifies it: the
/// article's definite words, offices, prepositional complements, names in marks) and a name (what follows the role).
/// A part headed by a document or a body is a non-person source.
/// </summary>
public static class SpeakerPhrase
{
    /// <summary>A bare name (no title) has at most this many words; a longer untitled phrase is a description.</summary>
    private const int MaxNameWords = 4;

    /// <summary>The speaker part of <paramref name="range"/>, and the adverbial parts.</summary>
    public static (SpeakerName? Speaker, TokenRange SpeakerRange, List<TokenRange> Adverbials) Read(ProseParagraph paragraph, TokenRange range, Func<int, int?> closeOf)
    {
        var tokens = paragraph.Tokens;
        var parts = Parts(tokens, range, closeOf);
        var adverbials = new List<TokenRange>();
        SpeakerName? speaker = null;
        var speakerRange = new TokenRange(range.From, range.From);
        var speakerPart = -1;
        var speakerWasCut = false;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (IsAdverbial(tokens, part))
            {
                adverbials.Add(part);
                continue;
            }
            if (speaker is null)
            {
                var (head, rest) = CutAtAdverbial(tokens, part);
                speaker = Decompose(paragraph, head, closeOf);
                speakerRange = head;
                speakerPart = i;
                speakerWasCut = !rest.IsEmpty;
                if (speakerWasCut) adverbials.Add(rest);
                continue;
            }
            // An apposition right after the speaker: a name after a title, or a title after a name.
            if (i == speakerPart + 1 && !speakerWasCut && Decompose(paragraph, part, closeOf) is { } apposition && Merge(speaker, apposition) is { } merged)
            {
                speakerRange = new TokenRange(speakerRange.From, part.To);
                speaker = merged with { Text = Text(paragraph, speakerRange) };
                continue;
            }
            adverbials.Add(part);
        }
        return (speaker, speakerRange, adverbials);
    }

    /// <summary>The words of the range that are the speaker in a clause with no complement (the subject a participle refers back to).</summary>
    public static SpeakerName? Subject(ProseParagraph paragraph, TokenRange range, Func<int, int?> closeOf)
    {
        var tokens = paragraph.Tokens;
        var end = range.From;
        while (end < range.To && tokens[end].Kind == ProseTokenKind.Word && !EntityLexicon.IsIn(QuoteLexicon.NounPhraseStops, tokens[end])
            && !StartsWithPrepositionalArticle(tokens[end].Folded) && end - range.From < 6)
        {
            end++;
        }
        return end == range.From ? null : Decompose(paragraph, new TokenRange(range.From, end), closeOf);
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

    private static bool IsAdverbial(List<ProseToken> tokens, TokenRange part)
    {
        var first = tokens[part.From];
        return first.IsWord && (EntityLexicon.IsIn(QuoteLexicon.AdverbialOpeners, first) || first.Folded == "لـ" || first.Folded == "ل");
    }

    /// <summary>The speaker part up to an adverbial with no comma before it (قال المتحدث خلال مؤتمر صحفي …).</summary>
    private static (TokenRange Head, TokenRange Remainder) CutAtAdverbial(List<ProseToken> tokens, TokenRange part)
    {
        for (var i = part.From + 1; i < part.To; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            var ends = EntityLexicon.IsIn(QuoteLexicon.SpeakerEnders, token)
                || ((token.Folded == "في" || token.Folded == "وفي") && i + 1 < part.To && QuoteLexicon.ChannelOrTimeAfterIn.Contains(EntityLexicon.Head(tokens[i + 1].Folded)));
            if (ends) return (new TokenRange(part.From, i), new TokenRange(i, part.To));
        }
        return (part, new TokenRange(part.To, part.To));
    }

    private static SpeakerName? Merge(SpeakerName speaker, SpeakerName apposition)
    {
        if (speaker.Kind != SpeakerKinds.Person || apposition.Kind != SpeakerKinds.Person || speaker.IsPronoun) return null;
        if (speaker.Name is null && apposition.Name is not null && apposition.Role is null) return speaker with { Name = apposition.Name };
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
        var first = tokens[words[0]].Folded;
        if (EntityLexicon.IsLatin(first)) return DecomposeEnglish(paragraph, part, words, text);

        var head = EntityLexicon.Head(first);
        if (EntityLexicon.Titles.Contains(head))
        {
            var nameFrom = PersonNames.RoleEnd(tokens, part.From + 1, part.To, closeOf);
            var nameWords = words.Count(i => i >= nameFrom);
            if (nameFrom >= part.To || nameWords > MaxNameWords + 1)
                return new SpeakerName(text, null, text, SpeakerKinds.Person, false);
            var role = Text(paragraph, new TokenRange(part.From, nameFrom));
            return new SpeakerName(text, Text(paragraph, new TokenRange(nameFrom, part.To)), TextTrim.Trim(role), SpeakerKinds.Person, false);
        }
        var phrase = NounPhrase(tokens, part);
        var phraseText = Text(paragraph, phrase);
        if (QuoteLexicon.SourceHeads.Contains(head)) return new SpeakerName(phraseText, phraseText, null, SpeakerKinds.Source, false);
        if (EntityLexicon.OrganizationHeads.Contains(head)) return new SpeakerName(phraseText, phraseText, null, SpeakerKinds.Organization, false);
        return words.Count <= MaxNameWords
            ? new SpeakerName(text, text, null, SpeakerKinds.Person, false)
            : new SpeakerName(phraseText, phraseText, null, SpeakerKinds.Source, false);
    }

    /// <summary>The head of an untitled phrase up to a preposition: أعضاء التحالف عن شكرهم → أعضاء التحالف.</summary>
    private static TokenRange NounPhrase(List<ProseToken> tokens, TokenRange part)
    {
        for (var i = part.From + 1; i < part.To; i++)
        {
            if (tokens[i].IsWord && (EntityLexicon.IsIn(QuoteLexicon.NounPhraseStops, tokens[i]) || StartsWithPrepositionalArticle(tokens[i].Folded)))
                return new TokenRange(part.From, i);
        }
        return part;
    }

    /// <summary>بالاتفاق, للمملكة: a preposition fused with the article opens a complement, not a name.</summary>
    private static bool StartsWithPrepositionalArticle(string folded) =>
        folded.Length > 4 && (folded.StartsWith("بال", StringComparison.Ordinal) || folded.StartsWith("كال", StringComparison.Ordinal));

    /// <summary>
    /// English: the name is the run of capitalized words at the end that are not titles (the French foreign minister
    /// Jean-Noel Barrot); the words before it are the role. With no name, the head noun (the last word) tells a person
    /// by title (the minister) from a source (officials) or a body (the ministry).
    /// </summary>
    private static SpeakerName? DecomposeEnglish(ProseParagraph paragraph, TokenRange part, List<int> words, string text)
    {
        var tokens = paragraph.Tokens;
        if (words.Count == 1 && QuoteLexicon.Pronouns.Contains(tokens[words[0]].Folded)) return new SpeakerName(text, null, null, SpeakerKinds.Person, true);
        // Officials, Witnesses: a source noun, even capitalized at the start of a sentence.
        if (QuoteLexicon.SourceHeads.Contains(tokens[words[words.Count - 1]].Folded)) return new SpeakerName(text, text, null, SpeakerKinds.Source, false);
        var nameStart = words.Count;
        while (nameStart > 0 && IsNameWord(tokens[words[nameStart - 1]])) nameStart--;
        if (nameStart < words.Count)
        {
            var name = Text(paragraph, new TokenRange(words[nameStart], words[words.Count - 1] + 1));
            var role = nameStart > 0 ? Text(paragraph, new TokenRange(words[0], words[nameStart - 1] + 1)) : null;
            var nameWords = words.Skip(nameStart).Select(i => tokens[i].Folded).ToList();
            if (nameWords.Any(EntityLexicon.OrganizationHeads.Contains)) return new SpeakerName(text, text, null, SpeakerKinds.Organization, false);
            return new SpeakerName(text, name, role, SpeakerKinds.Person, false);
        }
        var last = tokens[words[words.Count - 1]].Folded;
        if (EntityLexicon.OrganizationHeads.Contains(last)) return new SpeakerName(text, text, null, SpeakerKinds.Organization, false);
        if (EntityLexicon.Titles.Contains(last)) return new SpeakerName(text, null, text, SpeakerKinds.Person, false);
        return words.Count <= MaxNameWords ? new SpeakerName(text, null, text, SpeakerKinds.Person, false) : null;
    }

    private static bool IsNameWord(ProseToken token) =>
        token.Text.Length > 0 && char.IsUpper(token.Text[0]) && !EntityLexicon.Titles.Contains(token.Folded) && token.Folded != "the";
}
