using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Segment;

/// <summary>
/// The language of an article from the script of its letters: Arabic script is Arabic (the corpora this SDK is for are
/// Arabic news; Persian and Urdu would need their own markers); Latin script is English when English function words are
/// frequent enough, otherwise unknown rather than a guess.
/// </summary>
public static class LanguageDetector
{
    /// <summary>
    /// Frequent English function words: in any English prose of a few sentences several of them occur, while they are
    /// rare in French, Spanish or German text.
    /// </summary>
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "in", "is", "was", "that", "for", "with", "on", "said", "by", "from", "has", "have", "it", "at",
    };

    public static string? Detect(string text)
    {
        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsArabicLetter(c)) arabic++;
            else if (c < 0x250 && char.IsLetter(c)) latin++;
        }
        if (arabic == 0 && latin == 0) return null;
        if (arabic >= latin) return "ar";
        return LooksEnglish(text) ? "en" : null;
    }

    public static bool IsArabicLetter(char c) =>
        char.IsLetter(c) && ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
            || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF'));

    private static bool LooksEnglish(string text)
    {
        int words = 0, function = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0) start = i;
            else if (!isLetter && start >= 0)
            {
                words++;
                if (EnglishFunctionWords.Contains(text.Substring(start, i - start))) function++;
                start = -1;
            }
        }
        // In English prose roughly one word in four is one of these; one in twenty leaves room for headlines and lists.
        return words > 0 && function * 20 >= words;
    }
}
