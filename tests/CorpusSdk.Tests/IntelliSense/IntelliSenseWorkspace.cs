using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using CorpusSdk.Generator;
using CorpusSdk.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Tests.IntelliSense;

/// <summary>
/// An editor's view of a consumer project, headless: an <see cref="AdhocWorkspace"/> with the seed corpus as additional
/// files, the MSBuild properties a project passes to analyzers as a global analyzer config, and <see cref="CorpusGenerator"/>
/// as an analyzer reference, so the workspace runs the generator the way the IDE does. Completion and quick info are
/// Roslyn's own services (Microsoft.CodeAnalysis.CSharp.Features), asked at a position marked <c>$$</c> in the code.
/// </summary>
public sealed class IntelliSenseWorkspace : IDisposable
{
    /// <summary>Marks the caret in the code passed to <see cref="CompletionsAsync"/> and <see cref="QuickInfoAsync"/>.</summary>
    public const string Caret = "$$";

    private readonly AdhocWorkspace _workspace;
    private readonly ProjectId _projectId;
    private int _documents;

    public IntelliSenseWorkspace()
    {
        _workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
        _projectId = ProjectId.CreateNewId("Consumer");

        var corpus = Directory.EnumerateFiles(TestPaths.Corpus, "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => Document(_projectId, GeneratorHarness.ProjectDir + "corpus/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        var globalConfig = Document(_projectId, GeneratorHarness.ProjectDir + ".globalconfig",
            "is_global = true\n" + string.Concat(GeneratorHarness.DefaultGlobals.Select(p => p.Key + " = " + p.Value + "\n")));

        var project = ProjectInfo.Create(
                _projectId,
                VersionStamp.Create(),
                name: "Consumer",
                assemblyName: "Consumer",
                language: LanguageNames.CSharp,
                filePath: GeneratorHarness.ProjectDir + "Consumer.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: GeneratorHarness.ParseOptions,
                metadataReferences: Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(CorpusSdk.Article).Assembly.Location)),
                analyzerReferences: new AnalyzerReference[] { new GeneratorReference() },
                additionalDocuments: corpus)
            .WithAnalyzerConfigDocuments(new[] { globalConfig });

        _workspace.AddProject(project);
    }

    /// <summary>The consumer project, with the corpus and no code yet.</summary>
    public Project Project => _workspace.CurrentSolution.GetProject(_projectId)!;

    /// <summary>
    /// <paramref name="code"/> (with one <see cref="Caret"/>) as a document of the project, and the caret's position in it.
    /// Each call forks the workspace's solution, so tests do not see each other's code.
    /// </summary>
    public (Document Document, int Position) Open(string code)
    {
        var position = code.IndexOf(Caret, StringComparison.Ordinal);
        if (position < 0 || code.IndexOf(Caret, position + Caret.Length, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException("The code needs exactly one " + Caret + ".", nameof(code));
        }
        var text = code.Remove(position, Caret.Length);
        var name = "Code" + System.Threading.Interlocked.Increment(ref _documents) + ".cs";
        var document = Project.AddDocument(name, SourceText.From(text, Encoding.UTF8), filePath: GeneratorHarness.ProjectDir + name);
        return (document, position);
    }

    /// <summary>The completion list at the caret, as the editor would show it after typing there.</summary>
    public async Task<ImmutableArray<CompletionItem>> CompletionsAsync(string code)
    {
        var (document, position) = Open(code);
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("No completion service: Features not loaded.");
        var list = await service.GetCompletionsAsync(document, position).ConfigureAwait(false);
        return list.ItemsList.ToImmutableArray();
    }

    /// <summary>The quick info (hover) at the caret, section by section, or null when there is none.</summary>
    public async Task<QuickInfoItem?> QuickInfoAsync(string code)
    {
        var (document, position) = Open(code);
        var service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("No quick info service: Features not loaded.");
        return await service.GetQuickInfoAsync(document, position).ConfigureAwait(false);
    }

    /// <summary>The text of every section of <paramref name="item"/>, in order, one section a line: what the hover shows.</summary>
    public static string Text(QuickInfoItem? item) => item is null
        ? string.Empty
        : string.Join("\n", item.Sections.Select(s => s.Text));

    public void Dispose() => _workspace.Dispose();

    private static DocumentInfo Document(ProjectId project, string path, string text) => DocumentInfo.Create(
        DocumentId.CreateNewId(project, path),
        Path.GetFileName(path),
        loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, Encoding.UTF8), VersionStamp.Create(), path)),
        filePath: path);

    /// <summary>
    /// The generator as an analyzer reference, as the IDE loads it from the package: an <c>AnalyzerImageReference</c> carries
    /// analyzers only, so this reference answers <see cref="AnalyzerReference.GetGenerators(string)"/> itself.
    /// </summary>
    private sealed class GeneratorReference : AnalyzerReference
    {
        private static readonly ImmutableArray<ISourceGenerator> Generators = ImmutableArray.Create(new CorpusGenerator().AsSourceGenerator());

        public override string FullPath => typeof(CorpusGenerator).Assembly.Location;

        public override object Id => typeof(CorpusGenerator).Assembly.FullName ?? nameof(CorpusGenerator);

        public override string Display => nameof(CorpusGenerator);

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
            language == LanguageNames.CSharp ? Generators : ImmutableArray<ISourceGenerator>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => Generators;
    }
}

/// <summary>The IntelliSense tests share one workspace: the generator runs over the corpus once, and each test forks it.</summary>
[CollectionDefinition(Name)]
public sealed class IntelliSenseCollection : ICollectionFixture<IntelliSenseWorkspace>
{
    public const string Name = "IntelliSense";
}
