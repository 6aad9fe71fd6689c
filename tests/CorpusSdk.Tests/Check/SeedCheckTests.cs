using System;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using static CorpusSdk.Tests.Check.CheckCorpus;

namespace CorpusSdk.Tests.Check;

/// <summary>The checks on the five seed articles of the repository's corpus/: what they must and must not find.</summary>
public class SeedCheckTests
{
    private const string A000 = "000_543c0d3dceea60ad.txt";
    private const string A002 = "002_b28bf7c954a4d60a.txt";

    private static readonly (string File, string Text)[] Seeds = Directory.EnumerateFiles(TestPaths.Corpus, "*.txt")
        .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
        .ToArray();

    private static readonly CorpusModel Corpus = ArticleLinker.Link(Seeds.Select(s => ArticleExtractor.Extract(s.File, s.Text)));

    [Fact]
    public void Tom_Barrack_spelled_two_ways_is_CORPUS203_at_the_headline_of_002()
    {
        Assert.Equal(5, Seeds.Length);
        var finding = Assert.Single(Findings(Corpus, "CORPUS203"));

        Assert.Equal((A002, 1), (finding.File, finding.Span.StartLine));
        Assert.Equal("توم برَاك", Spanned(Seeds, A002, finding.Span));
        Assert.Equal(new[] { (A000, 12), (A002, 5) }, finding.Related.Select(r => (r.File, r.Span.StartLine)));
        Assert.All(finding.Related, r => Assert.Equal("توم باراك", Spanned(Seeds, r.File, r.Span)));
        Assert.Equal("توم باراك is spelled differently: توم باراك (A000:12, A002:5); توم برَاك (A002:1)", finding.Message);
    }

    [Fact]
    public void The_statements_000_repeats_are_CORPUS104_at_lines_17_and_19()
    {
        var findings = Findings(Corpus, "CORPUS104");

        Assert.Equal(
            new[] { (A000, 17, 16), (A000, 19, 18) },
            findings.Select(f => (f.File, f.Span.StartLine, f.Related.Single().Span.StartLine)).OrderBy(f => f.Item2));
        Assert.All(findings, f => Assert.Equal(1, f.Span.StartColumn));
    }

    [Fact]
    public void The_seeds_agree_on_dates_numbers_and_roles_and_never_confuse_Barrack_with_Barrot()
    {
        var findings = Findings(Corpus);

        Assert.DoesNotContain(findings, d => d.Id is "CORPUS201" or "CORPUS202" or "CORPUS204");
        Assert.DoesNotContain(findings, d => d.Id == "CORPUS203" && d.Message.Contains("بارو", StringComparison.Ordinal));
    }
}
