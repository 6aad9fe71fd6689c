using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// A readable Latin spelling of an Arabic name, for identifiers (توم باراك → tum-barak → TumBarak; أسعد الشيباني →
/// asad-al-shibani; وليد الخريجي → walid-al-khariji). Consonants map one to one (ش sh, خ kh, ث th, ذ dh, غ gh); long vowels are written (ا a, و u, ي i;
/// و and ي are w and y at a word's start or beside a vowel); short vowels are written where the text marks them (برَاك →
/// barak) and an a is put between two consonants at a word's start (حسين → hasin); the article is al-. Latin names keep
/// their letters without diacritics (Jean-Noël → jean-noel). It is for names in code, not a scholarly transliteration:
/// the same spelling always gives the same identifier, which is what a stable API needs.
/// </summary>
public static class Transliteration
{
    private static readonly Dictionary<char, string> Consonants = new()
    {
        ['ب'] = "b", ['ت'] = "t", ['ث'] = "th", ['ج'] = "j", ['ح'] = "h", ['خ'] = "kh", ['د'] = "d", ['ذ'] = "dh", ['ر'] = "r",
        ['ز'] = "z", ['س'] = "s", ['ش'] = "sh", ['ص'] = "s", ['ض'] = "d", ['ط'] = "t", ['ظ'] = "z", ['غ'] = "gh", ['ف'] = "f",
        ['ق'] = "q", ['ك'] = "k", ['ل'] = "l", ['م'] = "m", ['ن'] = "n", ['ه'] = "h", ['پ'] = "p", ['چ'] = "ch", ['ژ'] = "zh",
        ['گ'] = "g", ['ک'] = "k", ['ڤ'] = "v",
    };

    /// <summary>The name as lowercase Latin words.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var raw in name.Split(new[] { ' ', '\t', '\u00A0', '-', '_', '.', '،', ',' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            var word = IsArabic(raw) ? Arabic(raw) : Latin(raw);
            if (word.Length > 0) words.Add(word);
        }
        return words;
    }

    /// <summary>The name as an id: lowercase Latin words joined with hyphens (tum-barak), or null when nothing is left.</summary>
    public static string? Slug(string name)
    {
        var words = Words(name);
        return words.Count == 0 ? null : string.Join("-", words);
    }

    /// <summary>An id as a C# identifier: each word capitalized (tum-barak → TumBarak, al-shibani → AlShibani).</summary>
    public static string Identifier(string slug)
    {
        var builder = new StringBuilder();
        foreach (var part in slug.Split('-').Where(p => p.Length > 0))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1));
        }
        var identifier = builder.ToString();
        return identifier.Length > 0 && char.IsDigit(identifier[0]) ? "E" + identifier : identifier;
    }

    private static bool IsArabic(string word) => word.Any(c => c >= '\u0600' && c <= '\u06FF');

    private static string Latin(string word)
    {
        var builder = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 128 && char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static string Arabic(string word)
    {
        var builder = new StringBuilder();
        var letters = word.Where(c => c != '\u0640').ToArray(); // tatweel
        var i = 0;
        if (letters.Length > 3 && letters[0] == 'ا' && letters[1] == 'ل')
        {
            builder.Append("al-");
            i = 2;
        }
        var start = i;
        for (; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            var atStart = i == start;
            var previousIsVowel = builder.Length > 0 && "aiu-".IndexOf(builder[builder.Length - 1]) >= 0;
            switch (c)
            {
                case '\u064E': builder.Append('a'); continue; // fatha
                case '\u0650': builder.Append('i'); continue; // kasra
                case '\u064F': builder.Append('u'); continue; // damma
                case '\u0651': if (builder.Length > 0 && char.IsLetter(builder[builder.Length - 1])) builder.Append(builder[builder.Length - 1]); continue; // shadda
                case 'ا': case 'آ': case 'ى': case 'ة': case 'ع': builder.Append('a'); continue;
                case 'أ': builder.Append(IsKasra(next) ? 'i' : 'a'); continue;
                case 'إ': builder.Append('i'); continue;
                case 'ء': case 'ئ': case 'ؤ': continue;
                // و and ي are consonants at a word's start or beside a vowel (وليد → walid, ياسر → yasir), vowels elsewhere.
                case 'و': builder.Append(atStart ? (Consonants.ContainsKey(next) ? "wa" : "w") : previousIsVowel || IsVowelLetter(next) ? "w" : "u"); continue;
                case 'ي': case 'ی': builder.Append(atStart ? (Consonants.ContainsKey(next) ? "ya" : "y") : previousIsVowel || IsVowelLetter(next) ? "y" : "i"); continue;
            }
            if (Consonants.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
                // حسين → hasin: two consonants at a word's start take an a between them.
                if (atStart && Consonants.ContainsKey(next) && !IsMark(next)) builder.Append('a');
                continue;
            }
            if (c < 128 && char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().TrimEnd('-');
    }

    private static bool IsKasra(char c) => c == '\u0650';

    private static bool IsMark(char c) => c >= '\u064B' && c <= '\u0652';

    private static bool IsVowelLetter(char c) => c is 'ا' or 'ى' or 'آ' || IsMark(c);
}
