using System.Collections.Generic;
using CorpusSdk.Extraction.Diagnostics;
using System.Linq;
using CorpusSdk.Generator;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// .editorconfig severities for findings located in corpus files: Roslyn applies them only to C# files, so the generator
/// reads the .editorconfig files the build passes it and reports each finding at the severity they set for its file.
/// </summary>
public class SeverityConfigTests
{
    private const string Empty = "   \n";

    private static InMemoryAdditionalText Config(string folder, string text) => new(folder + ".editorconfig", text);

    private static List<Diagnostic> Findings(string id, params AdditionalText[] files) =>
        GeneratorHarness.Run(files).Run.Diagnostics.Where(d => d.Id == id).ToList();

    [Fact]
    public void An_editorconfig_section_turns_a_corpus_warning_into_an_error_at_its_file()
    {
        var findings = Findings("CORPUS002",
            GeneratorHarness.CorpusFile("empty.txt", Empty),
            Config(GeneratorHarness.ProjectDir, "root = true\n\n[*.txt]\ndotnet_diagnostic.CORPUS002.severity = error\n"));

        var finding = Assert.Single(findings);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.EndsWith("corpus/empty.txt", finding.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
    }

    [Fact]
    public void None_silences_a_finding_and_default_keeps_the_catalog_severity()
    {
        Assert.Empty(Findings("CORPUS002",
            GeneratorHarness.CorpusFile("empty.txt", Empty),
            Config(GeneratorHarness.ProjectDir, "[*]\ndotnet_diagnostic.corpus002.severity = none\n")));

        var kept = Assert.Single(Findings("CORPUS002",
            GeneratorHarness.CorpusFile("empty.txt", Empty),
            Config(GeneratorHarness.ProjectDir, "[*]\ndotnet_diagnostic.CORPUS002.severity = default\n")));
        Assert.Equal(DiagnosticSeverity.Warning, kept.Severity);
    }

    [Fact]
    public void A_section_for_one_folder_applies_there_only_and_the_nearest_file_wins()
    {
        var findings = Findings("CORPUS002",
            GeneratorHarness.CorpusFile("wire/empty.txt", Empty),
            GeneratorHarness.CorpusFile("desk/empty.txt", Empty),
            GeneratorHarness.CorpusFile("desk/drafts/empty.txt", Empty),
            Config(GeneratorHarness.ProjectDir, "root = true\n[corpus/desk/**]\ndotnet_diagnostic.CORPUS002.severity = error\n"),
            Config(GeneratorHarness.ProjectDir + "corpus/desk/drafts/", "[*]\ndotnet_diagnostic.CORPUS002.severity = suggestion\n"));

        var byFile = findings.ToDictionary(d => d.Location.GetLineSpan().Path.Substring(GeneratorHarness.ProjectDir.Length), d => d.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, byFile["corpus/wire/empty.txt"]);
        Assert.Equal(DiagnosticSeverity.Error, byFile["corpus/desk/empty.txt"]);
        Assert.Equal(DiagnosticSeverity.Info, byFile["corpus/desk/drafts/empty.txt"]);
    }

    [Fact]
    public void A_category_key_configures_every_check_of_the_category_an_id_key_wins_over_it()
    {
        var files = new AdditionalText[]
        {
            GeneratorHarness.CorpusFile("empty.txt", Empty),
            GeneratorHarness.CorpusFile("undated.txt", "Council approves new bus routes\n\nThe routes will run from the old town to the university from next month.\n"),
            Config(GeneratorHarness.ProjectDir, "[*]\ndotnet_analyzer_diagnostic.category-CorpusSdk.Article.severity = error\ndotnet_diagnostic.CORPUS002.severity = silent\n"),
        };
        var diagnostics = GeneratorHarness.Run(files).Run.Diagnostics;

        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(d => d.Id == "CORPUS003").Severity);
        Assert.Equal(DiagnosticSeverity.Hidden, diagnostics.Single(d => d.Id == "CORPUS002").Severity);
    }

    [Fact]
    public void A_config_in_a_folder_beside_the_corpus_does_not_apply_to_it()
    {
        var finding = Assert.Single(Findings("CORPUS002",
            GeneratorHarness.CorpusFile("empty.txt", Empty),
            Config(GeneratorHarness.ProjectDir + "other/", "[*]\ndotnet_diagnostic.CORPUS002.severity = error\n")));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void A_global_config_is_left_to_the_compiler()
    {
        Assert.Null(EditorConfigFile.Read("/project/.editorconfig", "is_global = true\ndotnet_diagnostic.CORPUS002.severity = error\n"));
        Assert.Null(EditorConfigFile.Read("/project/notes.txt", "[*]\ndotnet_diagnostic.CORPUS002.severity = error\n"));
    }

    [Theory]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "sub/deep/a.txt", true)]
    [InlineData("*.md", "a.txt", false)]
    [InlineData("corpus/*.txt", "corpus/a.txt", true)]
    [InlineData("corpus/*.txt", "corpus/sub/a.txt", false)]
    [InlineData("corpus/**.txt", "corpus/sub/a.txt", true)]
    [InlineData("corpus/**/*.txt", "corpus/a.txt", true)]
    [InlineData("/corpus/a.txt", "corpus/a.txt", true)]
    [InlineData("{wire,desk}/*.txt", "desk/a.txt", true)]
    [InlineData("{wire,desk}/*.txt", "web/a.txt", false)]
    [InlineData("00{1..3}.txt", "002.txt", true)]
    [InlineData("00{1..3}.txt", "004.txt", false)]
    [InlineData("[ab].txt", "b.txt", true)]
    [InlineData("[!ab].txt", "b.txt", false)]
    [InlineData("?.txt", "ab.txt", false)]
    [InlineData("{unclosed", "{unclosed", false)]
    public void Section_names_match_as_editorconfig_globs(string glob, string relativePath, bool matches)
    {
        var config = EditorConfigFile.Read("/project/.editorconfig", "[" + glob + "]\ndotnet_diagnostic.CORPUS002.severity = error\n")!;

        Assert.Equal(matches, config.Matches(glob, "/project/" + relativePath));
    }

    [Fact]
    public void Severity_changes_rerun_only_the_reporting_not_the_extraction()
    {
        var corpus = GeneratorHarness.CorpusFile("empty.txt", Empty);
        var config = Config(GeneratorHarness.ProjectDir, "[*]\ndotnet_diagnostic.CORPUS002.severity = error\n");
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(new AdditionalText[] { corpus, config }).RunGenerators(compilation);

        var result = driver.ReplaceAdditionalText(config, Config(GeneratorHarness.ProjectDir, "[*]\ndotnet_diagnostic.CORPUS002.severity = none\n"))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CORPUS002");
        Assert.All(result.TrackedSteps[TrackingNames.Extraction], step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason)));
        Assert.Contains(result.TrackedSteps[TrackingNames.Severities], step => step.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified));
    }
}
