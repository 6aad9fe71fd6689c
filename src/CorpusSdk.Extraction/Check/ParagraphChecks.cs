using System.Collections.Generic;
using System.Globalization;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction.Check;

/// <summary>
/// CORPUS104: two paragraphs of one article that say the same thing, as scrapers leave them when a page carries a
/// statement twice (once summarized, once in full). Two paragraphs of <see cref="MinWords"/> content words or more are
/// near-duplicates when they share at least <see cref="MinJaccard"/> of all their words and
/// <see cref="MinContainment"/> of the shorter one's; reported at the later one, with the earlier as related location.
/// A story's lead is left out: a lead summarizes what follows, so its words come back in the next paragraphs by
/// design (the inverted pyramid), and a paragraph that details it is no repeat. Where a file has no headline and its
/// first paragraph is one sentence that serves as the title, the lead is the paragraph after it.
/// </summary>
public static class ParagraphChecks
{
    public const int MinWords = 10;

    public const double MinJaccard = 0.22;

    public const double MinContainment = 0.45;

    public static IEnumerable<DiagnosticInfo> NearDuplicates(string file, IReadOnlyList<ContentLine> paragraphs, IReadOnlyList<StoryModel> stories, string? title, CorpusText text)
    {
        var leads = new HashSet<int>();
        foreach (var story in stories)
        {
            var first = -1;
            for (var i = 0; i < paragraphs.Count && first < 0; i++) if (paragraphs[i].Number == story.FirstLine) first = i;
            if (first < 0) continue;
            leads.Add(paragraphs[first].Number);
            var titled = paragraphs[first].Text == (story.Title ?? title);
            if (titled && first + 1 < paragraphs.Count) leads.Add(paragraphs[first + 1].Number);
        }
        var words = new List<List<string>>(paragraphs.Count);
        foreach (var paragraph in paragraphs) words.Add(TextSimilarity.ContentWords(paragraph.Text));
        for (var later = 1; later < paragraphs.Count; later++)
        {
            if (words[later].Count < MinWords || leads.Contains(paragraphs[later].Number)) continue;
            for (var earlier = later - 1; earlier >= 0; earlier--)
            {
                if (words[earlier].Count < MinWords || leads.Contains(paragraphs[earlier].Number)) continue;
                if (TextSimilarity.Jaccard(words[earlier], words[later]) < MinJaccard || TextSimilarity.Containment(words[earlier], words[later]) < MinContainment) continue;
                yield return new DiagnosticInfo(DiagnosticCatalog.NearDuplicateParagraphs.Id, file, text.Span(paragraphs[later].Source),
                    new EquatableArray<string>(new[] { paragraphs[earlier].Number.ToString(CultureInfo.InvariantCulture) }),
                    new EquatableArray<RelatedLocation>(new[] { new RelatedLocation(file, text.Span(paragraphs[earlier].Source)) }));
                break;
            }
        }
    }
}
