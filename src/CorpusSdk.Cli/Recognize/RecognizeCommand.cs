using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusSdk.Extraction.Recognize.Dates;
using CorpusSdk.Extraction.Recognize.Numbers;

namespace CorpusSdk.Cli.Recognize;

/// <summary>
/// The <c>recognize</c> command: JSON lines in, JSON lines out, one per input line and in order, as
/// shared/tools/conformance.py drives it. Input <c>{"id": 7, "text": "…", "reference": "2016-11-07T00:00:00" | null}</c>;
/// output <c>{"id": 7, "dates": [ITEM], "numbers": [ITEM]}</c>, ITEM = <c>{"text", "start", "length", "value"}</c> with
/// UTF-16 offsets, dates as ISO at their precision (or null), numbers as numbers.
/// </summary>
public static class RecognizeCommand
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(TextReader input, Stream output)
    {
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0) continue;
            JsonDocument request;
            try
            {
                request = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                // One bad line must not lose the rest of the stream: answer it with an error, in order, and go on.
                WriteError(output, e.Message);
                continue;
            }
            using var _ = request;
            var root = request.RootElement;
            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
            DateTime? reference = root.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String
                ? Reference(r.GetString()!) : null;

            using (var json = new Utf8JsonWriter(output, Options))
            {
                json.WriteStartObject();
                if (root.TryGetProperty("id", out var id)) { json.WritePropertyName("id"); id.WriteTo(json); }
                json.WriteStartArray("dates");
                foreach (var date in DateRecognizer.Recognize(text, reference))
                {
                    WriteSpan(json, date.Text, date.Start, date.Length);
                    json.WriteString("value", date.Value?.ToIso());
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("numbers");
                foreach (var number in NumberRecognizer.Recognize(text))
                {
                    WriteSpan(json, number.Text, number.Start, number.Length);
                    if (number.RelativePosition is { } position) json.WriteString("value", position);
                    else json.WriteNumber("value", number.Value);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
            output.Flush();
        }
        return 0;
    }

    /// <summary>
    /// The reference as the wall-clock time it was written in: "2013-02-12T04:30:00-02:00" is 04:30 on the 12th where
    /// the text was written, not 06:30 UTC (converting would move "now" and, near midnight, "today").
    /// </summary>
    private static DateTime? Reference(string value)
    {
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            return withOffset.DateTime;
        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var plain) ? plain : null;
    }

    /// <summary>Answers a line that is no JSON, in its place: <c>{"error": "…"}</c>.</summary>
    internal static void WriteError(Stream output, string message)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("error", message);
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private static void WriteSpan(Utf8JsonWriter json, string text, int start, int length)
    {
        json.WriteStartObject();
        json.WriteString("text", text);
        json.WriteNumber("start", start);
        json.WriteNumber("length", length);
    }
}
