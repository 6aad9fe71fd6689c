using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using CorpusSdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Tests.Generator;

/// <summary>An additional file held in memory, as MSBuild would pass a corpus file to the compiler.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The MSBuild properties a project passes to analyzers (build_property.*), set by the test.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>
/// Runs <see cref="CorpusGenerator"/> the way the compiler does, over a consumer compilation with .NET 8 reference
/// assemblies (Basic.Reference.Assemblies: the testing library's ReferenceAssemblies would download packs missing here)
/// and the CorpusSdk runtime types.
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    public static readonly IReadOnlyDictionary<string, string> DefaultGlobals = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.ProjectDir"] = ProjectDir,
    };

    /// <summary>The defaults with CorpusSdkTextInResources, as the package's targets set it: article text read from resources.</summary>
    public static readonly IReadOnlyDictionary<string, string> TextInResourcesGlobals = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.ProjectDir"] = ProjectDir,
        ["build_property.CorpusSdkTextInResources"] = "true",
    };

    public static InMemoryAdditionalText CorpusFile(string relativePath, string text) => new(ProjectDir + "corpus/" + relativePath, text);

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Code" + i + ".cs")),
        Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(CorpusSdk.Article).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? globals = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new TestOptionsProvider(globals ?? DefaultGlobals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the run and the compilation with the generated code in it.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output, GeneratorDriver Driver) Run(
        IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? globals = null, params string[] sources)
    {
        var driver = Driver(files, globals).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out _);
        return (driver.GetRunResult(), output, driver);
    }

    /// <summary>Errors and warnings of the compilation with the generated code: the generated code must never add any.</summary>
    public static ImmutableArray<Diagnostic> CompileProblems(Compilation output) => output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToImmutableArray();

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
