using System;
using System.IO;
using System.Linq;
using CorpusSdk.Tests.Cli;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// Bad corpus input in a real build (MSBuild, the package's targets): each gives a diagnostic located where the user
/// can act on it, and the build succeeds with the good articles. The README promises that no corpus file breaks the build.
/// </summary>
public class CorpusInputBuildTests
{
    private const string Program = "foreach (var article in Consumer.Corpus.Articles.All) System.Console.WriteLine(\"article \" + article.Id);\n";

    [Fact]
    public void Empty_and_blank_files_are_reported_at_their_files_and_give_no_article()
    {
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", ConsumerProject.Program)
            .WriteText("Program.cs", Program)
            .WriteText("corpus/ferry.txt", SampleTexts.English)
            .WriteText("corpus/empty.txt", "")
            .WriteText("corpus/drafts/blank.txt", "  \n\n \n");

        var (exitCode, output) = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary");
        var lines = output.Replace('\\', '/');

        Assert.True(exitCode == 0, output);
        Assert.Contains("corpus/empty.txt(1,1): warning CORPUS002", lines, StringComparison.Ordinal);
        Assert.Contains("corpus/drafts/blank.txt(1,1): warning CORPUS002", lines, StringComparison.Ordinal);
        var run = DotnetCli.Run(project.Folder, "run", "--no-build");
        Assert.Equal(new[] { "article Ferry" }, run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("article ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_build_embeds_each_corpus_file_and_the_program_reads_its_paragraphs_from_there_in_every_encoding()
    {
        // Each article prints its paragraphs, hashed, beside the same paragraphs extracted from the file: they must agree.
        const string Reader = """
            using System.Linq;
            foreach (var article in Consumer.Corpus.Articles.All)
                System.Console.WriteLine("article " + article.Id + " " + article.Paragraphs.Count + " " + string.Join("|", article.Paragraphs.Select(p => p.Text)).GetHashCode());
            foreach (var name in typeof(Consumer.Corpus.Articles).Assembly.GetManifestResourceNames().OrderBy(n => n, System.StringComparer.Ordinal))
                System.Console.WriteLine("resource " + name);
            """;
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", ConsumerProject.Program)
            .WriteText("Program.cs", Reader)
            .WriteText("corpus/ferry.txt", SampleTexts.English)
            .WriteTextWithBom("corpus/2026/03/bom.txt", SampleTexts.English.Replace("\n", "\r\n", StringComparison.Ordinal))
            .WriteBytes("corpus/utf16.txt", System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(SampleTexts.English)).ToArray());

        var (exitCode, output) = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary");
        Assert.True(exitCode == 0, output);
        var run = DotnetCli.Run(project.Folder, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal(new[] { "resource CorpusSdk.Corpus/2026/03/bom.txt", "resource CorpusSdk.Corpus/ferry.txt", "resource CorpusSdk.Corpus/utf16.txt" },
            lines.Where(l => l.StartsWith("resource ", StringComparison.Ordinal)));
        var articles = lines.Where(l => l.StartsWith("article ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
        Assert.Equal(3, articles.Count);
        // One text in three encodings and two line ends: the same paragraphs, read from three resources.
        Assert.Single(articles.Select(a => a[2] + " " + a[3]).Distinct());
        Assert.NotEqual("0", articles[0][2]);
    }

    [Fact]
    public void A_binary_file_is_reported_at_the_file_by_the_build_and_by_check_and_the_build_succeeds()
    {
        // The first bytes of a Windows executable: "MZ", then NUL bytes the compiler would fail on (CS2015).
        var executable = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8 };
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", ConsumerProject.Program)
            .WriteText("Program.cs", Program)
            .WriteText("corpus/ferry.txt", SampleTexts.English)
            .WriteText("corpus/river.txt", SampleTexts.ArabicCrlf)
            .WriteBytes("corpus/downloads/binary.txt", executable);

        var (exitCode, output) = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("CS2015", output, StringComparison.Ordinal);
        const string Message = "cannot be read as text: it is a binary file, not text (NUL bytes at byte offset 5)";
        Assert.Contains(output.Replace('\\', '/').Split('\n'), l => l.Contains("corpus/downloads/binary.txt(1,1): warning CORPUS001: 'downloads/binary.txt' " + Message, StringComparison.Ordinal));
        var run = DotnetCli.Run(project.Folder, "run", "--no-build");
        Assert.Equal(new[] { "article Ferry", "article River" }, Articles(run.Output));

        // A file that turns binary between two builds loses its article: the incremental build does not keep it.
        project.WriteBytes("corpus/river.txt", executable);
        var again = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(new[] { "article Ferry" }, Articles(DotnetCli.Run(project.Folder, "run", "--no-build").Output));

        using var text = new StringWriter();
        var check = CorpusSdk.Cli.Program.BuildCommand(text, new MemoryStream()).Parse(new[] { "check", Path.Combine(project.Folder, "corpus") }).Invoke();
        Assert.Equal(0, check);
        Assert.Contains("/downloads/binary.txt(1,1): warning CORPUS001: 'downloads/binary.txt' " + Message, text.ToString().Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_editorconfig_sets_a_binary_files_severity_in_the_build_as_in_check()
    {
        // CORPUS001 for a binary file is the generator's, like every finding: .editorconfig reaches it.
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", ConsumerProject.Program)
            .WriteText("Program.cs", Program)
            // In the folder that holds only the binary file: once the file is out of the compilation, its folder's
            // .editorconfig must still reach its finding.
            .WriteText("corpus/downloads/.editorconfig", "[*]\ndotnet_diagnostic.CORPUS001.severity = error\n")
            .WriteText("corpus/ferry.txt", SampleTexts.English)
            .WriteBytes("corpus/downloads/binary.txt", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04 });

        var (exitCode, output) = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary");

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("CS2015", output, StringComparison.Ordinal);
        Assert.Contains(output.Replace('\\', '/').Split('\n'), l => l.Contains("corpus/downloads/binary.txt(1,1): error CORPUS001: 'downloads/binary.txt' cannot be read as text", StringComparison.Ordinal));

        using var text = new StringWriter();
        var check = CorpusSdk.Cli.Program.BuildCommand(text, new MemoryStream()).Parse(new[] { "check", Path.Combine(project.Folder, "corpus") }).Invoke();
        Assert.Equal(1, check);
        Assert.Contains("/downloads/binary.txt(1,1): error CORPUS001: 'downloads/binary.txt' cannot be read as text", text.ToString().Replace('\\', '/'), StringComparison.Ordinal);
    }

    private static string[] Articles(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("article ", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void A_corpus_folder_that_does_not_exist_is_a_warning_at_the_project_and_the_build_succeeds()
    {
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", ConsumerProject.Program)
            .WriteText("Program.cs", Program)
            .WriteText("corpus/ferry.txt", SampleTexts.English);

        var (exitCode, output) = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary", "-p:CorpusSdkRoot=nowhere/");

        Assert.True(exitCode == 0, output);
        var warning = Assert.Single(output.Split('\n').Distinct(), l => l.Contains("warning CORPUS008", StringComparison.Ordinal));
        Assert.Contains("Consumer.csproj", warning, StringComparison.Ordinal);
        Assert.Contains("nowhere", warning, StringComparison.Ordinal);

        var (_, right) = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary");
        Assert.DoesNotContain("CORPUS008", right, StringComparison.Ordinal);
    }
}
