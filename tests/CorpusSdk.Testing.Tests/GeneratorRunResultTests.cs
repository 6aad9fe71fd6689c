using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CorpusSdk.Testing.Tests;

public sealed class GeneratorRunResultTests : IDisposable
{
    readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    /// <summary>Adds a Hello() method to every class.</summary>
    sealed class HelloGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<string> names = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, _) => ((ClassDeclarationSyntax)syntax.Node).Identifier.Text);
            context.RegisterSourceOutput(names, static (output, name) =>
                output.AddSource($"{name}.Hello.g.cs", $"partial class {name}\n{{\n    public string Hello() => \"{name}\";\n}}\n"));
        }
    }

    /// <summary>A second generator, to show that the outputs of all generators are verified.</summary>
    sealed class MarkerGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterPostInitializationOutput(static output => output.AddSource("Marker.g.cs", "// marker\n"));
    }

    sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, static (_, _) => throw new InvalidOperationException("boom"));
    }

    static GeneratorDriverRunResult Run(string source, params IIncrementalGenerator[] generators)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "SnapshotInput",
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return CSharpGeneratorDriver.Create(generators).RunGenerators(compilation).GetRunResult();
    }

    [Fact]
    public void Generated_sources_of_all_generators_are_verified_by_hint_name()
    {
        GeneratorDriverRunResult result = Run("class Zeta { } class Alpha { }", new HelloGenerator(), new MarkerGenerator());

        var error = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify(dir.Path, "Hello", result, accept: false));
        Assert.StartsWith("3 snapshot problem(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("+     public string Hello() => \"Alpha\";", error.Message, StringComparison.Ordinal);

        Snapshot.Verify(dir.Path, "Hello", result, accept: true);

        Assert.Equal(
            "partial class Alpha\n{\n    public string Hello() => \"Alpha\";\n}\n",
            File.ReadAllText(dir.File("Hello.Alpha.Hello.g.verified.cs")));
        Assert.True(File.Exists(dir.File("Hello.Zeta.Hello.g.verified.cs")));
        Assert.Equal("// marker\n", File.ReadAllText(dir.File("Hello.Marker.g.verified.cs")));
        Snapshot.Verify(dir.Path, "Hello", Run("class Zeta { } class Alpha { }", new HelloGenerator(), new MarkerGenerator()), accept: false);
    }

    [Fact]
    public void A_class_that_is_no_longer_generated_shows_up_as_a_stale_snapshot()
    {
        Snapshot.Verify(dir.Path, "Hello", Run("class Zeta { } class Alpha { }", new HelloGenerator()), accept: true);

        var error = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.Verify(dir.Path, "Hello", Run("class Alpha { }", new HelloGenerator()), accept: false));

        Assert.Contains("[stale snapshot] " + dir.File("Hello.Zeta.Hello.g.verified.cs"), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generator_that_throws_fails_and_accept_keeps_the_snapshots()
    {
        Snapshot.Verify(dir.Path, "Hello", Run("class Alpha { }", new HelloGenerator()), accept: true);

        var error = Assert.Throws<InvalidOperationException>(
            () => Snapshot.Verify(dir.Path, "Hello", Run("class Alpha { }", new ThrowingGenerator()), accept: true));

        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("Hello.Alpha.Hello.g.verified.cs")));
    }
}
