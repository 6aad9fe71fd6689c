using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Cli.Recognize;

/// <summary>
/// The <c>entities</c> command: the people, organisations and places of each line, as shared/tools/entities.py drives
/// it. Input lines <c>{"id": "…", "doc": "…", "language": "ar", "text": "…"}</c>; consecutive lines of one <c>doc</c> are
/// the paragraphs of one article and are read together, so what an earlier paragraph named counts later (a family name
/// alone, an acronym). Output: one line per input line, in order, <c>{"id": "…", "entities": [{"start", "length",
/// "kind", "text"}]}</c> with UTF-16 offsets into that line's text.
/// </summary>
public static class EntitiesCommand
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(TextReader input, Stream output)
    {
        var article = new List<(JsonElement? Id, string Text)>();
        string? doc = null;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0) continue;
            JsonElement root;
            try
            {
                using var request = JsonDocument.Parse(line);
                root = request.RootElement.Clone();
            }
            catch (JsonException e)
            {
                // A bad line ends the article before it and is answered in its place, so the answers stay in order.
                Flush(article, output);
                doc = null;
                RecognizeCommand.WriteError(output, e.Message);
                continue;
            }
            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
            var lineDoc = root.TryGetProperty("doc", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            // A line without a doc is an article of its own.
            if (lineDoc is null || lineDoc != doc) Flush(article, output);
            doc = lineDoc;
            article.Add((root.TryGetProperty("id", out var id) ? id : null, text));
        }
        Flush(article, output);
        return 0;
    }

    private static void Flush(List<(JsonElement? Id, string Text)> article, Stream output)
    {
        if (article.Count == 0) return;
        var texts = new List<string>(article.Count);
        foreach (var (_, text) in article) texts.Add(text);
        var byParagraph = new List<(int Start, int Length, string Kind)>[article.Count];
        for (var p = 0; p < byParagraph.Length; p++) byParagraph[p] = new();
        foreach (var (paragraph, start, length, kind) in MentionRecognizer.RecognizeParagraphs(texts)) byParagraph[paragraph].Add((start, length, kind));
        for (var p = 0; p < article.Count; p++)
        {
            using (var json = new Utf8JsonWriter(output, Options))
            {
                json.WriteStartObject();
                if (article[p].Id is { } id) { json.WritePropertyName("id"); id.WriteTo(json); }
                json.WriteStartArray("entities");
                foreach (var (start, length, kind) in byParagraph[p])
                {
                    json.WriteStartObject();
                    json.WriteNumber("start", start);
                    json.WriteNumber("length", length);
                    json.WriteString("kind", kind);
                    json.WriteString("text", article[p].Text.Substring(start, length));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
        }
        output.Flush();
        article.Clear();
    }
}
