using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Recognize.Prose;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>
/// How news writes a person: a role (a title and what qualifies it) and then a name. Speakers (Quotes/SpeakerPhrase) and
/// mentions (<see cref="MentionRecognizer"/>) read both with these rules.
/// </summary>
public static class PersonNames
{
    /// <summary>An Arabic name has at most this many words, joiners (بن، عبد) counted.</summary>
    private const int MaxNameWords = 6;

    /// <summary>
    /// Whether a word heads a role: a title (وزير, المبعوث, Minister), with the conjunction or a preposition joined to it
    /// (ورئيس, لوزير).
    /// </summary>
    public static bool IsTitle(ProseToken token)
    {
        if (!token.IsWord) return false;
        // أمير, أمين without the article are given names as often as titles (أمير عبد اللهيان): a name, before a name.
        if (EntityLexicon.GivenNames.Contains(token.Folded)) return false;
        var head = EntityLexicon.Head(token.Folded);
        if (EntityLexicon.Titles.Contains(head)) return true;
        return token.Folded.Length > 3 && "وفلب".IndexOf(token.Folded[0]) >= 0 && EntityLexicon.Titles.Contains(EntityLexicon.Head(token.Folded.Substring(1)));
    }

    /// <summary>
    /// Where the role that starts with a title before <paramref name="from"/> ends: titles, definite words, offices,
    /// prepositional complements (السفير لدى تركيا, المبعوث إلى سوريا), names in marks and brackets
    /// (قائد «قوات سوريا الديمقراطية» (قسد)). English roles are titles only (Foreign Minister).
    /// </summary>
    public static int RoleEnd(List<ProseToken> tokens, int from, int to, Func<int, int?> closeOf)
    {
        var i = from;
        while (i < to)
        {
            var token = tokens[i];
            if (token.Kind == ProseTokenKind.Mark && closeOf(i) is int close && close < to) { i = close + 1; continue; }
            if (token.Text == "(")
            {
                var end = i + 1;
                while (end < to && tokens[end].Text != ")") end++;
                if (end >= to) break;
                i = end + 1;
                continue;
            }
            if (!token.IsWord) break;
            var folded = token.Folded;
            if (Quotes.QuoteLexicon.RelativePronouns.Contains(folded)) break; // …لهزيمة «داعش» الذي تقوده: a clause, not the role
            if (EntityLexicon.IsLatin(folded))
            {
                if (EntityLexicon.Titles.Contains(folded)) { i++; continue; }
                // Special Relief Commissioner Maria Okonjo: capitalized words up to a later title are the role's.
                if (LaterEnglishTitle(tokens, i, to) is int title) { i = title + 1; continue; }
                break;
            }
            var head = EntityLexicon.Head(folded);
            if (EntityLexicon.IsIn(EntityLexicon.RolePrepositions, token) && i + 1 < to && tokens[i + 1].IsWord) { i += 2; continue; }
            // المتحدث باسمها: the preposition with a pronoun governs nothing after it.
            if (WithoutPronoun(folded) is { } bare && EntityLexicon.RolePrepositions.Contains(bare)) { i++; continue; }
            if ((EntityLexicon.Titles.Contains(head) && !EntityLexicon.GivenNames.Contains(folded)) || EntityLexicon.RoleWords.Contains(head) || IsDefinite(folded)
                || EntityLexicon.PlaceSet.Contains(folded) || IsGenitiveWithLam(folded)) { i++; continue; }
            break;
        }
        return Math.Min(i, to);
    }

    /// <summary>
    /// Where a name that starts at <paramref name="from"/> ends (exclusive), or <paramref name="from"/> when no name starts
    /// there. Arabic: words up to and with the first family name with the article (أسعد حسن الشيباني), joiners taking the
    /// next word with them (وليد بن عبد الكريم الخريجي), never a function word, title, place or verb of the future
    /// (سيزور). English: capitalized words (Jean-Noel Barrot), with de, van, al and the like between them.
    /// </summary>
    public static int NameEnd(List<ProseToken> tokens, int from, int to)
    {
        if (from >= to || !tokens[from].IsWord) return from;
        return EntityLexicon.IsLatin(tokens[from].Folded) ? EnglishNameEnd(tokens, from, to) : ArabicNameEnd(tokens, from, to);
    }

    /// <summary>
    /// Whether a name found after a title is a name: two words or more, a known given name, or one word that ends its
    /// clause right after a short role with no complement (الرئيس ترامب،). Arabic has no capitals, so one word followed by
    /// more words is as likely a verb, and one word after a role's complement is as likely the complement's own noun
    /// (العضو التسعين في التحالف الدولي لهزيمة داعش).
    /// </summary>
    public static bool IsName(List<ProseToken> tokens, int from, int end, int roleStart = -1)
    {
        var words = end - from;
        if (words <= 0) return false;
        if (words >= 2 || EntityLexicon.GivenNames.Contains(tokens[from].Folded)) return true;
        if (end < tokens.Count && tokens[end].IsWord) return false;
        if (roleStart < 0) return true;
        for (var i = roleStart; i < from; i++)
        {
            if (EntityLexicon.IsIn(EntityLexicon.RolePrepositions, tokens[i]) || IsGenitiveWithLam(tokens[i].Folded)) return false;
        }
        return true;
    }

