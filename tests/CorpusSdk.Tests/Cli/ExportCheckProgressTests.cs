using System;
using System.IO;
using System.Text;
using System.Text.Json;
using CorpusSdk.Cli;
using CorpusSdk.Cli.Report;

namespace CorpusSdk.Tests.Cli;

/// <summary>
/// export and check show the report's progress on standard error, when it is a terminal or --progress asks; their
/// standard output stays the JSON and the findings alone.
/// </summary>
public class ExportCheckProgressTests
{
    [Fact]
    public void Without_a_terminal_or_the_flag_there_is_no_progress()
    {
        using var error = new StringWriter();

        Assert.Null(Program.Progress(error, isTerminal: false, asked: false, () => TimeSpan.FromMinutes(1)));
        Assert.NotNull(Program.Progress(error, isTerminal: true, asked: false, () => TimeSpan.Zero));
        Assert.NotNull(Program.Progress(error, isTerminal: false, asked: true, () => TimeSpan.Zero));
    }

    [Fact]
    public void Export_on_a_terminal_counts_the_files_on_standard_error_and_clears_the_line_leaving_the_json_clean()
    {
        using var corpus = new TempCorpus().WriteText("ferry.txt", SampleTexts.English).WriteText("empty.txt", "");
        using var text = new StringWriter();
        using var error = new StringWriter();
        using var binary = new MemoryStream();
        var asked = (bool?)null;

        var exit = Program.BuildCommand(text, binary, error, flag =>
        {
            asked = flag;
            return Program.Progress(error, isTerminal: true, flag, () => TimeSpan.Zero);
        }).Parse(new[] { "export", corpus.Folder }).Invoke();

        Assert.Equal(0, exit);
        Assert.False(asked);
        Assert.Contains("\rreading 2/2 files", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\r", error.ToString(), StringComparison.Ordinal); // the line is cleared
        Assert.Equal("", text.ToString());
        Assert.DoesNotContain("reading", Encoding.UTF8.GetString(binary.ToArray()), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(binary.ToArray());
        Assert.Equal("corpus-export/1", json.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Check_with_the_flag_writes_log_lines_on_standard_error_and_only_findings_on_standard_output()
    {
        using var corpus = new TempCorpus().WriteText("ferry.txt", SampleTexts.English).WriteText("empty.txt", "");
        using var text = new StringWriter();
        using var error = new StringWriter();

        var exit = Program.BuildCommand(text, new MemoryStream(), error,
            flag => Program.Progress(error, isTerminal: false, flag, () => LoadProgress.Moment))
            .Parse(new[] { "check", corpus.Folder, "--progress", "--help-link-base", "https://docs.example.org/d.md" }).Invoke();

        Assert.Equal(0, exit);
        Assert.Contains("reading 2/2 files\n", error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("reading", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("empty.txt(1,1): warning CORPUS002: ", text.ToString(), StringComparison.Ordinal);
    }
}
