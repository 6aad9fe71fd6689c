using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// A file that triggers one check hundreds of times gives the build the first <see cref="FindingCap.PerKindPerFile"/>
/// findings and one summary of the rest, under the same ID: the severity .editorconfig sets for the ID is the summary's.
/// </summary>
public class FindingCapBuildTests
{
    /// <summary>A page whose every paragraph pairs a date with the wrong weekday: one CORPUS102 per paragraph.</summary>
    internal static string WrongWeekdays(int paragraphs)
    {
        var page = new StringBuilder("Harbour board publishes its weekly sailing notices\n\n");
        for (var i = 0; i < paragraphs; i++)
            page.Append("The ferry notice for Monday 10 February 2026 was posted again at the harbour office, the board said.\n\n");
        return page.ToString();
    }

    private static List<Diagnostic> Findings(string page, string? config = null)
    {
        var files = new List<AdditionalText> { GeneratorHarness.CorpusFile("notices.txt", page) };
        if (config is not null) files.Add(new InMemoryAdditionalText(GeneratorHarness.ProjectDir + ".editorconfig", config));
        return GeneratorHarness.Run(files.ToArray()).Run.Diagnostics.Where(d => d.Id == "CORPUS102").ToList();
    }

    [Fact]
    public void Findings_past_the_cap_become_one_summary_at_the_first_left_out()
    {
        var findings = Findings(WrongWeekdays(35));

        Assert.Equal(FindingCap.PerKindPerFile + 1, findings.Count);
        var summary = findings.Last();
        Assert.Equal(
            "15 more CORPUS102 findings in 'notices.txt' are not listed: at most 20 of one kind are reported per file",
            summary.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // Paragraph N stands on line 2N + 1: the 21st paragraph is the first left out.
        Assert.Equal(2 * 21, summary.Location.GetLineSpan().StartLinePosition.Line);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Fact]
    public void At_the_cap_every_finding_is_listed_and_there_is_no_summary()
    {
        var findings = Findings(WrongWeekdays(FindingCap.PerKindPerFile));

        Assert.Equal(FindingCap.PerKindPerFile, findings.Count);
        Assert.DoesNotContain(findings, f => f.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("not listed", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public void The_ids_configured_severity_is_the_summarys(string configured, DiagnosticSeverity expected)
    {
        var findings = Findings(WrongWeekdays(30), "root = true\n[*]\ndotnet_diagnostic.CORPUS102.severity = " + configured + "\n");

        Assert.Equal(FindingCap.PerKindPerFile + 1, findings.Count);
        Assert.All(findings, f => Assert.Equal(expected, f.Severity));
    }

    [Fact]
    public void None_silences_the_summary_with_the_findings()
    {
        Assert.Empty(Findings(WrongWeekdays(30), "root = true\n[*]\ndotnet_diagnostic.CORPUS102.severity = none\n"));
    }
}
