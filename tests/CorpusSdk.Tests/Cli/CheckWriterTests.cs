using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusSdk.Cli.Export;
using CorpusSdk.Extraction;

namespace CorpusSdk.Tests.Cli;

public class CheckWriterTests
{
    private static (int Errors, string[] Lines) Check(string folder)
    {
        using var output = new StringWriter();
        var errors = CheckWriter.Write(folder, CorpusFolder.Load(folder), output);
        return (errors, output.ToString().Split(output.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private static Regex MsBuildLine(string folder) =>
        new("^" + Regex.Escape(folder.Replace('\\', '/').TrimEnd('/')) + @"/(?<file>[^(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|info|error) (?<id>CORPUS\d{3}): .+$");

    [Fact]
    public void Every_finding_is_printed_in_msbuild_format()
    {
        using var corpus = new TempCorpus()
            .WriteText("ok.txt", SampleTexts.CleanEnglish)
            .WriteText("empty.txt", "   \n")
            .WriteText("sub/all.txt", SampleTexts.CleanEnglish)
            .WriteText("nul.txt", "Headline\nBody text\0")
            .WriteBytes("legacy.txt", SampleTexts.Windows1256("خبر عاجل من العاصمة"));

        var (errors, lines) = Check(corpus.Folder);

        Assert.Equal(0, errors);
        var pattern = MsBuildLine(corpus.Folder);
        Assert.All(lines, line => Assert.Matches(pattern, line));
        Assert.Equal(
            new[]
            {
                ("empty.txt", "1", "1", "warning", "CORPUS002"),
                ("legacy.txt", "1", "1", "warning", "CORPUS001"),
                ("nul.txt", "2", "10", "warning", "CORPUS001"),
                ("sub/all.txt", "1", "1", "info", "CORPUS005"),
                // A copy of ok.txt: reported at its first paragraph.
                ("sub/all.txt", "7", "1", "info", "CORPUS206"),
            },
            lines.Select(l => pattern.Match(l)).Select(m =>
                (m.Groups["file"].Value, m.Groups["line"].Value, m.Groups["column"].Value, m.Groups["severity"].Value, m.Groups["id"].Value)));
    }

    [Fact]
    public void Message_follows_the_id()
    {
        using var corpus = new TempCorpus().WriteText("brief.txt", "Only a headline");

        var (_, lines) = Check(corpus.Folder);

        var line = Assert.Single(lines);
        Assert.EndsWith("/brief.txt(1,1): warning CORPUS002: 'brief.txt' is empty or holds no body text", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_with_a_trailing_slash_does_not_double_the_separator()
    {
        using var corpus = new TempCorpus().WriteText("brief.txt", "Only a headline");

        var (_, lines) = Check(corpus.Folder + "/");

        Assert.StartsWith(corpus.Folder.Replace('\\', '/') + "/brief.txt(", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_corpus_prints_nothing()
    {
        // Articles that state their outlet and date: nothing to report, not even CORPUS003/CORPUS004.
        using var corpus = new TempCorpus().WriteText("ok.txt", SampleTexts.CleanEnglish).WriteTextWithBom("river.txt", SampleTexts.CleanArabicCrlf);

        var (errors, lines) = Check(corpus.Folder);

        Assert.Equal(0, errors);
        Assert.Empty(lines);
    }

    [Fact]
    public void Seed_corpus_check_prints_only_well_formed_lines()
    {
        var (errors, lines) = Check(TestPaths.Corpus);

        Assert.Equal(0, errors);
        Assert.All(lines, line => Assert.Matches(MsBuildLine(TestPaths.Corpus), line));
    }
}
