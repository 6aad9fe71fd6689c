using System;
using System.Globalization;
using CorpusExplorer.Corpus;

// Prints what the typed API generated from corpus/ gives: one line per article.
Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Articles.All.Count} articles in the corpus"));
foreach (var article in Articles.All)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{article.Id}\t{article.File}\t{article.Language ?? "-"}\t{article.Paragraphs.Count} paragraphs\t{article.Title ?? "(no title)"}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"\toutlet: {article.Outlet ?? "-"}; author: {article.Author ?? "-"}; published: {article.Published?.ToString() ?? "-"}; section: {article.Section ?? "-"}; stories: {article.Stories.Count}"));
}
