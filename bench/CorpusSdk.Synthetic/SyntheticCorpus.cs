using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CorpusSdk.Synthetic;

/// <summary>One synthetic corpus file: its path relative to the corpus folder (with <c>/</c>) and its text.</summary>
public sealed record SyntheticArticle(string RelativePath, string Text)
{
    /// <summary>The text's size in UTF-8 bytes, as it is on disk.</summary>
    public int Bytes => Encoding.UTF8.GetByteCount(Text);
}

/// <summary>
/// Builds large, realistic corpora, deterministically: the same count and seed give the same files, byte for byte, on
/// every machine (System.Random with a seed, invariant formatting, no clock, no Guid), and a smaller count gives a prefix
/// of a larger one. Articles come in stories, as the seeds do: one event (a meeting in a host city on a date, with its
/// people, places, group and numbers) reported by one to six outlets, each writing its own mix of the seed articles'
/// sentences with the story's names put in, its own layout (headline, dateline, byline, captions, tags, footer), and
/// its own words for the date (اليوم / يوم أمس, by its own publication day). Some files have front matter, some are in
/// English, some outlets copy another's text (CORPUS206), and a few stories have a source that gives another number or
/// date (CORPUS201/202). The average file is about 4 KB, so 10,000 articles are about 40 MB.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>The average size of a file the builder aims at, in UTF-8 bytes.</summary>
    public const int AverageBytes = 4000;

    /// <summary>The <paramref name="count"/> first articles of the corpus of <paramref name="seed"/>, in path order.</summary>
    public static IReadOnlyList<SyntheticArticle> Generate(int count, int seed = 1)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
        var articles = new List<SyntheticArticle>(count);
        for (var story = 0; articles.Count < count; story++)
        {
            foreach (var article in new StoryWriter(seed, story).Write())
            {
                if (articles.Count == count) break;
                articles.Add(article);
            }
        }
        return articles;
    }

    /// <summary>Writes the corpus of <paramref name="seed"/> under <paramref name="folder"/> (UTF-8, no BOM); returns the files' total size in bytes.</summary>
    public static long WriteTo(string folder, int count, int seed = 1)
    {
        long bytes = 0;
        foreach (var article in Generate(count, seed))
        {
            var path = Path.Combine(folder, article.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var data = new UTF8Encoding(false).GetBytes(article.Text);
            File.WriteAllBytes(path, data);
            bytes += data.Length;
        }
        return bytes;
    }

    /// <summary>
    /// The same article after a small edit a writer makes: one more sentence at the end of its body. Deterministic, and
    /// never the same text as before.
    /// </summary>
    public static SyntheticArticle Edit(SyntheticArticle article, int revision = 1)
    {
        var sentence = article.Text.Contains("The ", StringComparison.Ordinal) && !article.Text.Contains('ا', StringComparison.Ordinal)
            ? "The statement was updated later (revision " + revision.ToString(CultureInfo.InvariantCulture) + ")."
            : "وجرى تحديث هذا الخبر لاحقاً (التحديث رقم " + revision.ToString(CultureInfo.InvariantCulture) + ").";
        var text = article.Text.TrimEnd('\r', '\n');
        var newline = article.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return article with { Text = text + newline + sentence + newline };
    }

    /// <summary>
    /// The same article while a writer types: one word inserted in the middle of its text, before the word there, so
    /// that what follows on that line moves. Deterministic.
    /// </summary>
    public static SyntheticArticle Type(SyntheticArticle article)
    {
        var at = article.Text.IndexOf(' ', article.Text.Length / 2) + 1;
        var word = article.Text.Contains('ا', StringComparison.Ordinal) ? "جدا " : "very ";
        return article with { Text = article.Text.Substring(0, at) + word + article.Text.Substring(at) };
    }

    /// <summary>What the builder draws from: seed sentences, their clusters, clauses, synonym groups.</summary>
    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"seed sentences {SeedText.Sentences.Count} in {SeedText.Sentences.Select(s => s.Cluster).Distinct().Count()} clusters, {SeedText.Sentences.Sum(s => s.Clauses.Length)} clauses, {SeedText.Synonyms.Length} synonym groups");

    /// <summary>The seed templates that matched nothing: each should match, or the seeds changed under the builder.</summary>
    public static IReadOnlyList<string> UnmatchedTemplates() =>
        SeedText.Sentences.Count > 0 ? SeedText.TemplateHits.Where(h => h.Value == 0).Select(h => h.Key).ToList() : new List<string> { "(no sentences)" };
}
