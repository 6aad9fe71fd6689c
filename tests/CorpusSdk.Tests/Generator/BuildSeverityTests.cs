using System;
using System.IO;
using CorpusSdk.Tests.Cli;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// The severity a user sets in .editorconfig reaches the corpus findings in a real build: a consumer project built with
/// `dotnet build`, referencing the generator the way the package does (its build/ props and targets, the generator and
/// extraction as analyzers). This is the one test that runs MSBuild; it takes a few seconds.
/// </summary>
public class BuildSeverityTests
{
    [Fact]
    public void An_editorconfig_severity_turns_a_corpus_warning_into_a_build_error_in_the_files_it_names()
    {
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", ConsumerProject.Library)
            .WriteText("Code.cs", "namespace Consumer;\n\npublic static class Use\n{\n    public static int Count => Corpus.Articles.All.Count;\n}\n")
            .WriteText(".editorconfig", "root = true\n\n[corpus/strict/**]\ndotnet_diagnostic.CORPUS002.severity = error\n")
            .WriteText("corpus/strict/empty.txt", "   \n")
            .WriteText("corpus/lenient/empty.txt", "   \n");

        var (exitCode, output) = DotnetCli.Run(project.Folder, "build", "-nologo", "-clp:NoSummary", "-p:TreatWarningsAsErrors=false");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(Path.Combine("corpus", "strict", "empty.txt").Replace('\\', '/') + "(1,1): error CORPUS002", output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains(Path.Combine("corpus", "lenient", "empty.txt").Replace('\\', '/') + "(1,1): warning CORPUS002", output.Replace('\\', '/'), StringComparison.Ordinal);
    }
}
