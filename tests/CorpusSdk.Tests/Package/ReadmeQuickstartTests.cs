using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusSdk.Tests.Cli;

namespace CorpusSdk.Tests.Package;

/// <summary>The tests that run <c>dotnet pack</c> in the repository: one at a time, since they share its obj/ folders.</summary>
[CollectionDefinition(Collection)]
public sealed class PackTests
{
    public const string Collection = "dotnet pack of the repository";
}

/// <summary>
/// The README's quickstart as a new user follows it: its shell commands run as written (a folder of the test's own
/// stands for <c>~</c>, and the packages it restores go to a folder of its own, so no CorpusSdk of an earlier run is
/// what gets tested), two articles go into <c>corpus/</c> under the file names the README's snippets use, and the
/// section's C# snippets, pasted into <c>Program.cs</c> in order, must build and run; so must PACKAGE.md's. A snippet that stops compiling or
/// a command that stops working fails here, not in a reader's terminal.
/// </summary>
[Collection(PackTests.Collection)]
public class ReadmeQuickstartTests
{
    private const string Reuters = """
        Ferry capsizes off Lagos coast, dozens missing

        By Amaka Obi

        LAGOS, March 3, 2026 6:40 PM (Reuters) - A passenger ferry capsized off the coast of Lagos on Tuesday, officials said.

        "We have recovered twelve people alive and the search goes on," said Ibrahim Farouk, a spokesman for the state emergency agency.
        """;

    private const string Arabic = """
        المبعوث الأمريكي يزور دمشق

        الإثنين 9 فبراير 2026

        وقال المبعوث الأمريكي توم باراك إن الزيارة تفتح صفحة جديدة في العلاقات بين البلدين.
        """;

    [Fact]
    public void The_readmes_commands_make_an_app_where_its_snippets_build_and_run()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = Section(readme, "## Using it in a project");
        var commands = Blocks(section, "sh").SelectMany(b => b.Split('\n')).ToList();
        var snippets = Blocks(section, "csharp").ToList();
        Assert.NotEmpty(commands);
        Assert.True(snippets.Count >= 3, "the section's C# snippets are its examples: " + snippets.Count + " found");

        using var work = new TempCorpus();
        var home = work.Folder;
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(home, ".packages") };
        var folder = TestPaths.RepositoryRoot;
        foreach (var line in commands)
        {
            var command = Regex.Replace(line, @"(^|\s)#.*$", string.Empty).Trim();
            if (command.Length == 0) continue;
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w == "~" ? home : w.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, w.Substring(2)) : w).ToArray();
            switch (words[0])
            {
                case "cd":
                    folder = Path.GetFullPath(Path.Combine(folder, words[1]));
                    Assert.True(Directory.Exists(folder), command + ": no such folder");
                    break;
                case "mkdir":
                    Directory.CreateDirectory(Path.Combine(folder, words[1]));
                    break;
                case "dotnet":
                    var (exitCode, output) = DotnetCli.Run(folder, TimeSpan.FromMinutes(5), words.Skip(1), environment);
                    Assert.True(exitCode == 0, command + " failed:\n" + output);
                    break;
                default:
                    Assert.Fail("the README's quickstart has a command this test does not run: " + command);
                    break;
            }
        }

        var app = Path.Combine(home, "MyApp");
        Assert.Equal(app, folder);
        File.WriteAllText(Path.Combine(app, "corpus", "01_reuters.txt"), Reuters);
        Directory.CreateDirectory(Path.Combine(app, "corpus", "wire"));
        File.WriteAllText(Path.Combine(app, "corpus", "wire", "damascus-visit.txt"), Arabic); // named after the file, not its folder
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program(snippets));

        var build = DotnetCli.Run(app, TimeSpan.FromMinutes(5), new[] { "build", "-nologo", "-clp:NoSummary" }, environment);
        Assert.True(build.ExitCode == 0, "the README's snippets do not build:\n" + Program(snippets) + "\n" + build.Output);
        var run = DotnetCli.Run(app, TimeSpan.FromMinutes(2), new[] { "run", "--no-build" }, environment);
        Assert.True(run.ExitCode == 0, run.Output);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.StartsWith("A01Reuters: Ferry capsizes off Lagos coast, dozens missing", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("DamascusVisit: المبعوث الأمريكي يزور دمشق", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Ibrahim Farouk (", StringComparison.Ordinal) && l.Contains("01_reuters.txt:", StringComparison.Ordinal));

        // The package's own README (PACKAGE.md, shown on its feed page) has a quickstart too: it builds in the same app.
        var package = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "CorpusSdk.Package", "PACKAGE.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var packageSnippets = Blocks(package, "csharp").ToList();
        Assert.NotEmpty(packageSnippets);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program(packageSnippets));
        var packageBuild = DotnetCli.Run(app, TimeSpan.FromMinutes(5), new[] { "build", "-nologo", "-clp:NoSummary" }, environment);
        Assert.True(packageBuild.ExitCode == 0, "PACKAGE.md's snippets do not build:\n" + Program(packageSnippets) + "\n" + packageBuild.Output);
    }

    /// <summary>The text from a heading to the next heading of its level.</summary>
    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no section " + heading);
        var end = markdown.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return end < 0 ? markdown.Substring(start) : markdown.Substring(start, end - start);
    }

    /// <summary>The fenced code blocks of one language, in order.</summary>
    private static IEnumerable<string> Blocks(string markdown, string language) =>
        Regex.Matches(markdown, "```" + language + "\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    /// <summary>The snippets as one file of top-level statements, their using directives first.</summary>
    private static string Program(IReadOnlyList<string> snippets)
    {
        var lines = snippets.SelectMany(s => s.Split('\n')).ToList();
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Distinct();
        return string.Join("\n", usings.Concat(lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)))) + "\n";
    }
}
