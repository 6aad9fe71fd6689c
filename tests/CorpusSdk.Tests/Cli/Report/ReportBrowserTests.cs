using System;
using System.IO;
using System.Linq;
using System.Text;
using CorpusSdk.Cli.Report;
using CorpusSdk.Extraction;
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
        foreach (var id in new[] { TimelineSection.Id, FactsSection.Id, QuotesSection.Id, EntitiesSection.Id, DiagnosticsSection.Id, ArticlesSection.Id })
            Assert.Contains("<section id=\"" + id + "\">", dom, StringComparison.Ordinal);
        var meeting = ReportCorpus.FactRow(dom, "2026-02-09");
        Assert.Equal(4, ReportCorpus.Count(meeting, "<li class=\"source agrees\""));
        Assert.Equal(3, ReportCorpus.Count(ReportCorpus.FactRow(dom, "90"), "<li class=\"source agrees\""));
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

    /// <summary>
    /// How many pixels the page, and the facts and diagnostics tables, reach past their width, as "name pixels" pairs:
    /// the root's scrollWidth beyond its clientWidth; for each table, the same of the box that holds it (which scrolls,
    /// or overflows, when the table is wider than it) and of the table itself; and the most any one diagnostics cell's
    /// content reaches past the cell (a location that does not wrap spills over the next column, or is clipped).
    /// A table the page does not have is -1 (the seeds have both).
    /// </summary>
    private const string Overflow =
        "(() => { const over = e => e ? e.scrollWidth - e.clientWidth : -1;" +
        " const facts = document.querySelector('#" + FactsSection.Id + " table');" +
        " const diagnostics = document.querySelector('#" + DiagnosticsSection.Id + " table');" +
        " const cells = diagnostics ? Array.from(diagnostics.querySelectorAll('td')).map(over) : [];" +
        " return ['page', over(document.documentElement)," +
        " 'facts-box', facts ? over(facts.parentElement) : -1, 'facts-table', over(facts)," +
        " 'diagnostics-box', diagnostics ? over(diagnostics.parentElement) : -1, 'diagnostics-table', over(diagnostics)," +
        " 'diagnostics-cell', cells.length ? Math.max(...cells) : -1].join(' '); })()";

    [ChromiumFact]
    public void The_seed_report_fits_a_1280_pixel_window_facts_and_diagnostics_tables_included()
    {
        Directory.CreateDirectory(ArtifactFolder);
        var page = Path.Combine(ArtifactFolder, "report-seeds-layout.html");
        File.WriteAllText(page, ReportPage.Build(ReportCorpus.Seeds()), new UTF8Encoding(false));

        AssertFits(HeadlessChromium.Evaluate(page, 1280, 900, Overflow), bothTables: true);

        // The diagnostics on the right-to-left page, for people to look at: English messages quoting Arabic.
        var screenshot = Path.Combine(ArtifactFolder, "report-seeds-diagnostics.png");
        File.Delete(screenshot);
        HeadlessChromium.ScreenshotSection(page, DiagnosticsSection.Id, screenshot, 1280, 1400);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is nearly empty");
        output.WriteLine("screenshot: " + screenshot);
    }

    /// <summary>
    /// The real-article corpus beside the repository (../shared/realnews: ten articles, two stories, most of the facts
    /// stated by one source) in the report, fitting a 1280-pixel window; a screenshot of it kept. CI has the repository
    /// only, without that corpus: there the test is reported as skipped.
    /// </summary>
    [ChromiumFact(NeedsRealNews = true)]
    public void The_realnews_report_fits_a_1280_pixel_window_diagnostics_table_included_and_is_screenshotted()
    {
        var realnews = ChromiumFactAttribute.RealNews;
        Directory.CreateDirectory(ArtifactFolder);
        var page = Path.Combine(ArtifactFolder, "report-realnews.html");
        var screenshot = Path.Combine(ArtifactFolder, "report-realnews.png");
        File.WriteAllText(page, ReportPage.Build(CorpusFolder.Load(realnews)), new UTF8Encoding(false));
        File.Delete(screenshot);

        AssertFits(HeadlessChromium.Evaluate(page, 1280, 900, Overflow), bothTables: false);

        HeadlessChromium.Screenshot(page, screenshot, 1280, 2400);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is nearly empty");
        var diagnostics = Path.Combine(ArtifactFolder, "report-realnews-diagnostics.png");
        HeadlessChromium.ScreenshotSection(page, DiagnosticsSection.Id, diagnostics, 1280, 2400);
        output.WriteLine("screenshot: " + diagnostics);
        output.WriteLine("screenshot: " + screenshot);
        Console.WriteLine("report screenshot: " + screenshot);
    }

    /// <summary>Every measure of <see cref="Overflow"/> is 0 or less; with <paramref name="bothTables"/>, both tables are there.</summary>
    private void AssertFits(string overflow, bool bothTables)
    {
        output.WriteLine("overflow at 1280 px: " + overflow);
        var measures = overflow.Split(' ');
        for (var i = 0; i < measures.Length; i += 2)
        {
            var pixels = int.Parse(measures[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            if (bothTables) Assert.True(pixels != -1, "the page has no " + measures[i] + " to measure");
            Assert.True(pixels <= 0, "the " + measures[i] + " reaches " + pixels + " px past its width (" + overflow + ")");
        }
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
