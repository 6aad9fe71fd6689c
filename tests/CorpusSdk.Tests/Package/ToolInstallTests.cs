using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CorpusSdk.Tests.Cli;

namespace CorpusSdk.Tests.Package;

/// <summary>
/// The CLI as a .NET tool, the way the README installs it: <c>dotnet pack src/CorpusSdk.Cli</c> into a folder, then, in
/// a fresh folder, <c>dotnet new tool-manifest</c> and <c>dotnet tool install --add-source &lt;folder&gt; corpussdk</c>
/// (and once more with <c>--tool-path</c>, the global-free form of a global install). The installed command must say
/// the repository's version and run on a corpus. Packages restore to a folder of the test's own, so no corpussdk of an
/// earlier run is what gets tested, and nothing global is touched (not even dotnet's cache of local tools).
/// </summary>
[Collection(PackTests.Collection)]
public class ToolInstallTests
{
    [Fact]
    public void The_packed_tool_installs_as_corpussdk_in_a_fresh_folder_and_runs_on_a_corpus()
    {
        using var work = new TempCorpus();
        var feed = Path.Combine(work.Folder, "feed");
        var fresh = Path.Combine(work.Folder, "fresh");
        Directory.CreateDirectory(fresh);
        // A packages folder and a CLI home of the test's own: the home holds dotnet's resolver cache of local tools
        // (.dotnet/toolResolverCache), which would otherwise remember, for every later run, where an earlier one put
        // corpussdk 0.1.0, and run that.
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(work.Folder, "packages"),
            ["DOTNET_CLI_HOME"] = Path.Combine(work.Folder, "home"),
        };
        var version = Regex.Match(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.NotEmpty(version);

        Step(TestPaths.RepositoryRoot, environment, "pack", Path.Combine("src", "CorpusSdk.Cli"), "-c", "Release", "-o", feed, "-nologo");
        Assert.True(File.Exists(Path.Combine(feed, "corpussdk." + version + ".nupkg")), string.Join(", ", Directory.GetFiles(feed).Select(Path.GetFileName)));

        // A local tool, as the README's commands install it.
        Step(fresh, environment, "new", "tool-manifest");
        Step(fresh, environment, "tool", "install", "--add-source", feed, "corpussdk");
        Assert.Equal(version, Step(fresh, environment, "corpussdk", "--version").Trim());

        work.WriteText("fresh/corpus/ferry.txt", SampleTexts.English).WriteText("fresh/corpus/empty.txt", "");
        var check = Step(fresh, environment, "corpussdk", "check", "corpus");
        Assert.Contains("corpus/empty.txt(1,1): warning CORPUS002: ", check, StringComparison.Ordinal);
        // The help link goes to the docs the tool package carries, where it was installed.
        var link = new Uri(Regex.Match(check, @"CORPUS002: (file:\S+)").Groups[1].Value);
        Assert.Equal("#corpus002", link.Fragment);
        Assert.StartsWith(environment["NUGET_PACKAGES"], link.LocalPath, StringComparison.Ordinal);
        Assert.Contains("\n## CORPUS002\n", File.ReadAllText(link.LocalPath).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

        // The same package at a tool path: its command is an executable of its own.
        var tools = Path.Combine(work.Folder, "tools");
        Step(fresh, environment, "tool", "install", "--tool-path", tools, "--add-source", feed, "corpussdk");
        var installed = Path.Combine(tools, OperatingSystem.IsWindows() ? "corpussdk.exe" : "corpussdk");
        var (exitCode, output) = Run(installed, fresh, "export", "corpus");
        Assert.True(exitCode == 0, output);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("corpus-export/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(version, Run(installed, fresh, "--version").Output.Trim());
    }

    private static string Step(string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, output) = DotnetCli.Run(folder, TimeSpan.FromMinutes(5), arguments, environment);
        Assert.True(exitCode == 0, "dotnet " + string.Join(" ", arguments) + " failed:\n" + output);
        return output;
    }

    /// <summary>Runs an installed command (not dotnet), its standard output only.</summary>
    private static (int ExitCode, string Output) Run(string command, string folder, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(command)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, process.ExitCode == 0 ? stdout : stdout + stderr.Result);
    }
}
