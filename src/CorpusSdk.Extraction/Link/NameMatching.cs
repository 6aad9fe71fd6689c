using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// When two spellings name the same entity. Names are compared folded (<see cref="ArabicFolding"/>: diacritics, hamza
/// and alef forms, teh marbuta; Latin diacritics and case), word by word. Two words of four letters or more are the
/// same when they differ only in their long vowels after the first letter, which transliterated names spell at will
/// (باراك / برَاك, ترامب / ترمب) by one long vowel; shorter words must be equal (بارو is not باراك, عمر is not عمرو), and
/// so must two given names of the list (محمود is not محمد).
/// A person's two spellings are one person when their given names and family names are the same word: middle names and
/// patronymics may come and go (أسعد حسن الشيباني / أسعد الشيباني; وليد بن عبد الكريم الخريجي / وليد الخريجي).
/// </summary>
public static class NameMatching
{
    /// <summary>Words joined to the next: عبد الكريم and أبو بكر are one given name.</summary>
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal) { "عبد", "ابو", "abd", "abu" };

    /// <summary>Words that join a name's parts and are left out of the comparison: son of, daughter of.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "bin", "ibn", "bint" };

    /// <summary>
    /// The words of a name as compared: folded, particles left out, compound given names joined (عبد الكريم →
    /// عبدالكريم), a hyphenated name one word (Jean-Luc), a ruling house marked (آل نهيان, Al Nahyan → آلنهيان).
    /// </summary>
    public static IReadOnlyList<string> Words(string name) => Memo(ref t_words, name, SplitWords);

    /// <summary>
    /// Per thread, the words and keys of the names met last. Linking asks for the same few thousand names again and
    /// again (every mention, every comparison); both are pure functions of the name, so a memo changes no result. It is
    /// emptied when full, so a compiler server that keeps the thread holds at most <see cref="MaxMemo"/> names.
    /// </summary>
    [ThreadStatic] private static Dictionary<string, IReadOnlyList<string>>? t_words;

    [ThreadStatic] private static Dictionary<string, string>? t_keys;

    private const int MaxMemo = 1 << 15;

    private static T Memo<T>(ref Dictionary<string, T>? memo, string name, Func<string, T> compute)
    {
        memo ??= new Dictionary<string, T>(StringComparer.Ordinal);
        if (memo.TryGetValue(name, out var known)) return known;
        if (memo.Count >= MaxMemo) memo.Clear();
        return memo[name] = compute(name);
    }

    private static IReadOnlyList<string> SplitWords(string name)
    {
        var words = new List<string>();
        var pendingHead = string.Empty;
        var house = false;
        foreach (var raw in name.Split(new[] { ' ', '\t', '\u00A0', '،', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = FoldLatin(ArabicFolding.Fold(raw));
            if (word.Length == 0 || Particles.Contains(word)) continue;
            // آل (folded ال) or Al standing alone before a name is a ruling house, which may come and go.
            if ((word == "ال" || word == "al") && words.Count >= 2) { house = true; continue; }
            if (CompoundHeads.Contains(word)) { pendingHead += word; continue; }
            words.Add((house ? HouseMark : string.Empty) + pendingHead + word);
            pendingHead = string.Empty;
            house = false;
        }
        if (pendingHead.Length > 0) words.Add(pendingHead);
        return JoinedInitials(words);
    }

    /// <summary>
    /// Single Latin letters that open a name of three words or more are one word of initials: A M Chowdhary and AM
    /// Chaudhary both start with am. The last word is never taken in.
    /// </summary>
    private static List<string> JoinedInitials(List<string> words)
    {
        if (words.Count < 3) return words;
        var letters = 0;
        while (letters < words.Count - 1 && letters < MaxInitials && words[letters].Length == 1 && IsLatinLetter(words[letters][0])) letters++;
        if (letters < 2) return words;
        var joined = new List<string>(words.Count - letters + 1) { string.Concat(words.Take(letters)) };
        joined.AddRange(words.Skip(letters));
        return joined;
    }

    private const int MaxInitials = 3;

    private static bool IsLatinLetter(char c) => c >= 'a' && c <= 'z';

    /// <summary>
    /// Whether two place names can be one place: the same words (spelled within <see cref="SameWord"/>), or one the other
    /// with words added (الرياض / العاصمة الرياض). Nothing says a city is in a country, so الرياض and السعودية are two.
    /// </summary>
    public static bool SamePlace(string a, string b) => SamePlace(Words(a), Words(b));

    /// <summary><see cref="SamePlace(string, string)"/> on names already split by <see cref="Words"/>, for callers that compare one name many times.</summary>
    public static bool SamePlace(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        if (left.Count == 0 || right.Count == 0) return false;
        var (shorter, longer) = left.Count <= right.Count ? (left, right) : (right, left);
        // Loops rather than LINQ: facts compare places millions of times.
        foreach (var word in shorter)
        {
            var found = false;
            foreach (var other in longer)
            {
                if (SameWord(word, other)) { found = true; break; }
            }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether two folded words are the same name: equal once doubled letters are one (Barrot, Barot), or, for words of
    /// four letters or more, the longer being the shorter with one long vowel added after the first letter (باراك /
    /// برَاك, ترامب / ترمب). Two given names of the list (محمود, محمد) must be equal: their long vowels tell them apart.
    /// </summary>
    public static bool SameWord(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal) || SameOnceCollapsed(a, b)) return true;
        if (a.Length < 4 || b.Length < 4) return false;
        if (Recognize.Entities.EntityLexicon.GivenNames.Contains(a) && Recognize.Entities.EntityLexicon.GivenNames.Contains(b)) return false;
        return OneLongVowelMore(a, b) || OneLongVowelMore(b, a) || OneVowelRunApart(a, b);
    }

    /// <summary>
    /// Two Latin transliterations of one name that differ in one run of vowels only (Chowdhary / Chaudhary, Ahmed / Ahmad):
    /// the same first letter and the same consonants in order, all other vowel runs equal. Two runs apart (Martin /
    /// Morton) are two names.
    /// </summary>
    private static bool OneVowelRunApart(string a, string b)
    {
        if (a.Length < 5 || b.Length < 5 || a[0] != b[0] || !a.All(IsLatinLetter) || !b.All(IsLatinLetter)) return false;
        var left = Runs(a);
        var right = Runs(b);
        if (left.Count != right.Count) return false;
        var apart = 0;
        for (var i = 0; i < left.Count; i++)
        {
            if (left[i] == right[i]) continue;
            if (!IsLatinVowelRun(left[i]) || !IsLatinVowelRun(right[i])) return false;
            if (++apart > 1) return false;
        }
        return apart == 1;
    }

    /// <summary>A Latin word cut into runs of vowels (a e i o u w y) and single consonants, doubled letters as one.</summary>
    private static List<string> Runs(string word)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i > 0 && word[i - 1] == c) continue;
            if (LatinVowelLike.IndexOf(c) >= 0)
            {
                run.Append(c);
                continue;
            }
            if (run.Length > 0) runs.Add(run.ToString());
            run.Clear();
            runs.Add(c.ToString());
        }
        if (run.Length > 0) runs.Add(run.ToString());
        return runs;
    }

    private static bool IsLatinVowelRun(string run) => run.All(c => LatinVowelLike.IndexOf(c) >= 0);

    /// <summary>Letters Latin transliterations trade for one another within a vowel (ow / au, ai / ay): not consonants here.</summary>
    private const string LatinVowelLike = "aeiouwy";

    /// <summary>A word without its long vowels after the first letter and with doubled letters as one (باراك → برك).</summary>
    public static string Skeleton(string word) => Skeleton(word, anyLength: false);

    /// <param name="word">A folded word.</param>
    /// <param name="anyLength">Also for words of fewer than four letters (which <see cref="SameWord"/> joins only when
    /// equal or equal once doubled letters are one): the linker's index key, equal for any two words SameWord joins.</param>
    public static string Skeleton(string word, bool anyLength)
    {
        if (word.Length == 0 || (word.Length < 4 && !anyLength)) return word;
        var builder = new StringBuilder().Append(word[0]);
        // A Latin word also drops w and y, which OneVowelRunApart counts as vowels: the key stays equal for any two words SameWord joins.
        var latin = word.All(IsLatinLetter);
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (LongVowels.IndexOf(c) >= 0 || (latin && (c == 'w' || c == 'y'))) continue;
            if (builder[builder.Length - 1] == c) continue; // doubled letters: Barrot, Barot
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Whether two names of two words or more are one person: the same given name and the same family name (middle
    /// names and patronymics aside), with or without a ruling house (عبدالله بن زايد آل نهيان / عبدالله بن زايد).
    /// </summary>
    public static bool SamePerson(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (GivenAndFamily(a, b)) return true;
        // The same without the ruling houses, when either has one. Linking compares names millions of times: the words
        // without houses are found by index rather than copied.
        var aWithout = WithoutHouses(a);
        var bWithout = WithoutHouses(b);
        return (aWithout.Count != a.Count || bWithout.Count != b.Count) && GivenAndFamily(a, aWithout, b, bWithout);
    }

    /// <summary>The indexes of the first and last words that are not a ruling house, and how many words are not.</summary>
    private static (int First, int Last, int Count) WithoutHouses(IReadOnlyList<string> words)
    {
        int first = -1, last = -1, count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (IsHouse(words[i])) continue;
            if (first < 0) first = i;
            last = i;
            count++;
        }
        return (first, last, count);
    }

    /// <summary>Whether a word of <see cref="Words"/> is a ruling house (آل نهيان), which may come and go.</summary>
    public static bool IsHouse(string word) => word.StartsWith(HouseMark, StringComparison.Ordinal);

    private static bool GivenAndFamily(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        GivenAndFamily(a, (0, a.Count - 1, a.Count), b, (0, b.Count - 1, b.Count));

    /// <summary>Two names of two words or more with the same first and last word, each name taken as the words <c>First</c>..<c>Last</c> of its list.</summary>
    private static bool GivenAndFamily(IReadOnlyList<string> a, (int First, int Last, int Count) aWords, IReadOnlyList<string> b, (int First, int Last, int Count) bWords) =>
        aWords.Count >= 2 && bWords.Count >= 2 && SameGivenName(a[aWords.First], b[bWords.First]) && SameWord(a[aWords.Last], b[bWords.Last]);

    /// <summary>
    /// Two given names of one person: the same word, or initials and a name they stand for (RK and Ramesh: the
    /// initials' first letter is the name's first), as English and Indian reports write a name on later mention.
    /// </summary>
    public static bool SameGivenName(string a, string b) =>
        SameWord(a, b) || StandsFor(a, b) || StandsFor(b, a);

    private static bool StandsFor(string initials, string name) =>
        IsInitials(initials) && !IsInitials(name) && name.Length >= 3 && name[0] == initials[0];

    /// <summary>
    /// A folded Latin word that is initials: one letter, or two or three with no vowel (pk, kc, jr); an Arabic word is
    /// never one.
    /// </summary>
    public static bool IsInitials(string word) =>
        word.Length >= 1 && word.Length <= 3 && word.All(c => c >= 'a' && c <= 'z') && (word.Length == 1 || word.IndexOfAny(Vowels) < 0);

    private static readonly char[] Vowels = { 'a', 'e', 'i', 'o', 'u', 'y' };

    private const string LongVowels = "اويaeiou";

    /// <summary>Marks a ruling house's name among a name's words; آ never survives folding, so no word starts with it otherwise.</summary>
    private const string HouseMark = "آل";

    private static bool OneLongVowelMore(string longer, string shorter)
    {
        if (longer.Length != shorter.Length + 1) return false;
        for (var i = 1; i < longer.Length; i++)
        {
            // longer without its letter i is shorter: the same before i, and after it shifted by one.
            if (LongVowels.IndexOf(longer[i]) >= 0 && string.CompareOrdinal(longer, 0, shorter, 0, i) == 0
                && string.CompareOrdinal(longer, i + 1, shorter, i, shorter.Length - i) == 0) return true;
        }
        return false;
    }

    /// <summary>Whether two words are equal once doubled letters are one (Barrot, Barot), compared in place.</summary>
    private static bool SameOnceCollapsed(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i];
            if (b[j] != c) return false;
            while (i < a.Length && a[i] == c) i++;
            while (j < b.Length && b[j] == c) j++;
        }
        return i == a.Length && j == b.Length;
    }

    /// <summary>The key organisations and places are grouped by: each word folded and without its article or proclitic.</summary>
    public static string Key(string name) => Memo(ref t_keys, name, FoldKey);

    private static string FoldKey(string name) => string.Join(" ", ArabicWords.Split(FoldLatin(ArabicFolding.Fold(name))).Select(ArabicWords.Key));

    private static string FoldLatin(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
