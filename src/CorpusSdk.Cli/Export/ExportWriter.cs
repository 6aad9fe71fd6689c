using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Export;

/// <summary>
/// Writes a corpus as the JSON of the export contract (schema corpus-export/1, shared/contract/export.md). Fields the
/// extraction does not find yet are written empty or null, so that readers of the contract see every field.
/// </summary>
public static class ExportWriter
{
    public const string Schema = "corpus-export/1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The export is read by programs and people, not embedded in HTML: Arabic stays readable instead of \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(LoadedCorpus corpus, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("schema", Schema);

        json.WriteStartArray("articles");
        foreach (var linked in corpus.Corpus.Articles) WriteArticle(json, linked);
        json.WriteEndArray();

        WriteObjects(json, "entities", corpus.Corpus.Entities, WriteEntity);
        WriteObjects(json, "facts", corpus.Corpus.Facts, WriteFact);
        WriteObjects(json, "stories", corpus.Corpus.Stories, WriteStory);

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in corpus.Diagnostics) WriteDiagnostic(json, diagnostic, corpus.SeverityOf(diagnostic));
        json.WriteEndArray();

        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, LinkedArticle linked)
    {
        var article = linked.Article;
        json.WriteStartObject();
        json.WriteString("id", linked.Id);
        json.WriteString("file", article.File);
        json.WriteString("language", article.Language);
        json.WriteString("title", article.Title);
        json.WriteString("titleSource", article.TitleSource);
        json.WriteString("outlet", article.Outlet);
        json.WriteString("author", article.Author);
        if (linked.Published is { } published)
        {
            json.WriteStartObject("published");
            json.WriteString("value", published.Value);
            json.WriteString("precision", published.Precision);
            json.WriteString("source", published.Source);
            json.WriteNumber("line", published.Line);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("published");
        }
        json.WriteString("section", article.Section);
        json.WriteString("url", article.Url);
        WriteStrings(json, "tags", article.Tags);
        WriteStrings(json, "captions", article.Captions.Select(c => c.Text));
        WriteStrings(json, "subheadings", article.Subheadings.Select(c => c.Text));
        WriteObjects(json, "paragraphs", article.Paragraphs, (j, p) =>
        {
            j.WriteNumber("line", p.Line);
            j.WriteString("text", p.Text);
        });
        WriteObjects(json, "stories", article.Stories, (j, story) =>
        {
            j.WriteNumber("firstLine", story.FirstLine);
            j.WriteNumber("lastLine", story.LastLine);
            j.WriteString("title", story.Title);
        });
        WriteObjects(json, "dropped", article.Dropped, (j, dropped) =>
        {
            j.WriteNumber("line", dropped.Line);
            j.WriteString("text", dropped.Text);
            j.WriteString("reason", dropped.Reason);
        });
        WriteObjects(json, "quotes", article.Quotes.Select((quote, i) => (quote, entity: linked.QuoteEntity(i))), (j, q) => WriteQuote(j, q.quote, q.entity, linked.Resolve(q.quote.Date, q.quote.DateRelative)?.ToIso()));
        WriteObjects(json, "mentions", article.Mentions.Select((mention, i) => (mention, entity: linked.MentionEntity(i))), (j, item) =>
        {
            var (mention, entity) = item;
            j.WriteString("entity", entity);
            j.WriteString("kind", mention.Kind);
            j.WriteString("text", mention.Text);
            j.WriteString("name", mention.Name);
            j.WriteNumber("line", mention.Span.StartLine);
            j.WriteNumber("column", mention.Span.StartColumn);
            j.WriteString("role", mention.Roles.Count > 0 ? mention.Roles[0] : null);
            WriteStrings(j, "roles", mention.Roles);
            if (mention.Acronym is not null) j.WriteString("acronym", mention.Acronym);
        });
        WriteObjects(json, "dates", article.Dates, (j, date) =>
        {
            j.WriteNumber("line", date.Line);
            j.WriteNumber("column", date.Column);
            j.WriteString("text", date.Text);
            j.WriteString("value", linked.Resolve(date.Value, date.RelativeDay));
            j.WriteBoolean("relative", date.Relative);
        });
        json.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter json, QuoteModel quote, string? entity, string? date)
    {
        json.WriteNumber("line", quote.Span.StartLine);
        json.WriteNumber("column", quote.Span.StartColumn);
        json.WriteNumber("endLine", quote.Span.EndLine);
        json.WriteString("speaker", quote.Speaker?.Text);
        json.WriteString("speakerName", quote.Speaker?.Name);
        json.WriteString("speakerRole", quote.Speaker?.Role);
        json.WriteString("speakerKind", quote.Speaker?.Kind);
        json.WriteString("speakerResolution", quote.Speaker?.Resolution);
        json.WriteString("entity", entity);
        json.WriteString("kind", quote.Kind);
        json.WriteString("text", quote.Text);
        json.WriteString("channel", quote.Channel?.Display);
        json.WriteString("channelKind", quote.Channel?.Kind);
        json.WriteString("date", date);
        json.WriteString("dateText", quote.DateText);
    }

    private static void WriteFact(Utf8JsonWriter json, FactModel fact)
    {
        json.WriteString("id", fact.Id);
        json.WriteString("identifier", fact.Identifier);
        json.WriteString("kind", FactNames.Of(fact.Kind));
        json.WriteString("subject", fact.Subject);
        WriteValue(json, "value", fact.Kind, fact.Value);
        if (fact.Unit is not null) json.WriteString("unit", fact.Unit);
        if (fact.Frame is not null) json.WriteString("frame", fact.Frame);
        if (fact.Entity is not null) json.WriteString("entity", fact.Entity);
        if (fact.Story is not null) json.WriteString("story", fact.Story);
        json.WriteString("status", FactNames.Of(fact.Status));
        WriteObjects(json, "sources", fact.Sources, (j, source) =>
        {
            j.WriteString("article", source.Article);
            j.WriteNumber("line", source.Line);
            j.WriteNumber("column", source.Column);
            j.WriteString("text", source.Text);
            WriteValue(j, "value", fact.Kind, source.Value);
            if (source.Bound != ValueBound.Exact) j.WriteString("bound", BoundName(source.Bound));
            if (source.Authority is not null) j.WriteString("authority", source.Authority);
            if (source.AsOf is not null) j.WriteString("asOf", source.AsOf);
            j.WriteString("sentence", source.Sentence);
        });
    }

    /// <summary>A bound as the export names it (more-than, at-least).</summary>
    private static string BoundName(ValueBound bound) => bound switch
    {
        ValueBound.Exact => "exact",
        ValueBound.About => "about",
        ValueBound.Nearly => "nearly",
        ValueBound.AtLeast => "at-least",
        ValueBound.MoreThan => "more-than",
        ValueBound.AtMost => "at-most",
        ValueBound.LessThan => "less-than",
        _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, "a bound the export does not name"),
    };

    private static void WriteStory(Utf8JsonWriter json, CorpusStoryModel story)
    {
        json.WriteString("id", story.Id);
        json.WriteString("identifier", story.Identifier);
        json.WriteString("title", story.Title);
        WriteStrings(json, "articles", story.Articles);
        WriteStrings(json, "names", story.Names);
    }

    /// <summary>A fact's value: a number as a JSON number (90), a date as an ISO string.</summary>
    private static void WriteValue(Utf8JsonWriter json, string name, FactKind kind, string? value)
    {
        if (value is null) json.WriteNull(name);
        else if (kind == FactKind.Number && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)) json.WriteNumber(name, number);
        else json.WriteString(name, value);
    }

    private static void WriteEntity(Utf8JsonWriter json, EntityModel entity)
    {
        json.WriteString("id", entity.Id);
        json.WriteString("identifier", entity.Identifier);
        json.WriteString("kind", entity.Kind);
        json.WriteString("name", entity.Name);
        WriteStrings(json, "variants", entity.Spellings.Select(s => s.Text));
        WriteStrings(json, "roles", entity.Roles);
        WriteStrings(json, "articles", entity.Articles);
        if (entity.Acronym is not null) json.WriteString("acronym", entity.Acronym);
        WriteObjects(json, "spellings", entity.Spellings, (j, spelling) =>
        {
            j.WriteString("text", spelling.Text);
            WriteObjects(j, "occurrences", spelling.Occurrences, (o, at) =>
            {
                o.WriteString("article", at.Article);
                o.WriteNumber("line", at.Line);
                o.WriteNumber("column", at.Column);
            });
        });
    }

    /// <summary>An array of objects, each written by <paramref name="writeFields"/>.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, System.Action<Utf8JsonWriter, T> writeFields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeFields(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, DiagnosticInfo diagnostic, CorpusSeverity severity)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", SeverityName(severity));
        json.WriteString("file", diagnostic.File);
        json.WriteNumber("line", diagnostic.Span.StartLine);
        json.WriteNumber("column", diagnostic.Span.StartColumn);
        json.WriteString("message", diagnostic.Message);
        WriteObjects(json, "related", diagnostic.Related, (j, related) =>
        {
            j.WriteString("file", related.File);
            j.WriteNumber("line", related.Span.StartLine);
        });
        json.WriteEndObject();
    }

    /// <summary>The severity as the export contract and MSBuild's format name it.</summary>
    public static string SeverityName(CorpusSeverity severity) => severity switch
    {
        CorpusSeverity.Error => "error",
        CorpusSeverity.Warning => "warning",
        CorpusSeverity.Info => "info",
        _ => "hidden",
    };
}
