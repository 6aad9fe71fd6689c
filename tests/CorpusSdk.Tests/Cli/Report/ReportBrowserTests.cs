using System;
using System.IO;
using System.Linq;
using System.Text;
using CorpusSdk.Cli.Report;
using Xunit.Abstractions;

namespace CorpusSdk.Tests.Cli.Report;

/// <summary>
/// The seed report in a real browser: the page loads from a file with nothing else, its DOM has the sections and the
/// values the acceptance names, and a screenshot of it at a laptop's size is kept for people to look at.
/// </summary>
public class ReportBrowserTests(ITestOutputHelper output)
{
    /// <summary>Where the page and its screenshot are kept: the test output folder's TestResults/.</summary>
    private static string ArtifactFolder => Path.Combine(AppContext.BaseDirectory, "TestResults");

    [ChromiumFact]
    public void The_seed_report_loads_in_chromium_with_its_sections_and_values_and_is_screenshotted()
    {
        Directory.CreateDirectory(ArtifactFolder);
        var page = Path.Combine(ArtifactFolder, "report-seeds.html");
        var screenshot = Path.Combine(ArtifactFolder, "report-seeds.png");
        File.WriteAllText(page, ReportPage.Build(ReportCorpus.Seeds()), new UTF8Encoding(false));
        File.Delete(screenshot);

        var dom = HeadlessChromium.DumpDom(page);
        HeadlessChromium.Screenshot(page, screenshot, 1366, 900);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", dom, StringComparison.Ordinal);
        foreach (var id in new[] { TimelineSection.Id, FactMatrixSection.Id, QuotesSection.Id, EntitiesSection.Id, DiagnosticsSection.Id, ArticlesSection.Id })
            Assert.Contains("<section id=\"" + id + "\">", dom, StringComparison.Ordinal);
        var meeting = ReportCorpus.FactRow(dom, "2026-02-09");
        Assert.Equal(4, ReportCorpus.Count(meeting, "<td class=\"agrees\""));
        Assert.Equal(3, ReportCorpus.Count(ReportCorpus.FactRow(dom, "90"), "<td class=\"agrees\""));
        // The entity's row (the CORPUS203 message names both spellings too).
        var barrack = dom.Split("<tr").Single(r => r.Contains("<span class=\"spelling\"><bdi>توم برَاك</bdi>", StringComparison.Ordinal));
        Assert.Contains("<span class=\"spelling\"><bdi>توم باراك</bdi>", barrack, StringComparison.Ordinal);
        Assert.Contains("data-speaker=\"أسعد الشيباني\"", dom, StringComparison.Ordinal);
        Assert.Contains("data-speaker=\"مظلوم عبدي\"", dom, StringComparison.Ordinal);
        Assert.Contains("id=\"A002-L1\"", dom, StringComparison.Ordinal);

        // A PNG of the size asked for: the signature, then the IHDR's width and height, big-endian.
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000, "the screenshot is nearly empty: " + png.Length + " bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4));
        Assert.Equal(1366, BigEndian(png, 16));
        Assert.Equal(900, BigEndian(png, 20));
        output.WriteLine("screenshot: " + screenshot);
        Console.WriteLine("report screenshot: " + screenshot);
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
