using System;
using System.IO;
using System.Linq;
using CorpusSdk.Cli;

namespace CorpusSdk.Tests.Cli;

/// <summary>
/// check's help links: on standard error, one an ID reported, after the findings (standard output keeps MSBuild's
/// format), pointing by default at the docs/diagnostics.md installed beside the CLI, or at --help-link-base.
/// </summary>
public class CheckHelpLinkTests
{
    private static (string Output, string Error) Check(params string[] args)
    {
        using var text = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.BuildCommand(text, new MemoryStream(), error).Parse(args).Invoke();
        Assert.Equal(0, exit);
        return (text.ToString(), error.ToString());
    }

    [Fact]
    public void By_default_the_link_is_the_installed_docs_with_the_ids_heading()
    {
        using var corpus = new TempCorpus().WriteText("empty.txt", "");

        var (output, error) = Check("check", corpus.Folder);

        Assert.DoesNotContain("diagnostics.md", output, StringComparison.Ordinal);
        var line = Assert.Single(error.Split('\n').Select(l => l.TrimEnd('\r')), l => l.StartsWith("CORPUS002: ", StringComparison.Ordinal));
        var link = new Uri(line.Substring("CORPUS002: ".Length));
        Assert.True(link.IsFile, link.ToString());
        Assert.Equal("#corpus002", link.Fragment);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md"), link.LocalPath);
        Assert.Contains("\n## CORPUS002\n", File.ReadAllText(link.LocalPath).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_link_base_option_points_the_links_at_published_docs()
    {
        using var corpus = new TempCorpus().WriteText("empty.txt", "");

        var (_, error) = Check("check", corpus.Folder, "--help-link-base", "https://docs.example.org/diagnostics.md");

        Assert.Contains("CORPUS002: https://docs.example.org/diagnostics.md#corpus002", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_silent_finding_check_leaves_out_gets_no_link()
    {
        using var corpus = new TempCorpus()
            .WriteText("empty.txt", "")
            .WriteText(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CORPUS002.severity = silent\n");

        var (output, error) = Check("check", corpus.Folder);

        Assert.DoesNotContain("CORPUS002", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CORPUS002", error, StringComparison.Ordinal);
    }
}
