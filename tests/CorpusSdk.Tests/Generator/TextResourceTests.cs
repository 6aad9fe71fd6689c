using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Generated;
using CorpusSdk.Synthetic;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// Corpus text in resources (docs/architecture.md): with CorpusSdkTextInResources, which the package's targets set, the
/// generated records hold offsets and lengths into each corpus file, embedded as a resource, and not the text. What a
/// consumer reads must still be exactly what the extraction found; a missing or altered resource is an exception that
/// names the file; a text that could not be read back the same is written into the code as before.
/// </summary>
public class TextResourceTests
{
    private static readonly IReadOnlyDictionary<string, string> InResources = GeneratorHarness.TextInResourcesGlobals;

    private static List<(string File, string Text)> Files() =>
        Directory.EnumerateFiles(TestPaths.Corpus, "*.txt").Select(path => (File: "seeds/" + Path.GetFileName(path), Text: File.ReadAllText(path)))
            .Concat(SyntheticCorpus.Generate(120).Select(a => (File: a.RelativePath, a.Text)))
            .Append((File: "hostile.txt", Text: ArticleDataTests.Hostile.Replace("\uD800", "\uD83D\uDE00", StringComparison.Ordinal)))
            .Append((File: "lone-surrogate.txt", Text: ArticleDataTests.Hostile))
            .ToList();

    /// <summary>The generated compilation emitted with each corpus file as the resource the targets would embed.</summary>
    private static Assembly Load(Compilation output, IEnumerable<(string File, byte[] Bytes)> resources) => GeneratedApiTests.Load(output, resources
        .Select(r => new ResourceDescription(CorpusFileText.ResourcePrefix + r.File, () => new MemoryStream(r.Bytes), isPublic: true)));

    private static IReadOnlyList<Article> All(Assembly assembly)
    {
        try
        {
            return (IReadOnlyList<Article>)assembly.GetType("Consumer.Corpus.Articles")!.GetProperty("All")!.GetValue(null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Articles_read_from_their_files_resources_are_the_extracted_articles_and_their_text_is_not_in_the_generated_code()
    {
        var files = Files();
        var (run, output, _) = GeneratorHarness.Run(files.Select(f => (AdditionalText)GeneratorHarness.CorpusFile(f.File, f.Text)), InResources);
        Assert.Empty(GeneratorHarness.CompileProblems(output));

        var expected = ArticleLinker.Link(files.Select(f => ArticleExtractor.Extract(f.File, f.Text))).Articles;
        var all = All(Load(output, files.Select(f => (f.File, Utf8(f.Text)))));
        Assert.Equal(expected.Select(ArticleDataTests.Describe), all.Select(ArticleDataTests.Describe));

        // The third paragraph of an article is in no hover: in the code only when its text was written there (or when it is
        // also a title, which is written as it is: an article without a headline takes its lead's first sentence).
        var titles = new HashSet<string>(expected.Select(a => a.Article.Title).OfType<string>(), StringComparer.Ordinal);
        // Records only: the hover text (doc comments) quotes the start of the first paragraphs, which synthetic articles share.
        var data = string.Join("\n", run.GeneratedTrees.Where(t => t.FilePath.Contains("Articles.__Data", StringComparison.Ordinal))
            .SelectMany(t => t.ToString().Split('\n')).Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));
        var third = expected.Where(a => a.Article.File != "lone-surrogate.txt" && a.Article.Paragraphs.Count > 2).Select(a => a.Article.Paragraphs[2].Text)
            .Where(p => !titles.Any(t => t.StartsWith(p.Substring(0, Math.Min(40, p.Length)), StringComparison.Ordinal))).ToList();
        Assert.True(third.Count > 50, "enough articles with three paragraphs");
        Assert.All(third, paragraph => Assert.DoesNotContain(CSharpLiteralBody(paragraph), data, StringComparison.Ordinal));
        // A lone surrogate has no UTF-8 form, so that file's text cannot be read back the same: it is written into the code.
        var lone = expected.Single(a => a.Article.File == "lone-surrogate.txt").Article;
        Assert.Equal(-1, lone.TextLength);
    }

    [Fact]
    public void Without_the_property_the_text_is_written_into_the_code_and_needs_no_resource()
    {
        var files = Files().Take(6).ToList();
        var (run, output, _) = GeneratorHarness.Run(files.Select(f => (AdditionalText)GeneratorHarness.CorpusFile(f.File, f.Text)));

        var all = All(Load(output, Array.Empty<(string, byte[])>()));
        Assert.Equal(files.Count, all.Count);
        var data = string.Join("\n", run.GeneratedTrees.Select(t => t.ToString()));
        Assert.DoesNotContain("CorpusFileText", data, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_resource_is_an_exception_that_names_the_file()
    {
        var files = Files().Take(3).ToList();
        var (_, output, _) = GeneratorHarness.Run(files.Select(f => (AdditionalText)GeneratorHarness.CorpusFile(f.File, f.Text)), InResources);

        var missing = files[1].File;
        var error = Assert.Throws<InvalidOperationException>(() => All(Load(output, files.Where(f => f.File != missing).Select(f => (f.File, Utf8(f.Text))))));
        Assert.Contains("'" + missing + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains(CorpusFileText.ResourcePrefix + missing, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("one character changed")]
    [InlineData("a line added")]
    public void An_altered_resource_is_an_exception_that_names_the_file_not_text_from_the_wrong_place(string change)
    {
        var files = Files().Take(3).ToList();
        var (_, output, _) = GeneratorHarness.Run(files.Select(f => (AdditionalText)GeneratorHarness.CorpusFile(f.File, f.Text)), InResources);

        var altered = files[0];
        var text = change == "a line added" ? "A line written after the build.\n" + altered.Text
            : altered.Text.Substring(0, altered.Text.Length / 2) + (altered.Text[altered.Text.Length / 2] == 'x' ? 'y' : 'x') + altered.Text.Substring(altered.Text.Length / 2 + 1);
        var resources = files.Select(f => (f.File, Utf8(f.File == altered.File ? text : f.Text)));
        var error = Assert.Throws<InvalidOperationException>(() => All(Load(output, resources)));
        Assert.Contains("'" + altered.File + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rebuild", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16 big endian")]
    [InlineData("utf-32")]
    public void A_file_is_decoded_as_the_compiler_decodes_it_and_hashed_as_the_generator_hashes_it(string encoding)
    {
        const string Text = "مقتل 12 شخصا في بلدة العين\r\nHelena Marsh said 😀 \u2028 end";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Text),
            "utf-8 with bom" => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray(),
            "utf-16" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray(),
            "utf-16 big endian" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Text)).ToArray(),
            _ => Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Text)).ToArray(),
        };
        // What the compiler makes of the same bytes (Roslyn's SourceText, as the generator is given it).
        var compiler = Microsoft.CodeAnalysis.Text.SourceText.From(new MemoryStream(bytes)).ToString();

        Assert.Equal(compiler, CorpusFileText.Decode(bytes));
        Assert.Equal(StableHash.Of(compiler), CorpusFileText.Hash(CorpusFileText.Decode(bytes)));
    }

    /// <summary>How a text appears inside a generated C# literal (escaped), to look for it in the generated code.</summary>
    private static string CSharpLiteralBody(string text)
    {
        var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: false);
        return literal.Length > 60 ? literal.Substring(0, 60) : literal;
    }
}
