using System;
using System.IO;
using System.Text;
using CorpusSdk.Cli;
using CorpusSdk.Cli.Report;
using CorpusSdk.Extraction;

namespace CorpusSdk.Tests.Cli.Report;

public class ReportCommandTests
{
    [Fact]
    public void Report_with_output_writes_the_page_to_the_file_and_nothing_to_standard_output()
    {
        using var corpus = new TempCorpus().WriteText("ferry.txt", SampleTexts.English).WriteTextWithBom("sub/river.txt", SampleTexts.ArabicCrlf);
        var file = Path.Combine(corpus.Folder, "out", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var text = new StringWriter();
        using var binary = new MemoryStream();

        var exit = Program.BuildCommand(text, binary).Parse(new[] { "report", corpus.Folder, "-o", file }).Invoke();

        Assert.Equal(0, exit);
        Assert.Equal("", text.ToString());
        Assert.Equal(0, binary.Length);
        Assert.Equal(ReportPage.Build(CorpusFolder.Load(corpus.Folder)), File.ReadAllText(file, Encoding.UTF8));
    }

    [Fact]
    public void Report_without_output_writes_the_page_to_standard_output()
    {
        using var corpus = new TempCorpus().WriteText("ferry.txt", SampleTexts.English);
        using var text = new StringWriter();
        using var binary = new MemoryStream();

        var exit = Program.BuildCommand(text, binary).Parse(new[] { "report", corpus.Folder }).Invoke();

        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", Encoding.UTF8.GetString(binary.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_goes_to_standard_error_and_never_into_the_page()
    {
        using var corpus = new TempCorpus().WriteText("a.txt", SampleTexts.English).WriteText("b.txt", SampleTexts.CleanEnglish);
        using var error = new StringWriter();
        using var output = new MemoryStream();

        var exit = ReportCommand.Run(corpus.Folder, null, ArticleExtractor.DefaultMaxFileSize, output, error, new LoadProgress(error, isTerminal: true, () => TimeSpan.Zero));

        Assert.Equal(0, exit);
        Assert.Contains("\rreading 2/2 files", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("reading", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_returns_2_and_writes_no_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), "corpussdk-missing-" + Guid.NewGuid().ToString("N"));
        var file = missing + ".html";
        using var error = new StringWriter();

        var exit = ReportCommand.Run(missing, file, ArticleExtractor.DefaultMaxFileSize, Stream.Null, error, new LoadProgress(error, false, () => TimeSpan.Zero));

        Assert.Equal(2, exit);
        Assert.False(File.Exists(file));
        Assert.Contains("no folder", error.ToString(), StringComparison.Ordinal);
    }
}
