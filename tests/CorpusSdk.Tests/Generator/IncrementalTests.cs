using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// The generator is incremental in fact: runs are compared step by step (named with <see cref="TrackingNames"/>) to
/// show that a C# edit extracts nothing and a corpus edit extracts only the edited file.
/// </summary>
public class IncrementalTests
{
    /// <summary>
    /// Every step <see cref="TrackingNames"/> names, read by reflection so that a step added to the generator is checked
    /// here without anyone remembering to list it.
    /// </summary>
    private static readonly string[] AllSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    private static readonly InMemoryAdditionalText[] Files =
    {
        GeneratorHarness.CorpusFile("alpha.txt", "Alpha headline\n\nThe first story was told on Monday.\n"),
        GeneratorHarness.CorpusFile("beta.txt", "عنوان الخبر الثاني\n\nقال المتحدث إن الاجتماع كان مثمرا.\n"),
        // A count, so that the fact steps have a fact to track (the other files state none).
        GeneratorHarness.CorpusFile("gamma.txt", "Gamma headline\n\nThe third story has two paragraphs.\nThe storm killed 7 people.\n"),
        new InMemoryAdditionalText("/project/notes/readme.txt", "Not in the corpus folder: ignored."),
        // An .editorconfig and a lexicon, so that every step has something to track (Roslyn records no step that has no output).
        new InMemoryAdditionalText(GeneratorHarness.ProjectDir + ".editorconfig", "root = true\n\n[corpus/**]\ndotnet_diagnostic.CORPUS002.severity = warning\n"),
        new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "corpus/lexicon.json",
            "{ \"entities\": [ { \"id\": \"speaker\", \"kind\": \"person\", \"spellings\": [\"المتحدث\"] } ] }"),
    };

    private const string Code = "namespace Consumer { public static class Use { public static int Count => Corpus.Articles.All.Count; } }";

    [Fact]
    public void Second_run_on_a_cloned_compilation_is_all_cached()
    {
        var compilation = GeneratorHarness.Compilation(Code);
        var driver = GeneratorHarness.Driver(Files).RunGenerators(compilation);

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            var reasons = Reasons(second, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }
    }

    [Fact]
    public void Editing_csharp_code_runs_no_extraction()
    {
        var compilation = GeneratorHarness.Compilation(Code);
        var driver = GeneratorHarness.Driver(Files).RunGenerators(compilation);

        var oldTree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText(Code + "\n// edited\nclass Extra { }", GeneratorHarness.ParseOptions, oldTree.FilePath));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(Reasons(run, TrackingNames.CorpusFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.Extraction), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.ArticleSources), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        foreach (var step in new[] { TrackingNames.LexiconFiles, TrackingNames.Lexicon, TrackingNames.Corpus, TrackingNames.Entities, TrackingNames.Facts })
        {
            Assert.All(Reasons(run, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
    }

    [Fact]
    public void Editing_the_lexicon_links_again_but_extracts_nothing()
    {
        var lexicon = Files[Files.Length - 1];
        var compilation = GeneratorHarness.Compilation(Code);
        var driver = GeneratorHarness.Driver(Files).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(lexicon.Path,
            "{ \"entities\": [ { \"id\": \"spokesman\", \"name\": \"Spokesman\", \"kind\": \"person\", \"spellings\": [\"المتحدث\"] } ] }");
        var run = driver.ReplaceAdditionalText(lexicon, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Reasons(run, TrackingNames.Extraction), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(Reasons(run, TrackingNames.Lexicon), r => r == IncrementalStepRunReason.Modified);
        Assert.Contains(Reasons(run, TrackingNames.Corpus), r => r == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_one_corpus_file_extracts_that_file_only()
    {
        var edited = GeneratorHarness.CorpusFile("beta.txt", "عنوان الخبر الثاني بعد التعديل\n\nقال المتحدث إن الاجتماع كان مثمرا.\n");
        var run = RunAfterEdit(Files, Files[1], edited);

        var extraction = run.TrackedSteps[TrackingNames.Extraction];
        var ran = extraction.Where(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)).ToList();
        var onlyRan = Assert.Single(ran);
        Assert.Contains("beta.txt", onlyRan.Outputs.Single().Value.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, extraction.Count(s => s.Outputs.All(o => o.Reason == IncrementalStepRunReason.Cached)));

        // Downstream, only the edited article's source is produced again.
        var sources = Reasons(run, TrackingNames.ArticleSources);
        Assert.Equal(1, sources.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, sources.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Contains(run.GeneratedSources, s => s.SourceText.ToString().Contains("بعد التعديل", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_of_blank_lines_only_links_nothing_again()
    {
        // Trailing blank lines change the text but nothing found in it. The model still changes: it holds the file's
        // length and hash, which the records check the embedded file against (corpus text in resources). So the edit
        // stops at the link's shapes.
        var edited = GeneratorHarness.CorpusFile("alpha.txt", "Alpha headline\n\nThe first story was told on Monday.\n\n\n");
        var run = RunAfterEdit(Files, Files[0], edited);

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.CorpusFiles));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Extraction));
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(run, TrackingNames.NameShapes));
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(run, TrackingNames.StatementShapes));
        Assert.All(Reasons(run, TrackingNames.EntityLinks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.FactLinks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Typing_inside_a_paragraph_links_nothing_again_and_places_the_moved_names()
    {
        var files = new[] { Files[0], GeneratorHarness.CorpusFile("delta.txt", "عنوان الخبر\n\nقال وزير الخارجية أسعد الشيباني إن الاجتماع كان مثمرا.\n") };

        // A word typed before the minister moves his name along its line; it names, states and quotes nothing new.
        var edited = GeneratorHarness.CorpusFile("delta.txt", "عنوان الخبر\n\nكذلك قال وزير الخارجية أسعد الشيباني إن الاجتماع كان مثمرا.\n");
        var run = RunAfterEdit(files, files[1], edited);

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Extraction));
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(run, TrackingNames.NameShapes));
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(run, TrackingNames.StatementShapes));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Places));
        Assert.All(Reasons(run, TrackingNames.EntityLinks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.FactLinks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Corpus));

        var corpus = CorpusOf(run);
        var minister = Assert.Single(corpus.Entities.SelectMany(e => e.Spellings).Where(s => s.Text == "أسعد الشيباني").SelectMany(s => s.Occurrences));
        Assert.Equal("كذلك قال وزير الخارجية ".Length + 1, minister.Column);
    }

    [Fact]
    public void A_new_statement_gathers_the_facts_again_but_links_no_entity()
    {
        var edited = GeneratorHarness.CorpusFile("beta.txt", "عنوان الخبر الثاني\n\nقال المتحدث إن الاجتماع كان مثمرا.\n\nوأصيب 12 شخصا في الحادث.\n");
        var run = RunAfterEdit(Files, Files[1], edited);

        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(run, TrackingNames.NameShapes));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.StatementShapes));
        Assert.All(Reasons(run, TrackingNames.EntityLinks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.FactLinks));
        var corpus = CorpusOf(run);
        Assert.Contains(corpus.Facts, f => f.Value == "12" && f.Sources.Single().File == "beta.txt");
    }

    [Fact]
    public void Adding_a_file_extracts_only_the_new_file()
    {
        var compilation = GeneratorHarness.Compilation(Code);
        var driver = GeneratorHarness.Driver(Files).RunGenerators(compilation);

        var added = GeneratorHarness.CorpusFile("delta.txt", "Delta headline\n\nA fourth story.\n");
        var run = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)).RunGenerators(compilation).GetRunResult().Results.Single();

        var extraction = Reasons(run, TrackingNames.Extraction);
        Assert.Equal(1, extraction.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(3, extraction.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(run.GeneratedSources, s => s.SourceText.ToString().Contains("public static global::CorpusSdk.Article Delta =>", StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_the_namespace_re_emits_but_reads_and_extracts_nothing()
    {
        var compilation = GeneratorHarness.Compilation(Code);
        var driver = GeneratorHarness.Driver(Files).RunGenerators(compilation);

        var globals = new Dictionary<string, string>(GeneratorHarness.DefaultGlobals) { ["build_property.CorpusSdkNamespace"] = "Newsroom.Data" };
        var run = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(globals)).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Reasons(run, TrackingNames.CorpusFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.Extraction), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.ArticleSources), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(run.GeneratedSources, s => Assert.Contains("namespace Newsroom.Data", s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Step_outputs_hold_no_compilation_symbol_syntax_or_location()
    {
        var (run, _, _) = GeneratorHarness.Run(Files, null, Code);
        var result = run.Results.Single();
        var forbidden = new[] { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Diagnostic) };

        foreach (var step in AllSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                var found = Reachable(output.Value).FirstOrDefault(o => forbidden.Any(t => t.IsInstanceOfType(o)));
                Assert.True(found is null, step + " holds a " + found?.GetType().Name);
            }
        }
    }

    /// <summary>A warm run over <paramref name="files"/>, then the run after <paramref name="original"/> is replaced by <paramref name="edited"/>.</summary>
    private static GeneratorRunResult RunAfterEdit(IEnumerable<AdditionalText> files, AdditionalText original, AdditionalText edited)
    {
        var compilation = GeneratorHarness.Compilation(Code);
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        return driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();
    }

    /// <summary>What the run's Corpus step produced.</summary>
    private static CorpusModel CorpusOf(GeneratorRunResult run) => (CorpusModel)run.TrackedSteps[TrackingNames.Corpus].Single().Outputs.Single().Value;

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
            : throw new KeyNotFoundException(step + " not in " + string.Join(",", run.TrackedSteps.Keys));

    /// <summary>Every object reachable from <paramref name="root"/> through fields, as NetEscapades' generator tests walk their models.</summary>
    private static IEnumerable<object> Reachable(object? root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is null || current is string || current.GetType().IsPrimitive || current.GetType().IsEnum || !seen.Add(current)) continue;
            yield return current;
            if (current is IEnumerable items and not string)
            {
                foreach (var item in items) stack.Push(item);
            }
            for (var type = current.GetType(); type is not null && type != typeof(object); type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer) stack.Push(field.GetValue(current));
                }
            }
        }
    }
}
