using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Tests.Reliability;

/// <summary>
/// The CI part of fuzzing: every input AFL++ found a crash with (tests/fuzz/findings, kept after the fix) runs through
/// what the harness runs, deterministically. A live AFL++ run is by hand (tests/fuzz/run), see docs/reliability.md.
/// </summary>
public class FuzzFindingsTests
{
    private static string Findings => Path.Combine(TestPaths.RepositoryRoot, "tests", "fuzz", "findings");

    public static IEnumerable<object[]> Files =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "fuzz", "findings")).OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Files))]
    public void Fuzz_finding_is_extracted_and_linked_without_an_exception(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Findings, name));
        var text = CorpusFileDecoder.Decode(bytes).Text ?? new UTF8Encoding(false).GetString(bytes);

        var article = ArticleExtractor.Extract(name, text);
        var corpus = ArticleLinker.Link(new[] { article, ArticleExtractor.Extract("seed.txt", File.ReadAllText(Directory.EnumerateFiles(TestPaths.Corpus, "*.txt").First())) });

        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == "CORPUS009");
        Assert.All(article.Diagnostics, d => Assert.InRange(d.Span.Start + d.Span.Length, 0, text.Length));
    }

    [Fact]
    public void A_weekday_abbreviation_with_its_full_stop_at_the_end_of_the_text_is_no_date_and_no_crash()
    {
        Assert.Empty(DateRecognizer.Recognize("The road reopens Wed.", null));
    }

    [Theory]
    [InlineData("قال»َ: 2026")]
    [InlineData("قتل َ 5 أشخاص في 2026.")]
    [InlineData("وقال ـ «نعم».")]
    public void A_mark_with_no_letter_under_it_is_no_word(string body)
    {
        var article = ArticleExtractor.Extract("marks.txt", "عنوان الخبر\n\n" + body + "\n");
        Assert.True(article.IsReadable);
    }
}
