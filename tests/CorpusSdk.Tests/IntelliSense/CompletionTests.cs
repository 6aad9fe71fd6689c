using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Tags;

namespace CorpusSdk.Tests.IntelliSense;

/// <summary>
/// What the editor offers after <c>Corpus.Articles.</c>, <c>Corpus.People.</c> and <c>Corpus.Facts.</c> in a project
/// with the seed corpus: Roslyn's completion service over the code the generator writes in the workspace.
/// </summary>
[Collection(IntelliSenseCollection.Name)]
public class CompletionTests(IntelliSenseWorkspace workspace)
{
    private static string After(string access) => "namespace Consumer { class C { void M() { var a = Corpus." + access + "$$ } } }";

    /// <summary>The properties the list offers, by display text (the static <c>Equals</c> and <c>ReferenceEquals</c> of object aside).</summary>
    private async Task<IReadOnlyList<string>> PropertiesAfter(string access)
    {
        var items = await workspace.CompletionsAsync(After(access));
        return items.Where(i => i.Tags.Contains(WellKnownTags.Property)).Select(i => i.DisplayText).OrderBy(t => t, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task The_workspace_runs_the_generator_over_the_corpus_files()
    {
        var generated = await workspace.Project.GetSourceGeneratedDocumentsAsync();
        var compilation = await workspace.Project.GetCompilationAsync();

        Assert.Equal(
            new[]
            {
                "Articles.__Data0.g.cs", "Articles.g.cs",
                "Facts.__Data0.g.cs", "Facts.g.cs", "Organizations.__Data0.g.cs", "Organizations.g.cs", "People.__Data0.g.cs", "People.g.cs",
                "Places.__Data0.g.cs", "Places.g.cs", "Quotes.g.cs", "Stories.g.cs",
            },
            generated.Select(d => d.HintName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Empty(compilation!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task After_Corpus_dot_completion_offers_the_generated_classes()
    {
        var items = (await workspace.CompletionsAsync(After(""))).Select(i => i.DisplayText).ToList();

        foreach (var type in new[] { "Articles", "Quotes", "People", "Organizations", "Places", "Facts" })
        {
            Assert.Contains(type, items);
        }
        // The classes that hold the data are private and nested: the list offers what a user reads, nothing else.
        Assert.DoesNotContain(items, i => i.EndsWith("Data", StringComparison.Ordinal) || i.StartsWith("Article_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_Articles_dot_completion_offers_one_member_per_corpus_file_and_All()
    {
        var properties = await PropertiesAfter("Articles.");

        Assert.Equal(new[] { "A000", "A001", "A002", "A003", "A004", "All" }, properties);
        Assert.DoesNotContain("A005", properties);
    }

    [Fact]
    public async Task After_People_dot_completion_offers_each_person_by_a_transliterated_identifier()
    {
        var properties = await PropertiesAfter("People.");

        // توم باراك is TumBarak; وليد الخريجي and وليد بن عبد الكريم الخريجي are one person.
        Assert.Equal(
            new[] { "AhmdAlAli", "All", "AmruAhmd", "AsadHasnAlShibani", "HasinAlSalama", "JanNuylBaru", "MazlumAbdi", "TumBarak", "WalidAlKhariji" },
            properties);
        // An organization is not a person.
        Assert.DoesNotContain("Daash", properties);
    }

    [Fact]
    public async Task After_Facts_dot_completion_offers_the_facts_the_corpus_states()
    {
        var properties = await PropertiesAfter("Facts.");

        Assert.Equal(new[] { "All", "DateAjtmaa", "NumberAdu" }, properties);
    }

    [Fact]
    public async Task The_completion_tooltip_of_a_person_shows_the_name_its_role_and_how_many_articles()
    {
        var (document, position) = workspace.Open(After("People."));
        var service = CompletionService.GetService(document)!;
        var list = await service.GetCompletionsAsync(document, position);
        var description = await service.GetDescriptionAsync(document, list.ItemsList.Single(i => i.DisplayText == "TumBarak"));

        Assert.NotNull(description);
        Assert.Contains("CorpusSdk.Entity Corpus.People.TumBarak { get; }", description.Text, StringComparison.Ordinal);
        Assert.Contains("توم باراك — السفير الأميركي لدى تركيا; 2 articles.", description.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_completion_tooltip_of_an_article_shows_its_title_outlet_and_date()
    {
        var (document, position) = workspace.Open(After("Articles."));
        var service = CompletionService.GetService(document)!;
        var list = await service.GetCompletionsAsync(document, position);
        var description = await service.GetDescriptionAsync(document, list.ItemsList.Single(i => i.DisplayText == "A003"));

        Assert.NotNull(description);
        Assert.Contains("بالرياض — الشام الجديد, عمرو أحمد, 9 Feb 2026, 14:24.", description.Text, StringComparison.Ordinal);
    }
}
