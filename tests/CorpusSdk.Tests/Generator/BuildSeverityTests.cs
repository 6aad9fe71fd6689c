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
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{build}CorpusSdk.props" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="{bin}CorpusSdk.Abstractions.dll" />
            <Analyzer Include="{bin}CorpusSdk.Generator.dll" />
            <Analyzer Include="{bin}CorpusSdk.Extraction.dll" />
          </ItemGroup>
          <Import Project="{build}CorpusSdk.targets" />
        </Project>
        """;

    [Fact]
    public void An_editorconfig_severity_turns_a_corpus_warning_into_a_build_error_in_the_files_it_names()
    {
        using var project = new TempCorpus()
            .WriteText("Consumer.csproj", Project
                .Replace("{build}", Path.Combine(TestPaths.RepositoryRoot, "src", "CorpusSdk.Generator", "build") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                .Replace("{bin}", AppContext.BaseDirectory, StringComparison.Ordinal))
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
