using System;
using System.Collections.Generic;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Segment;

using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Prose;

namespace CorpusSdk.Extraction.Recognize.Quotes;

/// <summary>
/// Reads where a quote was said from the adverbials around its speech verb: a platform (في منشور عبر منصة «إكس», on X),
/// a kind of occasion named by its noun or two (في بيان, in a statement, خلال مؤتمر صحفي), and the outlet of an interview
/// (في مقابلة مع قناة الجزيرة, قال لـ«الشرق الأوسط», لوكالة فرانس برس). English "told Reuters" is read where the verb is.
/// </summary>
public static class ChannelReader
{
    /// <summary>At most this many words name an interview's outlet.</summary>
    private const int MaxOutletWords = 4;

    public static QuoteChannel? Read(ProseParagraph paragraph, IEnumerable<TokenRange> ranges, Func<int, int?> closeOf)
    {
        string? kind = null, platform = null, outlet = null;
        var tokens = paragraph.Tokens;
        foreach (var range in ranges)
        {
            for (var i = range.From; i < range.To; i++)
            {
                var token = tokens[i];
                if (token.Kind == ProseTokenKind.Mark && closeOf(i) is int close && close <= range.To)
                {
                    // A name in marks: a platform (منصة «إكس»), or the outlet an interview was given to (لـ«الشرق الأوسط»).
                    var inner = ArabicFolding.Fold(SpeakerPhrase.Text(paragraph, new TokenRange(i + 1, close)));
                    if (QuoteLexicon.Platforms.TryGetValue(inner, out var named)) platform ??= named;
                    else if (i > range.From && IsToOrWith(tokens[i - 1])) outlet ??= SpeakerPhrase.Text(paragraph, new TokenRange(i + 1, close));
                    i = close;
                    continue;
                }
                if (!token.IsWord) continue;
                // لوكالة فرانس برس, لقناة الجزيرة: the outlet the words were given to.
                if (token.Folded.Length > 3 && token.Folded[0] == 'ل' && SegmentLexicon.OutletWords.Contains(token.Folded.Substring(1)))
                {
                    outlet ??= TextTrim.Trim(paragraph.Text.Substring(token.Start + 1, OutletEnd(paragraph, i + 1, range.To, closeOf) - token.Start - 1));
                    continue;
                }
                var word = Bare(token.Folded);
                var pair = i + 1 < range.To && tokens[i + 1].IsWord ? word + " " + Bare(tokens[i + 1].Folded) : null;
                if (pair is not null && QuoteLexicon.Platforms.TryGetValue(pair, out var twoWords))
                {
                    platform ??= twoWords;
                    i++;
                    continue;
                }
                if (pair is not null && QuoteLexicon.ChannelNouns.TryGetValue(pair, out var twoWordKind))
                {
                    kind ??= twoWordKind;
                    i++;
                    continue;
                }
                if (QuoteLexicon.Platforms.TryGetValue(word, out var platformName) && (word.Length > 1 || IsOnOrVia(tokens, i, range)))
                {
                    platform ??= platformName;
                    continue;
                }
                if (QuoteLexicon.ChannelNouns.TryGetValue(word, out var channelKind))
                {
                    kind ??= channelKind;
                    if (channelKind == ChannelKinds.Interview) outlet ??= OutletAfter(paragraph, i + 1, range.To);
                }
            }
        }
        if (platform is not null) return new QuoteChannel(kind ?? ChannelKinds.Post, platform);
        if (outlet is not null) return new QuoteChannel(ChannelKinds.Interview, outlet);
        return kind is null ? null : new QuoteChannel(kind, null);
    }

    /// <summary>A channel word without the article or a preposition joined to it (بمنشور, البيان).</summary>
    private static string Bare(string folded)
    {
        var head = EntityLexicon.Head(folded);
        if (QuoteLexicon.ChannelNouns.ContainsKey(head) || QuoteLexicon.Platforms.ContainsKey(head)) return head;
        if (folded.Length > 3 && "وبل".IndexOf(folded[0]) >= 0)
        {
            var rest = EntityLexicon.Head(folded.Substring(1));
            if (QuoteLexicon.ChannelNouns.ContainsKey(rest) || QuoteLexicon.Platforms.ContainsKey(rest)) return rest;
        }
        return folded;
    }

    /// <summary>"X" alone is a platform only after a word that introduces one (on, via, عبر, منصة).</summary>
    private static bool IsOnOrVia(List<ProseToken> tokens, int i, TokenRange range) =>
        i > range.From && tokens[i - 1].IsWord && QuoteLexicon.PlatformIntroducers.Contains(tokens[i - 1].Folded);

    private static bool IsToOrWith(ProseToken token) => token.IsWord && QuoteLexicon.InterviewPrepositions.Contains(token.Folded);

    /// <summary>The outlet after an interview noun: مع/لـ/with/to and the outlet's name.</summary>
    private static string? OutletAfter(ProseParagraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        for (var i = from; i < to && i < from + 3; i++)
        {
            if (IsToOrWith(tokens[i])) return OutletAt(paragraph, i + 1, to);
        }
        return null;
    }

    /// <summary>Where the name after an outlet word ends (وكالة فرانس برس: two words).</summary>
    private static int OutletEnd(ProseParagraph paragraph, int from, int to, Func<int, int?> closeOf)
    {
        var tokens = paragraph.Tokens;
        // لشبكة "سي إن إن": the name in marks.
        if (from < to && tokens[from].Kind == ProseTokenKind.Mark && closeOf(from) is int close && close < to) return tokens[close].End;
        var i = from;
        while (i < to && i - from < MaxOutletWords && tokens[i].IsWord && !EntityLexicon.IsIn(QuoteLexicon.NounPhraseStops, tokens[i])
            && !QuoteLexicon.Complementizers.Contains(tokens[i].Folded)) i++;
        return i > from ? tokens[i - 1].End : tokens[from - 1].End;
    }

    /// <summary>
    /// An outlet's name at <paramref name="from"/>: an Arabic outlet word and the name after it (قناة الجزيرة, صحيفة
    /// الشرق الأوسط), or capitalized words (Reuters, the BBC); not a common noun (reporters).
    /// </summary>
    private static string? OutletAt(ProseParagraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        var i = from;
        if (i < to && tokens[i].IsWord && tokens[i].Folded == "the") i++;
        var start = i;
        while (i < to && i - start < MaxOutletWords && tokens[i].IsWord
            && (char.IsUpper(tokens[i].Text[0]) || (!EntityLexicon.IsLatin(tokens[i].Folded) && !EntityLexicon.IsIn(QuoteLexicon.NounPhraseStops, tokens[i]))))
        {
            i++;
        }
        return i > start ? SpeakerPhrase.Text(paragraph, new TokenRange(start, i)) : null;
    }
}
