using System;
using System.IO;
using System.Linq;
using CorpusSdk.Tests.Cli;

namespace CorpusSdk.Tests.Package;

/// <summary>
/// The package as a user meets it: `dotnet pack` the repository, then, in a new console project with only that package
/// as a source, `dotnet add package CorpusSdk.Generator`, put article files in corpus/, build (the corpus findings appear at the
/// corpus files' lines) and run (the typed data prints). The packages go to a folder of the test's own, so a package
/// of the same version from an earlier run is never what gets tested.
/// </summary>
[Collection(PackTests.Collection)]
public class PackageEndToEndTests
{
    private const string Article = """
        المبعوث الأمريكي يزور دمشق

        الإثنين 9 فبراير 2026

        وقال المبعوث الأمريكي توم باراك إن الزيارة تفتح صفحة جديدة في العلاقات بين البلدين.

        وأضاف باراك أن واشنطن تدعم جهود الحكومة السورية في مكافحة تنظيم داعش.
        """;

    private const string Program = """
        using System;
        using System.Linq;
        using Newsroom.Corpus;

        foreach (var article in Articles.All)
            Console.WriteLine($"article {article.Id}: {article.Title} | {article.Published}");
        foreach (var person in People.All)
            Console.WriteLine($"person {person.Name}: {string.Join(" / ", person.Spellings)}");
        foreach (var quote in Quotes.All)
            Console.WriteLine($"quote {quote.Speaker?.Name}: {quote.Text}");
        """;

    [Fact]
    public void The_packed_package_restores_into_a_new_console_project_builds_with_corpus_findings_and_runs()
    {
        using var work = new TempCorpus();
        var feed = Path.Combine(work.Folder, "feed");
        var packages = Path.Combine(work.Folder, "packages");
        var app = Path.Combine(work.Folder, "Newsroom");

        var pack = DotnetCli.Run(TestPaths.RepositoryRoot, "pack", Path.Combine("src", "CorpusSdk.Package"), "-c", "Release", "-o", feed, "-nologo");
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Single(Directory.GetFiles(feed, "CorpusSdk.Generator.*.nupkg"));
        // The CLI says the version of the package it matches (one <Version> in Directory.Build.props).
        var cli = DotnetCli.Run(work.Folder, Path.Combine(AppContext.BaseDirectory, "corpussdk.dll"), "--version");
        Assert.True(cli.ExitCode == 0, cli.Output);
        Assert.True(File.Exists(Path.Combine(feed, "CorpusSdk.Generator." + cli.Output.Trim() + ".nupkg")), "the CLI says " + cli.Output.Trim() + "; the package is " + Path.GetFileName(Directory.GetFiles(feed, "CorpusSdk.Generator.*.nupkg")[0]));

        work.WriteText("nuget.config", "<configuration><packageSources><clear /><add key=\"local\" value=\"feed\" /></packageSources></configuration>");
        Step(work.Folder, "new", "console", "-o", "Newsroom", "--no-restore");
        Step(app, "add", "package", "CorpusSdk.Generator", "--package-directory", packages);
        work.WriteText("Newsroom/Program.cs", Program)
            .WriteText("Newsroom/corpus/damascus-visit.txt", Article)
            .WriteText("Newsroom/corpus/drafts/empty.txt", "   \n");

        var sarif = Path.Combine(work.Folder, "build.sarif");
        var build = Step(app, "build", "--packages", packages, "-nologo", "-clp:NoSummary", "-p:ErrorLog=" + sarif);
        Assert.Contains("corpus/drafts/empty.txt(1,1): warning CORPUS002", build.Replace('\\', '/'), StringComparison.Ordinal);

        // The help link goes to the docs the package carries, in the folder it was installed to, at the ID's heading.
        var link = new Uri(HelpLink(sarif, "CORPUS002"));
        Assert.True(link.IsFile, link.ToString());
        Assert.Equal("#corpus002", link.Fragment);
        Assert.StartsWith(Path.GetFullPath(packages), link.LocalPath, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("docs", "diagnostics.md"), link.LocalPath, StringComparison.Ordinal);
        Assert.Contains("\n## CORPUS002\n", File.ReadAllText(link.LocalPath).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        using (var nupkg = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(feed, "*.nupkg").Single()))
        {
            Assert.Contains(nupkg.Entries, e => e.FullName == "docs/diagnostics.md");
            Assert.Contains(nupkg.Entries, e => e.FullName == "PACKAGE-LICENSE.txt");
            Assert.Contains(nupkg.Entries, e => e.FullName == "THIRD-PARTY-NOTICES.txt");
        }

        var run = Step(app, "run", "--no-build");
        var lines = run.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("article DamascusVisit: المبعوث الأمريكي يزور دمشق | 2026-02-09", lines);
        Assert.Contains(lines, l => l.StartsWith("person توم باراك: توم باراك", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("quote توم باراك: ", StringComparison.Ordinal) && l.Contains("صفحة جديدة", StringComparison.Ordinal));

        // CorpusSdkHelpLinkBase points them at published docs instead.
        var published = Path.Combine(work.Folder, "published.sarif");
        Step(app, "build", "--packages", packages, "-nologo", "-clp:NoSummary", "-p:ErrorLog=" + published,
            "-p:CorpusSdkHelpLinkBase=https://docs.example.org/corpussdk/diagnostics.md");
        Assert.Equal("https://docs.example.org/corpussdk/diagnostics.md#corpus002", HelpLink(published, "CORPUS002"));
    }

    /// <summary>The help link of <paramref name="id"/> in the compiler's SARIF log (version 1 or 2: its rule's helpUri).</summary>
    private static string HelpLink(string sarif, string id)
    {
        var text = File.ReadAllText(sarif);
        var match = System.Text.RegularExpressions.Regex.Match(text, "\"helpUri\": \"([^\"]*#" + id.ToLowerInvariant() + ")\"");
        Assert.True(match.Success, "no help link for " + id + " in the SARIF log:\n" + text);
        return match.Groups[1].Value;
    }

    private static string Step(string folder, params string[] arguments)
    {
        var (exitCode, output) = DotnetCli.Run(folder, arguments);
        Assert.True(exitCode == 0, "dotnet " + string.Join(" ", arguments) + " failed:\n" + output);
        return output;
    }
}
