using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Read;

/// <summary>
/// Reads the corpus lexicon, <c>lexicon.json</c> at the corpus folder's root (docs/extraction.md, "The corpus lexicon"),
/// where a team states what entity discovery would otherwise guess:
/// <code>
/// { "entities": [ { "id": "tom-barrack", "name": "Tom Barrack", "kind": "person",
///                   "spellings": ["توم باراك", "توم برَاك"], "roles": ["المبعوث الأمريكي"] } ] }
/// </code>
/// Every problem is CORPUS008 at its line and column; an entry with a problem is left out, the others are kept.
/// </summary>
public static class LexiconReader
{
    /// <summary>The lexicon's file name, at the corpus folder's root.</summary>
    public const string FileName = "lexicon.json";

    private static readonly Regex IdShape = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "id", "name", "kind", "spellings", "roles" };

    public static CorpusLexicon Read(string relativePath, string text)
    {
        var corpusText = new CorpusText(text);
        var problems = new List<DiagnosticInfo>();
        void Problem(int offset, string message) =>
            problems.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidConfiguration.Id, relativePath, corpusText.Span(offset, 0), relativePath + ": " + message));

        JsonNode root;
        try
        {
            root = JsonText.Parse(text);
        }
        catch (JsonProblem problem)
        {
            Problem(problem.Offset, problem.Message);
            return new CorpusLexicon(EquatableArray<LexiconEntry>.Empty, problems.ToEquatableArray());
        }

        if (root is not JsonObject top || Member(top, "entities") is not JsonArray list)
        {
            Problem(root.Offset, "the lexicon is an object with an \"entities\" array");
            return new CorpusLexicon(EquatableArray<LexiconEntry>.Empty, problems.ToEquatableArray());
        }
        foreach (var (key, keyOffset, _) in top.Members.Where(m => m.Key != "entities")) Problem(keyOffset, "unknown key \"" + key + "\"");

        var entries = new List<LexiconEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not JsonObject entry)
            {
                Problem(item.Offset, "an entity is an object");
                continue;
            }
            var before = problems.Count;
            foreach (var (key, keyOffset, _) in entry.Members.Where(m => !Keys.Contains(m.Key))) Problem(keyOffset, "unknown key \"" + key + "\"");
            var id = Member(entry, "id") as JsonString;
            if (id is null || !IdShape.IsMatch(id.Value)) Problem(id?.Offset ?? Member(entry, "id")?.Offset ?? entry.Offset, "\"id\" is required: lowercase letters, digits and hyphens (tom-barrack)");
            else if (!ids.Add(id.Value)) Problem(id.Offset, "the id \"" + id.Value + "\" is used twice");
            var kind = Member(entry, "kind") as JsonString;
            if (kind is null || (kind.Value != EntityKinds.Person && kind.Value != EntityKinds.Organization && kind.Value != EntityKinds.Place))
                Problem(kind?.Offset ?? Member(entry, "kind")?.Offset ?? entry.Offset, "\"kind\" is required: person, organization or place");
            var name = Member(entry, "name");
            if (name is not null and not JsonString) Problem(name.Offset, "\"name\" is a string");
            var spellings = Strings(entry, "spellings", Problem);
            if (spellings is null || spellings.Count == 0) Problem(Member(entry, "spellings")?.Offset ?? entry.Offset, "\"spellings\" is required: an array of one spelling or more");
            var roles = Strings(entry, "roles", Problem) ?? new List<string>();
            if (problems.Count > before) continue;
            entries.Add(new LexiconEntry(id!.Value, (name as JsonString)?.Value, kind!.Value, spellings!.ToEquatableArray(), roles.ToEquatableArray()));
        }
        return new CorpusLexicon(entries.ToEquatableArray(), problems.ToEquatableArray());
    }

    private static JsonNode? Member(JsonObject node, string key) => node.Members.Where(m => m.Key == key).Select(m => m.Value).FirstOrDefault();

    /// <summary>An optional array of non-empty strings; null when absent.</summary>
    private static List<string>? Strings(JsonObject node, string key, Action<int, string> problem)
    {
        var member = Member(node, key);
        if (member is null) return null;
        if (member is not JsonArray array)
        {
            problem(member.Offset, "\"" + key + "\" is an array of strings");
            return null;
        }
        var values = new List<string>();
        foreach (var item in array.Items)
        {
            if (item is JsonString text && text.Value.Trim().Length > 0) values.Add(text.Value.Trim());
            else problem(item.Offset, "\"" + key + "\" holds non-empty strings only");
        }
        return values;
    }
}
