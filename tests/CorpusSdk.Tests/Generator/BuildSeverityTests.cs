using System;
using System.IO;
using CorpusSdk.Tests.Cli;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// The severity a user sets in .editorconfig reaches the corpus findings in a real build: a consumer project built with
/// `dotnet build`, referencing the generator the way the package does (its build/ props and targets, the generator and
/// extraction as analyzers). This is the one test that runs MSBuild; it takes a few seconds. The CLI's <c>check</c> of the
/// same corpus must report what the build reports, at the same severities, and fail as the build fails: a CI gate
/// built on it must not pass a corpus the build rejects.
/// </summary>
public class BuildSeverityTests
{
    [Fact]
    public void An_editorconfig_severity_turns_a_corpus_warning_into_an_error_in_the_files_it_names_in_the_build_and_in_check()
    {
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", ConsumerProject.Library)
            .WriteText("Code.cs", "namespace Consumer;\n\npublic static class Use\n{\n    public static int Count => Corpus.Articles.All.Count;\n}\n")
            .WriteText(".editorconfig", "root = true\n\n[corpus/strict/**]\ndotnet_diagnostic.CORPUS002.severity = error\n\n[corpus/drafts/**]\ndotnet_diagnostic.CORPUS002.severity = none\n\n[corpus/quiet/**]\ndotnet_diagnostic.CORPUS002.severity = silent\n")
            .WriteText("corpus/strict/empty.txt", "   \n")
            .WriteText("corpus/lenient/empty.txt", "   \n")
            .WriteText("corpus/drafts/empty.txt", "   \n")
            .WriteText("corpus/quiet/empty.txt", "   \n");

        var (exitCode, output) = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary", "-p:TreatWarningsAsErrors=false");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(Path.Combine("corpus", "strict", "empty.txt").Replace('\\', '/') + "(1,1): error CORPUS002", output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains(Path.Combine("corpus", "lenient", "empty.txt").Replace('\\', '/') + "(1,1): warning CORPUS002", output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), l => l.Contains("drafts", StringComparison.Ordinal) && l.Contains("CORPUS002", StringComparison.Ordinal));
        // silent (hidden) findings reach the editor, not the build's output: check lists what the build prints.
        Assert.DoesNotContain(output.Split('\n'), l => l.Contains("quiet", StringComparison.Ordinal) && l.Contains("CORPUS002", StringComparison.Ordinal));

        using var text = new StringWriter();
        var check = CorpusSdk.Cli.Program.BuildCommand(text, new MemoryStream()).Parse(new[] { "check", Path.Combine(project.Folder, "corpus") }).Invoke();
        var checkOutput = text.ToString().Replace('\\', '/');
        Assert.Equal(1, check);
        Assert.Contains("/strict/empty.txt(1,1): error CORPUS002", checkOutput, StringComparison.Ordinal);
        Assert.Contains("/lenient/empty.txt(1,1): warning CORPUS002", checkOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(checkOutput.Split('\n'), l => l.Contains("drafts", StringComparison.Ordinal) && l.Contains("CORPUS002", StringComparison.Ordinal));
        Assert.DoesNotContain(checkOutput.Split('\n'), l => l.Contains("quiet", StringComparison.Ordinal) && l.Contains("CORPUS002", StringComparison.Ordinal));
    }
}
