using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Extraction.Segment;

/// <summary>
/// Finds where a second story is glued to the first. A glued Arabic story brings its headline (a subheading beside its
/// first paragraph), and Arabic news paragraphs continue their story with the conjunction و/ف, an opener such as كما or
/// إلى ذلك, or a speaker's name before a colon: a paragraph after the lead, beside a headline, that opens with none of
/// these and shares few content words with the story so far starts a new story. English paragraphs open with nouns
/// as often as with connectives, so there a new story needs its own wire dateline (<see cref="WireDateline"/>).
/// </summary>
public static class StorySplitter
{
    /// <summary>Below this share of its content words already seen in the story, a paragraph that does not continue it starts a new one.</summary>
    private const double NewStoryOverlap = 0.35;

    /// <summary>A paragraph shorter than this (in content words) is not judged: too little to compare.</summary>
    private const int MinWordsToJudge = 12;

    public static IEnumerable<StoryModel> Split(Segments segments)
    {
        var paragraphs = segments.Paragraphs;
        if (paragraphs.Count == 0) yield break;

        var storyWords = new HashSet<string>(ContentWords(paragraphs[0].Folded), StringComparer.Ordinal);
        if (segments.Headline is not null) storyWords.UnionWith(ContentWords(segments.Headline.Folded));
        var first = paragraphs[0].Number;
        string? title = segments.Headline?.Text;
        var last = first;
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var words = ContentWords(paragraph.Folded).Distinct(StringComparer.Ordinal).ToList();
            var next = i + 1 < paragraphs.Count ? paragraphs[i + 1].Number : int.MaxValue;
            var headline = HeadlineBeside(segments, last, paragraph.Number, next);
            var startsStory = LanguageIsArabic(paragraph.Words[0])
                ? headline is not null && words.Count >= MinWordsToJudge && !Continues(paragraph) && Overlap(words, storyWords) < NewStoryOverlap
                : WireDateline.StartsStory(paragraph.Text);
            if (startsStory)
            {
                yield return new StoryModel(first, last, title);
                first = paragraph.Number;
                title = headline?.Text;
                storyWords.Clear();
            }
            storyWords.UnionWith(words);
            last = paragraph.Number;
        }
        yield return new StoryModel(first, last, title);
    }

    /// <summary>
    /// The headline a glued story brings: a subheading between the paragraph before and this one (the nearest), else
    /// one between this paragraph and the next (scrapers keep a page's lead, its meta description, above its headline).
    /// Without one, low overlap is not enough: on real pages a paragraph of one story may share as little as 7% of its
    /// words with the paragraphs before it, while a glued story shared 27%.
    /// </summary>
    private static LineText? HeadlineBeside(Segments segments, int previous, int line, int next) =>
        segments.Subheadings.LastOrDefault(s => s.Line > previous && s.Line < line)
        ?? segments.Subheadings.FirstOrDefault(s => s.Line > line && s.Line < next);

    private static bool Continues(ContentLine paragraph)
    {
        var firstWord = paragraph.Words[0];
        if (firstWord.Length > 2 && (firstWord[0] == 'و' || firstWord[0] == 'ف') && LanguageIsArabic(firstWord)) return true;
        if (SegmentLexicon.StartsWithAny(paragraph.Folded, SegmentLexicon.ContinuationOpeners)) return true;
        // A speaker's name before a colon (المحافظ: «…») opens a quote of the story. A bare speech verb does not
        // continue: a glued story's lead often opens so (قال قائد … إنه), while the story's own reported speech takes و.
        if (OpensWithSpeaker(paragraph)) return true;
        // A paragraph that opens with a quotation mark or a dash continues the story it quotes.
        return "«\"“”-–—".IndexOf(paragraph.Text[0]) >= 0;
    }

    /// <summary>A speaker's name of at most this many words before a colon opens a quote paragraph.</summary>
    private const int MaxSpeakerWords = 3;

    private static bool OpensWithSpeaker(ContentLine paragraph)
    {
        var colon = paragraph.Text.IndexOf(':');
        return colon > 0 && paragraph.Text.Substring(0, colon).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= MaxSpeakerWords;
    }

    private static bool LanguageIsArabic(string word) => word.Any(LanguageDetector.IsArabicLetter);

    private static double Overlap(IReadOnlyCollection<string> words, HashSet<string> storyWords) =>
        words.Count == 0 ? 1 : (double)words.Count(storyWords.Contains) / words.Count;

    private static IEnumerable<string> ContentWords(string folded) =>
        ArabicWords.Split(folded).Select(ArabicWords.Key).Where(w => w.Length >= 3 && !SegmentLexicon.FunctionWords.Contains(w));
}
