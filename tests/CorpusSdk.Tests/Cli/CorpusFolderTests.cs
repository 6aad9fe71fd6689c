using System;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Tests.Cli;

public class CorpusFolderTests
{
    /// <summary>The copies of one sample text these corpora hold share all their text: CORPUS206, which other tests cover.</summary>
    private const string SharedText = "CORPUS206";

    private static TempCorpus MixedCorpus() => new TempCorpus()
        .WriteText("ferry.txt", SampleTexts.CleanEnglish)
        .WriteTextWithBom("sub/river.txt", SampleTexts.CleanArabicCrlf)
        .WriteText("sub/deeper/Zebra.txt", SampleTexts.CleanEnglish)
        .WriteText("Alpha.txt", SampleTexts.CleanEnglish)
        .WriteBytes("legacy.txt", SampleTexts.Windows1256("تحديث: إغلاق الطريق الدولي بسبب الثلوج"))
        .WriteText("notes.md", "# not a corpus file")
        .WriteText("headline-only.txt", "Ministry announces new school calendar\n");

    [Fact]
    public void Readable_txt_files_are_linked_with_relative_slash_paths_in_ordinal_order()
    {
        using var corpus = MixedCorpus();

        var loaded = CorpusFolder.Load(corpus.Folder);

        Assert.Equal(
            new[] { "Alpha.txt", "ferry.txt", "headline-only.txt", "sub/deeper/Zebra.txt", "sub/river.txt" },
            loaded.Corpus.Articles.Select(a => a.Article.File));
        Assert.Equal(
            new[] { "Alpha", "Ferry", "HeadlineOnly", "Zebra", "River" },
            loaded.Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Each_file_read_is_reported_with_the_count_of_files()
    {
        using var corpus = MixedCorpus();
        var reports = new System.Collections.Generic.List<(int Done, int Total)>();

        var loaded = CorpusFolder.Load(corpus.Folder, ArticleExtractor.DefaultMaxFileSize, (done, total) => reports.Add((done, total)));

        Assert.Equal(Enumerable.Range(1, 6).Select(done => (done, 6)), reports);
        Assert.Equal(CorpusFolder.Load(corpus.Folder).Corpus, loaded.Corpus);
    }

    [Fact]
    public void Bom_and_crlf_file_gives_a_clean_title_and_lf_line_numbers()
    {
        using var corpus = MixedCorpus();

        var river = CorpusFolder.Load(corpus.Folder).Corpus.Articles.Single(a => a.Article.File == "sub/river.txt").Article;

        // The BOM does not hide the front matter's opening fence; its 4 lines count like any others.
        Assert.Equal(SampleTexts.ArabicHeadline, river.Title);
        Assert.Equal(5, river.TitleLine);
        Assert.Equal(new[] { 7, 8 }, river.Paragraphs.Select(p => p.Line));
        Assert.Equal("صحيفة الرافدين", river.Outlet);
        Assert.DoesNotContain(river.Paragraphs, p => p.Text.Contains('\r', StringComparison.Ordinal));
        Assert.Equal("ar", river.Language);
    }

    [Fact]
    public void Folder_diagnostics_are_the_expected_findings_in_file_order()
    {
        using var corpus = MixedCorpus();

        var loaded = CorpusFolder.Load(corpus.Folder);

        Assert.Equal(
            new[] { ("headline-only.txt", "CORPUS002"), ("legacy.txt", "CORPUS001") },
            loaded.Diagnostics.Where(d => d.Id != SharedText).Select(d => (d.File, d.Id)));
        var unreadable = loaded.Diagnostics.Single(d => d.Id == "CORPUS001");
        Assert.Equal((1, 1), (unreadable.Span.StartLine, unreadable.Span.StartColumn));
        Assert.Contains("Windows-1256", unreadable.Message, StringComparison.Ordinal);
        Assert.Contains("'legacy.txt'", unreadable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collisions_across_subfolders_are_reported_with_the_folder_diagnostics()
    {
        using var corpus = new TempCorpus()
            .WriteText("b/news.txt", SampleTexts.CleanEnglish)
            .WriteText("a/news.txt", SampleTexts.CleanEnglish);

        var loaded = CorpusFolder.Load(corpus.Folder);

        Assert.Equal(new[] { "ANews", "BNews" }, loaded.Corpus.Articles.Select(a => a.Id));
        Assert.Equal(new[] { ("a/news.txt", "CORPUS005"), ("b/news.txt", "CORPUS005") }, loaded.Diagnostics.Where(d => d.Id != SharedText).Select(d => (d.File, d.Id)));
    }

    [Fact]
    public void Diagnostics_of_one_file_are_ordered_by_position()
    {
        using var corpus = new TempCorpus()
            .WriteText("all.txt", "Headline\nA body with no date and no outlet.\n") // CORPUS003, 004 and 005, all at 1,1: ordered by ID
            .WriteText("z.txt", "Headline\nBody \0");  // CORPUS001 at 2,6

        var loaded = CorpusFolder.Load(corpus.Folder);

        Assert.Equal(
            new[] { ("all.txt", "CORPUS003", 1, 1), ("all.txt", "CORPUS004", 1, 1), ("all.txt", "CORPUS005", 1, 1), ("z.txt", "CORPUS001", 2, 6) },
            loaded.Diagnostics.Select(d => (d.File, d.Id, d.Span.StartLine, d.Span.StartColumn)));
    }

    [Fact]
    public void Folder_given_with_a_trailing_separator_gives_the_same_paths()
    {
        using var corpus = MixedCorpus();

        var plain = CorpusFolder.Load(corpus.Folder);
        var trailing = CorpusFolder.Load(corpus.Folder + Path.DirectorySeparatorChar);

        Assert.Equal(plain.Corpus, trailing.Corpus);
        Assert.Equal(plain.Diagnostics, trailing.Diagnostics);
    }

    [Fact]
    public void Loading_twice_gives_equal_models()
    {
        using var corpus = MixedCorpus();

        Assert.Equal(CorpusFolder.Load(corpus.Folder).Corpus, CorpusFolder.Load(corpus.Folder).Corpus);
    }

    [Fact]
    public void Empty_folder_gives_an_empty_corpus()
    {
        using var corpus = new TempCorpus();

        var loaded = CorpusFolder.Load(corpus.Folder);

        Assert.Empty(loaded.Corpus.Articles);
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void Seed_corpus_loads_five_arabic_articles_without_unreadable_files()
    {
        var loaded = CorpusFolder.Load(TestPaths.Corpus);

        Assert.Equal(5, loaded.Corpus.Articles.Count);
        Assert.All(loaded.Corpus.Articles, a => Assert.True(a.Article.IsReadable));
        Assert.All(loaded.Corpus.Articles, a => Assert.NotEmpty(a.Article.Paragraphs));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Id is "CORPUS001" or "CORPUS002");
    }
}
