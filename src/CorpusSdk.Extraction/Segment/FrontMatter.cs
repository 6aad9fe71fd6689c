using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;

namespace CorpusSdk.Extraction.Segment;

/// <summary>
/// An optional block at the top of a file that states what extraction would otherwise guess:
/// <code>
/// ---
/// title: …
/// outlet: …
/// published: 2026-02-09
/// ---
/// </code>
/// Keys: id, title, outlet, author, published, url, language, and suppress: the catalog IDs (comma-separated) of the
/// checks this file silences for itself (<c>suppress: CORPUS203, CORPUS206</c>), for a finding the team has reviewed and
/// accepted. A block that is not closed, a line that is not
/// <c>key: value</c>, an unknown key or a value of the wrong form gets CORPUS008 at its line; the rest of the file is
/// still processed (an unclosed block is then read as ordinary text).
/// </summary>
public sealed class FrontMatter
{
    public const string Fence = "---";

    public static readonly IReadOnlyList<string> Keys = new[] { "id", "title", "outlet", "author", "published", "url", "language", "suppress" };

    /// <summary>The IDs the <c>suppress</c> key lists, in the order written.</summary>
    public static IReadOnlyList<string> SuppressedIds(string? value) =>
        value is null ? Array.Empty<string>() : value.Split(new[] { ',', ' ', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim().ToUpperInvariant()).ToList();

    private FrontMatter(Dictionary<string, (string Value, int Line)> values, int bodyLineIndex, List<DiagnosticInfo> problems)
    {
        Values = values;
        BodyLineIndex = bodyLineIndex;
        Problems = problems;
    }

    /// <summary>The values given, by key, with their lines.</summary>
    public IReadOnlyDictionary<string, (string Value, int Line)> Values { get; }

    /// <summary>The index in the file's lines where the article itself starts (0 without front matter).</summary>
    public int BodyLineIndex { get; }

    public IReadOnlyList<DiagnosticInfo> Problems { get; }

    public string? Get(string key) => Values.TryGetValue(key, out var v) ? v.Value : null;

    public int LineOf(string key) => Values.TryGetValue(key, out var v) ? v.Line : 0;

    public static FrontMatter Read(CorpusText text, string file)
    {
        var values = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var problems = new List<DiagnosticInfo>();
        var lines = text.Lines;
        var first = 0;
        while (first < lines.Count && Normalize.TextTrim.Trim(lines[first].Text).Length == 0) first++;
        if (first >= lines.Count || Normalize.TextTrim.Trim(lines[first].Text) != Fence) return new FrontMatter(values, 0, problems);

        var close = -1;
        for (var i = first + 1; i < lines.Count; i++)
        {
            if (lines[i].Text.Trim() == Fence) { close = i; break; }
        }
        if (close < 0)
        {
            problems.Add(Problem(file, text, lines[first], "The front matter opened on line " + lines[first].Number + " is never closed with '---'; the file is read without it"));
            return new FrontMatter(values, 0, problems);
        }

        for (var i = first + 1; i < close; i++)
        {
            var line = lines[i];
            var trimmed = line.Text.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal)) continue;
            var colon = trimmed.IndexOf(':');
            if (colon <= 0)
            {
                problems.Add(Problem(file, text, line, "Front matter line '" + trimmed + "' is not 'key: value'"));
                continue;
            }
            var key = trimmed.Substring(0, colon).Trim().ToLowerInvariant();
            var value = Unquote(trimmed.Substring(colon + 1).Trim());
            if (Array.IndexOf((string[])Keys, key) < 0)
            {
                problems.Add(Problem(file, text, line, "Unknown front matter key '" + key + "'; the keys are " + string.Join(", ", Keys)));
                continue;
            }
            var invalid = Validate(key, value);
            if (invalid is not null)
            {
                problems.Add(Problem(file, text, line, "Front matter " + key + " '" + value + "' " + invalid));
                continue;
            }
            values[key] = (value, line.Number);
        }
        return new FrontMatter(values, close + 1, problems);
    }

    /// <summary>Why a value cannot be used, or null.</summary>
    private static string? Validate(string key, string value)
    {
        if (value.Length == 0) return "is empty";
        switch (key)
        {
            case "id":
                return Link.IdentifierRules.IsValidIdentifier(value) ? null : "is not a valid C# identifier";
            case "published":
                return IsoDate.TryParse(value, out _) ? null : "is not an ISO 8601 date (2026-02-09, 2026-02-09T14:24)";
            case "language":
                return value.Length == 2 && char.IsLetter(value[0]) && char.IsLetter(value[1]) ? null : "is not a two-letter ISO 639-1 code";
            case "url":
                return Uri.TryCreate(value, UriKind.Absolute, out _) ? null : "is not an absolute URL";
            case "suppress":
                foreach (var id in SuppressedIds(value))
                {
                    if (!DiagnosticCatalog.Contains(id)) return "names '" + id + "', which is no CorpusSdk diagnostic ID";
                    if (id == DiagnosticCatalog.DisputedFactRead.Id) return "names " + id + ", which is reported in C# code, not in corpus files: set its severity in .editorconfig";
                }
                return null;
            default:
                return null;
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[value.Length - 1] == '"') || (value[0] == '\'' && value[value.Length - 1] == '\''))
            ? value.Substring(1, value.Length - 2)
            : value;

    private static DiagnosticInfo Problem(string file, CorpusText text, TextLine line, string message) =>
        DiagnosticInfo.Create(DiagnosticCatalog.InvalidConfiguration.Id, file, text.Span(line), message);
}
