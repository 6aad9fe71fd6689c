using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusSdk.Testing;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// Snapshots of the generated code (Verify's conventions: Snapshots/&lt;Test&gt;.&lt;hint&gt;.verified.cs). A change to the
/// output fails here with a diff; read the diff, then accept it with CORPUSSDK_ACCEPT_SNAPSHOTS=1.
/// </summary>
public class SnapshotTests
{
    private static readonly string Directory = Snapshot.DirectoryOf(typeof(SnapshotTests).Assembly);

    [Fact]
    public void Small_corpus_generates_articles_and_index()
    {
        var (run, output, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.CorpusFile("riyadh-meeting.txt",
                "Coalition ministers meet in Riyadh\n\nThe ministers of the coalition met on Monday in the Saudi capital.\nThey said the talks were \"constructive\".\n"),
            GeneratorHarness.CorpusFile("ar/001_9f8e7d6c5b4a.txt",
                "\uFEFFوزراء التحالف يجتمعون في الرياض\r\n\r\nاجتمع وزراء دول التحالف يوم الاثنين في العاصمة السعودية.\r\n"),
        });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Snapshot.Verify(Directory, nameof(Small_corpus_generates_articles_and_index), run);
    }

    [Fact]
    public void Small_corpus_with_text_in_resources_holds_offsets_not_paragraphs()
    {
        var (run, output, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.CorpusFile("riyadh-meeting.txt",
                "Coalition ministers meet in Riyadh\n\nThe ministers of the coalition met on Monday in the Saudi capital.\nThey said the talks were \"constructive\".\n"),
            GeneratorHarness.CorpusFile("ar/001_9f8e7d6c5b4a.txt",
                "وزراء التحالف يجتمعون في الرياض\r\n\r\nاجتمع وزراء دول التحالف يوم الاثنين في العاصمة السعودية.\r\n"),
        }, GeneratorHarness.TextInResourcesGlobals);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        // Only the articles' files differ from Small_corpus_generates_articles_and_index: the rest is not snapshotted twice.
        Snapshot.Verify(Directory, nameof(Small_corpus_with_text_in_resources_holds_offsets_not_paragraphs), run.Results
            .SelectMany(r => r.GeneratedSources)
            .Where(s => s.HintName.StartsWith("Articles.", System.StringComparison.Ordinal))
            .Select(s => new SnapshotFile(s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Hostile_text_is_escaped_in_literals_and_docs()
    {
        // Text crafted to look like code, to close a doc comment or string, or to reorder what an editor shows.
        var hostile = "Headline \"; System.IO.File.Delete(\"x\"); // </summary> & <b> */ #error \u202Eevil\u202C \u2028 \u200B end\n"
            + "Body with \\ backslash, a tab\there, NEL\u0085 and a lone surrogate \uD800 and \u2066isolate\u2069.\n"
            + "A noncharacter \uFFFF is no XML, even as a character reference.\n";
        var (run, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.CorpusFile("hostile.txt", hostile) });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        // The article's shard holds its text twice, in the hover text and in the data; neither holds it raw.
        foreach (var hint in new[] { "Articles.__Data0.g.cs" })
        {
            var source = run.Results.Single().GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString();
            foreach (var c in new[] { '\u202E', '\u202C', '\u2028', '\u200B', '\u0085', '\u2066', '\u2069', '\uD800', '\uFFFF' })
            {
                Assert.DoesNotContain(c, source);
            }
        }
        Snapshot.Verify(Directory, nameof(Hostile_text_is_escaped_in_literals_and_docs), run);
    }

    [Fact]
    public void Seed_corpus()
    {
        var files = System.IO.Directory.EnumerateFiles(TestPaths.Corpus, "*.txt")
            .Select(path => GeneratorHarness.CorpusFile(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        var (run, output, _) = GeneratorHarness.Run(files);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Snapshot.Verify(Directory, nameof(Seed_corpus), run);
    }
}
