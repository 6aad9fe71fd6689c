using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Extraction;

/// <summary>
/// Lines as the segmentation tests compare them: line and text, without where the text starts in the file. Those tests
/// say which line is what; the offsets, which the generator reads from the file's resource, are held by
/// TextResourceTests and by <c>ArticleExtractorTests.Every_line_starts_where_its_text_stands_in_the_file</c>.
/// </summary>
internal static class LineModels
{
    public static IEnumerable<ParagraphModel> WithoutStarts(this IEnumerable<ParagraphModel> lines) => lines.Select(l => l with { Start = -1 });

    public static IEnumerable<LineText> WithoutStarts(this IEnumerable<LineText> lines) => lines.Select(l => l with { Start = -1 });

    public static IEnumerable<CorpusSdk.Extraction.Model.DroppedLine> WithoutStarts(this IEnumerable<CorpusSdk.Extraction.Model.DroppedLine> lines) => lines.Select(l => l with { Start = -1 });
}
