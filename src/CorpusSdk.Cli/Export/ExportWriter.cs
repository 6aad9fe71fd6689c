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

        json.WriteStartArray("entities");
        json.WriteEndArray();
        json.WriteStartArray("facts");
        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in corpus.Diagnostics) WriteDiagnostic(json, diagnostic);
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
        if (article.Published is { } published)
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
        json.WriteStartArray("paragraphs");
        foreach (var paragraph in article.Paragraphs)
        {
            json.WriteStartObject();
            json.WriteNumber("line", paragraph.Line);
            json.WriteString("text", paragraph.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("stories");
        foreach (var story in article.Stories)
        {
            json.WriteStartObject();
            json.WriteNumber("firstLine", story.FirstLine);
            json.WriteNumber("lastLine", story.LastLine);
            json.WriteString("title", story.Title);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("dropped");
        foreach (var dropped in article.Dropped)
        {
            json.WriteStartObject();
            json.WriteNumber("line", dropped.Line);
            json.WriteString("text", dropped.Text);
            json.WriteString("reason", dropped.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        foreach (var empty in new[] { "quotes", "mentions" })
        {
            json.WriteStartArray(empty);
            json.WriteEndArray();
        }
        json.WriteStartArray("dates");
        foreach (var date in article.Dates)
        {
            json.WriteStartObject();
            json.WriteNumber("line", date.Line);
            json.WriteNumber("column", date.Column);
            json.WriteString("text", date.Text);
            json.WriteString("value", date.Value);
            json.WriteBoolean("relative", date.Relative);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, DiagnosticInfo diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", SeverityName(DiagnosticCatalog.Get(diagnostic.Id).DefaultSeverity));
        json.WriteString("file", diagnostic.File);
        json.WriteNumber("line", diagnostic.Span.StartLine);
        json.WriteNumber("column", diagnostic.Span.StartColumn);
        json.WriteString("message", diagnostic.Message);
        json.WriteStartArray("related");
        foreach (var related in diagnostic.Related)
        {
            json.WriteStartObject();
            json.WriteString("file", related.File);
            json.WriteNumber("line", related.Span.StartLine);
            json.WriteEndObject();
        }
        json.WriteEndArray();
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
