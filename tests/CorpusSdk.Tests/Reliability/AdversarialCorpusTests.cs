using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CorpusSdk.Cli.Export;
using CorpusSdk.Extraction;
using CorpusSdk.Tests.Cli;
using CorpusSdk.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Reliability;

/// <summary>
/// The adversarial corpus (<see cref="HostileFiles"/>): each file, beside a plain article, must leave the build
/// whole: no generator exception, generated code that compiles without a warning, corpus text only as escaped data,
/// the expected diagnostic, and for a readable file its text unchanged at run time. docs/reliability.md.
/// </summary>
public class AdversarialCorpusTests
{
    private const string Companion = "أعلنت وزارة الصحة افتتاح مستشفى جديد\n\nدمشق - الإثنين 09 فبراير 2026\n\nقال الوزير «المستشفى يضم 200 سرير» يوم أمس.\n";

    private static string PathOf(string name) => GeneratorHarness.ProjectDir + "corpus/" + name + ".txt";

    [Theory]
    [MemberData(nameof(HostileFiles.Names), MemberType = typeof(HostileFiles))]
    public void Hostile_file_never_breaks_the_build_nor_injects_code(string name)
    {
        var file = HostileFiles.Get(name);
        var (run, output, _) = GeneratorHarness.Run(new AdditionalText[]
        {
            new CompilerReadText(PathOf(name), file.Bytes),
            GeneratorHarness.CorpusFile("companion.txt", Companion),
        });

        Assert.All(run.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8784" or "CS8785" or "AD0001" or "CORPUS009");
        Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("extraction failed", StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.CompileProblems(output).Select(d => d.ToString()));
        GeneratedCode.AssertCorpusTextIsData(run);

        var own = run.Diagnostics.Where(d => d.Location.GetLineSpan().Path == PathOf(name)).ToList();
        var articles = GeneratedCode.Articles(GeneratedCode.Load(output));
        Assert.Contains(articles, a => a.File == "companion.txt");
        if (file.Expected is { } id)
        {
            var expected = Assert.Single(own, d => d.Id == id);
            if (file.MessageHolds is { } words) Assert.Contains(words, expected.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (id is "CORPUS001" or "CORPUS006") Assert.DoesNotContain(articles, a => a.File == name + ".txt");
        }
        else
        {
            Assert.DoesNotContain(own, d => d.Id is "CORPUS001" or "CORPUS002" or "CORPUS006");
            // What the build gives at run time is exactly the extraction's text: nothing lost, added or reordered.
            var text = new CompilerReadText(PathOf(name), file.Bytes).GetText().ToString();
            var model = ArticleExtractor.Extract(name + ".txt", text);
            var article = Assert.Single(articles, a => a.File == name + ".txt");
            Assert.Equal(model.Title, article.Title);
            Assert.Equal(model.Paragraphs.Select(p => p.Text), article.Paragraphs.Select(p => p.Text));
            Assert.Equal(model.Quotes.Count(), article.Quotes.Count);
        }
    }

    [Theory]
    [MemberData(nameof(HostileFiles.Names), MemberType = typeof(HostileFiles))]
    public void Hostile_file_gives_the_same_diagnostic_in_the_cli_and_valid_json(string name)
    {
        var file = HostileFiles.Get(name);
        using var corpus = new TempCorpus().WriteBytes(name + ".txt", file.Bytes).WriteText("companion.txt", Companion);

        var loaded = CorpusFolder.Load(corpus.Folder);
        using var stream = new MemoryStream();
        ExportWriter.Write(loaded, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Id == "CORPUS009" || d.Message.Contains("extraction failed", StringComparison.Ordinal));
        if (file.Expected is { } id)
        {
            var expected = Assert.Single(loaded.Diagnostics, d => d.File == name + ".txt" && d.Id == id);
            if (file.MessageHolds is { } words) Assert.Contains(words, expected.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(loaded.Diagnostics, d => d.File == name + ".txt" && d.Id is "CORPUS001" or "CORPUS002" or "CORPUS006");
        }
    }
}
