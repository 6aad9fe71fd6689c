using System;
using System.Globalization;
using System.Linq;
using CorpusExplorer.Corpus;

// Prints what the typed API generated from corpus/ gives: one line per article, then its quotes.
Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Articles.All.Count} articles in the corpus"));
foreach (var article in Articles.All)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{article.Id}\t{article.File}\t{article.Language ?? "-"}\t{article.Paragraphs.Count} paragraphs\t{article.Title ?? "(no title)"}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"\toutlet: {article.Outlet ?? "-"}; author: {article.Author ?? "-"}; published: {article.Published?.ToString() ?? "-"}; section: {article.Section ?? "-"}; stories: {article.Stories.Count}"));
}

// Who said what: every quote with its speaker, kind, channel and line.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Quotes.All.Count} quotes"));
foreach (var quote in Quotes.All)
{
    var text = quote.Text.Length <= 80 ? quote.Text : quote.Text.Substring(0, 80) + "…";
    var channel = quote.Channel is null ? string.Empty : $", {quote.Channel}";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{quote.ArticleId}:{quote.Line}\t{quote.Speaker?.ToString() ?? "(no speaker)"} ({quote.Kind}{channel}): {text}"));
}

// Who and what the corpus names, and what its sources state.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{People.All.Count} people, {Organizations.All.Count} organizations, {Places.All.Count} places"));
foreach (var person in People.All)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{person.Id}\t{person.Name}\tspellings: {string.Join(" | ", person.Spellings)}\troles: {string.Join(" | ", person.Roles)}\tarticles: {string.Join(",", person.ArticleIds)}"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Facts.All.Count} facts"));
foreach (var fact in Facts.All)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{fact.Id}\t{fact.Subject} = {fact.Value} ({fact.Status}, {fact.Sources.Count} sources: {string.Join(", ", fact.Sources.Select(s => s.ArticleId + ":" + s.Line))})"));
}
