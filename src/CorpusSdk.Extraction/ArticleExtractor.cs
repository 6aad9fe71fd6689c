using System.Collections.Generic;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction;

/// <summary>
/// The per-file stages, Read to Segment, for one corpus file. It depends on the file's path and text only, so the
/// generator can cache its result on them; it never throws on any text.
/// </summary>
public static class ArticleExtractor
{
    /// <param name="relativePath">The path relative to the corpus folder, with <c>/</c> separators.</param>
    /// <param name="text">The decoded text of the file.</param>
    public static ArticleModel Extract(string relativePath, string text)
    {
        var identifierHint = IdentifierRules.FromFileName(relativePath);
        var corpusText = new CorpusText(text);

        var binaryAt = BinaryContent.Find(corpusText.Text);
        if (binaryAt >= 0)
        {
            return Unreadable(relativePath, identifierHint, corpusText.Span(binaryAt, 1), BinaryContent.Describe(corpusText.Text[binaryAt]));
        }

        var segments = ArticleSegmenter.Segment(corpusText);
        var diagnostics = new List<DiagnosticInfo>();
        if (segments.Paragraphs.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.EmptyFile.Id, relativePath, SourceSpan.FileStart, relativePath));
        }

        return new ArticleModel(
            relativePath,
            identifierHint,
            IsReadable: true,
            LanguageDetector.Detect(corpusText.Text),
            segments.Title?.Text,
            segments.Title?.Number ?? 0,
            new EquatableArray<ParagraphModel>(segments.Paragraphs),
            diagnostics.ToEquatableArray());
    }

    /// <summary>The model of a file that could not be read as text: no article, one CORPUS001.</summary>
    public static ArticleModel Unreadable(string relativePath, SourceSpan where, string problem) =>
        Unreadable(relativePath, IdentifierRules.FromFileName(relativePath), where, problem);

    private static ArticleModel Unreadable(string relativePath, string identifierHint, SourceSpan where, string problem) =>
        new(relativePath, identifierHint, IsReadable: false, null, null, 0, EquatableArray<ParagraphModel>.Empty,
            new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(DiagnosticCatalog.UnreadableFile.Id, relativePath, where, relativePath, problem),
            }));
}