    /// <summary>True for a word with the article: الخارجية, والمغتربين, للشؤون.</summary>
    public static bool IsDefinite(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) || folded.StartsWith("وال", StringComparison.Ordinal) || folded.StartsWith("لل", StringComparison.Ordinal);

    /// <summary>
    /// The roles a role phrase joins with و before a title: "السفير الأميركي لدى تركيا والمبعوث الخاص إلى سوريا" is two
    /// roles. The text (the paragraph's, which the tokens index) is cut where the و-word starts, and the و left out.
    /// </summary>
    public static IEnumerable<string> SplitRoles(List<ProseToken> tokens, int from, int to, string text)
    {
        var start = from;
        for (var i = from + 1; i < to; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.Folded.Length < 4 || token.Folded[0] != 'و') continue;
            if (!EntityLexicon.Titles.Contains(EntityLexicon.Head(token.Folded.Substring(1)))) continue;
            yield return Slice(text, tokens[start].Start, tokens[i - 1].End);
            start = i;
        }
        var first = tokens[start];
        var offset = start == from ? first.Start : first.Start + 1; // the و of a second role
        yield return Slice(text, offset, tokens[to - 1].End);
    }

    private static string Slice(string text, int start, int end) => Normalize.TextTrim.Trim(text.Substring(start, end - start).TrimEnd('،', ','));

    private static int ArabicNameEnd(List<ProseToken> tokens, int from, int to)
    {
        var i = from;
        var joined = false;
        while (i < to && i - from < MaxNameWords && tokens[i].IsWord)
        {
            var token = tokens[i];
            var folded = token.Folded;
            if (EntityLexicon.IsLatin(folded) || char.IsDigit(folded[0]) || IsStop(token) || (i > from && StartsNewPhrase(folded))) break;
            // A title after the name starts a role (نعيم قاسم الأمين العام) when a qualifier follows it; alone it is a
            // family name (أحمد السيد). After عبد or أبو it is the second half of the name (عبد الأمير الشمري).
            if (i > from && IsTitle(token) && i + 1 < to && tokens[i + 1].IsWord && StartsRole(tokens[i + 1])
                && tokens[i - 1].Folded is not ("عبد" or "ابو")) break;
            var joiner = EntityLexicon.NameJoiners.Contains(folded);
            if (i == from && (IsDefinite(folded) || IsVerb(folded) || IsPrepositional(folded) || IsNumber(folded) || EntityLexicon.RelationalNouns.Any(n => folded.StartsWith(n, StringComparison.Ordinal))
                || (joiner && folded != "عبد" && folded != "ابو"))) return from;
            // و on a later word joins another phrase (توم برَاك وجهاء العشائر), unless it is a given name (وليد); a later
            // word with a preposition joined is the verb's complement (جعفر حسان بنتائج الاجتماع).
            if (i > from && folded.Length > 3 && folded[0] == 'و' && !EntityLexicon.GivenNames.Contains(folded) && !joined) break;
            if (i > from && IsPrepositional(folded)) break;
            i++;
            // بن, عبد, أبو join the next word to the name: in عبد الكريم the article does not end it.
            if (joiner) { joined = true; continue; }
            if (IsDefinite(folded) && !joined) break; // the family name with the article ends the name
            joined = false;
        }
        return Math.Min(i, to);
    }

    /// <summary>At most this many capitalized words stand between two titles of one English role (Special Relief Commissioner).</summary>
    private const int MaxWordsBetweenTitles = 2;

    /// <summary>
    /// The index of a title within <see cref="MaxWordsBetweenTitles"/> capitalized words after <paramref name="at"/>, with
    /// a capitalized word after it (the name), when none of the words up to it is a given name; else null. So
    /// "Special Relief Commissioner Maria Okonjo" is a role and a name, while in "Senator Angus King" the given name
    /// Angus starts the name.
    /// </summary>
    private static int? LaterEnglishTitle(List<ProseToken> tokens, int at, int to)
    {
        for (var j = at; j < to && j <= at + MaxWordsBetweenTitles; j++)
        {
            var token = tokens[j];
            if (!token.IsWord || !char.IsUpper(token.Text[0]) || IsEnglishGivenName(token.Folded)) return null;
            if (j > at && EntityLexicon.Titles.Contains(token.Folded))
                return j + 1 < to && tokens[j + 1].IsWord && char.IsUpper(tokens[j + 1].Text[0]) ? j : null;
        }
        return null;
    }

    private static bool IsEnglishGivenName(string folded) =>
        EntityLexicon.GivenNames.Contains(folded) || (Gazetteer.KindsOf(folded) & Gazetteer.GivenKind) != 0;

    private static int EnglishNameEnd(List<ProseToken> tokens, int from, int to)
    {
        var i = from;
        var last = from;
        while (i < to && i - from < MaxNameWords && tokens[i].IsWord)
        {
            var token = tokens[i];
            var capitalized = char.IsUpper(token.Text[0]) || token.Folded.StartsWith("al-", StringComparison.Ordinal) || token.Folded.StartsWith("el-", StringComparison.Ordinal);
            // Senator Angus King: a title word after the name's first word is part of the name.
            if (capitalized && i > from && EntityLexicon.Titles.Contains(token.Folded)) { i++; last = i; continue; }
            if (capitalized && !EntityLexicon.Titles.Contains(token.Folded) && token.Folded != "the") { i++; last = i; continue; }
            if (i > from && EntityLexicon.NameJoiners.Contains(token.Folded) || token.Folded is "de" or "van" or "von" or "da" or "la") { i++; continue; }
            break;
        }
        return last;
    }

    /// <summary>A function word, a complementizer, a speech verb or an event noun: none of them is part of a name.</summary>
    private static bool IsStop(ProseToken token)
    {
        var folded = token.Folded;
        return EntityLexicon.IsIn(SegmentLexicon.FunctionWords, token) || Quotes.QuoteLexicon.Complementizers.Contains(folded)
            || EntityLexicon.IsIn(Quotes.QuoteLexicon.NounPhraseStops, token)
            || Quotes.QuoteLexicon.SpeechVerb(folded) is not null || EntityLexicon.EventNouns.Contains(Normalize.ArabicWords.Key(folded));
    }

    /// <summary>
    /// رقم, تسعين, خمسة: a number or the word for one opens no name (العضو رقم تسعين). Only the first word is checked:
    /// later in a name a number word is a family name (آل ثاني).
    /// </summary>
    private static bool IsNumber(string folded) => folded == "رقم" || Numbers.NumberWords.IsCardinalWord(folded);

    /// <summary>لحقوق, لشؤون, لحزب: ل before a noun of a role's name (مدير المرصد السوري لحقوق الإنسان), not a given name.</summary>
    private static bool IsGenitiveWithLam(string folded) =>
        folded.Length >= 4 && folded[0] == 'ل' && !folded.StartsWith("لل", StringComparison.Ordinal) && !EntityLexicon.GivenNames.Contains(folded);

    /// <summary>A word without a pronoun joined to its end (باسمها → باسم), or null when it has none.</summary>
    private static string? WithoutPronoun(string folded)
    {
        foreach (var suffix in new[] { "هما", "هم", "ها", "ه" })
        {
            if (folded.Length > suffix.Length + 2 && folded.EndsWith(suffix, StringComparison.Ordinal)) return folded.Substring(0, folded.Length - suffix.Length);
        }
        return null;
    }

    private static bool StartsRole(ProseToken next) =>
        IsDefinite(next.Folded) || EntityLexicon.RoleWords.Contains(EntityLexicon.Head(next.Folded)) || EntityLexicon.IsIn(EntityLexicon.RolePrepositions, next);

    /// <summary>A word with و and the article (والمبعوث، وقوات): a new phrase joined to the name's, not the name.</summary>
    private static bool StartsNewPhrase(string folded) => folded.StartsWith("وال", StringComparison.Ordinal) && folded.Length > 4;

    /// <summary>
    /// لهزيمة, بنتائج, بالاتفاق: a preposition joined to a noun, which no name starts with (a given name that starts with ل
    /// or ب, such as لؤي, ليلى, باراك, is short or in the given-name list).
    /// </summary>
    internal static bool IsPrepositional(string folded) =>
        !EntityLexicon.GivenNames.Contains(folded)
        && ((folded.Length >= 5 && folded[0] == 'ل') || (folded.Length >= 6 && folded[0] == 'ب')
            || folded.StartsWith("بال", StringComparison.Ordinal) || folded.StartsWith("كال", StringComparison.Ordinal));

    /// <summary>
    /// A verb after a title (الرئيس السوري يستقبل, المبعوث سيزور): the imperfect's ي or the future's س before an imperfect
    /// prefix, which names start with only when they are given names (يوسف, ياسر) — ست before ي or ا starts names too
    /// (ستيفان, ستالين).
    /// </summary>
    internal static bool IsVerb(string folded)
    {
        if (EntityLexicon.GivenNames.Contains(folded) || folded.Length < 4) return false;
        if (folded[0] == 'ي') return true;
        return folded.Length >= 5 && folded[0] == 'س' && "يتنا".IndexOf(folded[1]) >= 0 && !(folded[1] == 'ت' && "يا".IndexOf(folded[2]) >= 0);
    }
}
