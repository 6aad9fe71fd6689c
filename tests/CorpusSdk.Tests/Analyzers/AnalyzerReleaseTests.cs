using System;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;

namespace CorpusSdk.Tests.Analyzers;

/// <summary>
/// The release table (src/CorpusSdk.Generator/AnalyzerReleases.*.md) against the catalog: every ID once, with the
/// catalog's category and default severity. Roslyn's release-tracking rules (RS2000, RS2001) cannot do this here,
/// since the descriptors are built from <see cref="DiagnosticCatalog"/> at run time, not from constants.
/// </summary>
public class AnalyzerReleaseTests
{
    [Fact]
    public void Every_catalog_id_is_in_the_release_table_with_its_category_and_default_severity()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "CorpusSdk.Generator");
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(folder, f)))
            .Where(l => l.StartsWith("CORPUS", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => $"{c[0]} | {c[1]} | {c[2]}")
            .ToList();

        var expected = DiagnosticCatalog.All.Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}").ToList();

        Assert.Equal(expected, rows);
    }
}
