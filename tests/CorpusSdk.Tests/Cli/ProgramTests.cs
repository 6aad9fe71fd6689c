using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CorpusSdk.Cli;

namespace CorpusSdk.Tests.Cli;

public class ProgramTests
{
    private static (int Exit, string Text, byte[] Binary) Run(params string[] args)
    {
        using var text = new StringWriter();
        using var binary = new MemoryStream();
        var exit = Program.BuildCommand(text, binary).Parse(args).Invoke();
        return (exit, text.ToString(), binary.ToArray());
    }

    [Fact]
    public void Export_returns_0_and_writes_the_json_to_the_binary_stream()
    {
        using var corpus = new TempCorpus()
            .WriteText("ferry.txt", SampleTexts.English)
            .WriteTextWithBom("sub/river.txt", SampleTexts.ArabicCrlf);

        var (exit, text, binary) = Run("export", corpus.Folder);

        Assert.Equal(0, exit);
        Assert.Equal("", text);
        using var json = JsonDocument.Parse(binary);
        Assert.Equal("corpus-export/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(
            new[] { "Ferry", "River" },
            json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Contains(SampleTexts.ArabicHeadline, Encoding.UTF8.GetString(binary), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_of_the_seed_corpus_returns_0()
    {
        var (exit, _, binary) = Run("export", TestPaths.Corpus);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(binary);
        Assert.Equal(5, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Check_returns_0_and_prints_warnings_to_the_text_writer()
    {
        using var corpus = new TempCorpus()
            .WriteText("ferry.txt", SampleTexts.English)
            .WriteText("empty.txt", "");

        var (exit, text, binary) = Run("check", corpus.Folder);

        Assert.Equal(0, exit);
        Assert.Empty(binary);
        Assert.Contains("empty.txt(1,1): warning CORPUS002: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_the_seeds_warns_where_sources_disagree_and_informs_where_files_lack_metadata()
    {
        var (exit, text, _) = Run("check", TestPaths.Corpus);

        Assert.Equal(0, exit);
        // A name spelled two ways is a contradiction a reader checks (docs/diagnostics.md, default severities).
        Assert.Contains("warning CORPUS203: توم باراك is spelled differently", text, StringComparison.Ordinal);
        Assert.Contains("warning CORPUS101: ", text, StringComparison.Ordinal);
        Assert.Contains("info CORPUS003: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_lists_the_findings_the_build_lists_past_the_cap_one_summary()
    {
        using var corpus = new TempCorpus().WriteText("notices.txt", CorpusSdk.Tests.Generator.FindingCapBuildTests.WrongWeekdays(35));

        var (_, text, _) = Run("check", corpus.Folder);

        var weekdays = text.Split('\n').Where(l => l.Contains(" CORPUS102: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(CorpusSdk.Extraction.Diagnostics.FindingCap.PerKindPerFile + 1, weekdays.Count);
        Assert.EndsWith("notices.txt(43,22): warning CORPUS102: 15 more CORPUS102 findings in 'notices.txt' are not listed: at most 20 of one kind are reported per file",
            weekdays.Last().TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("export")]
    public void Missing_folder_returns_2_and_writes_nothing(string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "corpussdk-missing-" + Guid.NewGuid().ToString("N"));

        var (exit, text, binary) = Run(command, missing);

        Assert.Equal(2, exit);
        Assert.Equal("", text);
        Assert.Empty(binary);
    }

    [Fact]
    public void Command_without_a_folder_is_a_usage_error()
    {
        var (exit, _, binary) = Run("export");

        Assert.NotEqual(0, exit);
        Assert.Empty(binary);
    }

    [Fact]
    public void Check_applies_max_file_size_as_the_build_does()
    {
        var text = new System.IO.StringWriter();
        var exit = Program.BuildCommand(text, new System.IO.MemoryStream()).Parse(new[] { "check", TestPaths.Corpus, "--max-file-size", "100" }).Invoke();

        Assert.Equal(0, exit);
        var lines = text.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Count(l => l.Contains("CORPUS006", System.StringComparison.Ordinal)));
    }
}
