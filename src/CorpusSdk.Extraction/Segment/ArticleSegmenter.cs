using System.Collections.Generic;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Read;

namespace CorpusSdk.Extraction.Segment;

/// <summary>The parts of a file the segmenter found: the title line and the body paragraphs.</summary>
public sealed record Segments(TextLine? Title, IReadOnlyList<ParagraphModel> Paragraphs);

/// <summary>
/// Splits a file into its title and body. For now the title is the first non-empty line and every later non-empty line
/// is a body paragraph; the anatomy of a scraped page (datelines, bylines, boilerplate) comes in a later stage.
/// </summary>
public static class ArticleSegmenter
{
    public static Segments Segment(CorpusText text)
    {
        TextLine? title = null;
        var paragraphs = new List<ParagraphModel>();
        foreach (var line in text.Lines)
        {
            var trimmed = TextTrim.Trim(line.Text);
            if (trimmed.Length == 0) continue;
            if (title is null)
            {
                title = line with { Text = trimmed };
            }
            else
            {
                paragraphs.Add(new ParagraphModel(line.Number, trimmed));
            }
        }
        return new Segments(title, paragraphs);
    }
}
