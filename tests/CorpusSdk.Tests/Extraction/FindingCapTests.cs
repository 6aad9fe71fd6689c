using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Extraction;

/// <summary>The cap on findings of one kind in one file, on lists written for the test.</summary>
public class FindingCapTests
{
    private static DiagnosticInfo At(string id, string file, int line) =>
        DiagnosticInfo.Create(id, file, new SourceSpan(0, 1, line, 1, line, 2), "x", "y", "z", "w");

    [Fact]
    public void Each_file_and_id_is_capped_on_its_own_and_order_is_kept()
    {
        var findings = Enumerable.Range(1, 25).Select(i => At("CORPUS103", "a.txt", i))
            .Concat(Enumerable.Range(1, 25).Select(i => At("CORPUS103", "b.txt", i)))
            .Concat(Enumerable.Range(1, 5).Select(i => At("CORPUS105", "a.txt", i)))
            .ToList();

        var capped = FindingCap.Apply(findings);

        Assert.Equal(2 * (FindingCap.PerKindPerFile + 1) + 5, capped.Count);
        var summaries = capped.Where(d => d.NotListed > 0).ToList();
        Assert.Equal(new[] { ("a.txt", 5, 21), ("b.txt", 5, 21) }, summaries.Select(s => (s.File, s.NotListed, s.Span.StartLine)));
        Assert.Equal(findings.Take(FindingCap.PerKindPerFile), capped.Take(FindingCap.PerKindPerFile));
        Assert.Equal("5 more CORPUS103 findings in 'a.txt' are not listed: at most 20 of one kind are reported per file", summaries[0].Message);
    }

    [Fact]
    public void Capping_a_capped_list_again_changes_nothing()
    {
        var once = FindingCap.Apply(Enumerable.Range(1, 60).Select(i => At("CORPUS102", "a.txt", i)).ToList());

        Assert.Equal(once, FindingCap.Apply(once));
        Assert.Equal(40, once.Single(d => d.NotListed > 0).NotListed);
    }

    [Fact]
    public void A_list_within_the_cap_is_returned_as_it_is()
    {
        var findings = Enumerable.Range(1, FindingCap.PerKindPerFile).Select(i => At("CORPUS102", "a.txt", i)).ToList();

        Assert.Equal(findings, FindingCap.Apply(findings));
    }
}
