using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Diagnostics;

/// <summary>One diagnostic ID's severity as the .editorconfig files set it for a corpus file (<c>none</c>, <c>silent</c>, <c>suggestion</c>, <c>warning</c>, <c>error</c>).</summary>
public sealed record SeverityOverride(string Id, string Severity);

/// <summary>What a configured severity value means, for the generator and the CLI alike.</summary>
public static class ConfiguredSeverity
{
    /// <summary>
    /// The severity <paramref name="value"/> sets (<see cref="CorpusSeverity.Hidden"/> for <c>silent</c>), null for
    /// <c>none</c> (not reported); <paramref name="set"/> is false for <c>default</c> and values Roslyn does not know
    /// either, which leave the catalog's default.
    /// </summary>
    public static CorpusSeverity? Parse(string value, out bool set)
    {
        set = true;
        switch (value.ToLowerInvariant())
        {
            case "error": return CorpusSeverity.Error;
            case "warning": return CorpusSeverity.Warning;
            case "suggestion" or "info": return CorpusSeverity.Info;
            case "silent" or "hidden": return CorpusSeverity.Hidden;
            case "none": return null;
            default:
                set = false;
                return null;
        }
    }

    /// <summary>Whether <paramref name="value"/> sets a severity (or <c>none</c>) rather than leaving the default.</summary>
    public static bool IsSet(string value)
    {
        Parse(value, out var set);
        return set;
    }
}

/// <summary>One severity entry of an .editorconfig section, as written: its key (lowercased) and value.</summary>
public sealed record SeverityEntry(string Key, string Value);

/// <summary>An .editorconfig section that sets severities: its glob as written and its severity entries, in order.</summary>
public sealed record EditorConfigSection(string Glob, EquatableArray<SeverityEntry> Entries);

/// <summary>
/// An .editorconfig file, reduced to what configures CorpusSdk's diagnostics. Roslyn applies
/// <c>dotnet_diagnostic.ID.severity</c> from .editorconfig only to diagnostics located in C# syntax trees and does not
/// show those keys to generators (dotnet/roslyn#31916), so a corpus finding, located in an additional file, would
/// ignore them. The package's build targets pass the .editorconfig files above the project's files as additional files,
/// and the generator applies them to the corpus files itself, by the editorconfig rules: the nearest file wins, a
/// <c>root = true</c> file ends the search, a later section wins over an earlier one, and a section name without
/// <c>/</c> matches a file name in any folder. Global configs (<c>is_global = true</c>) are left to the compiler, which
/// applies them to every diagnostic. The CLI's <c>check</c>, <c>export</c> and <c>report</c> read the same files
/// (<see cref="CorpusSeverities"/>), so that they and the build agree.
/// </summary>
/// <param name="Directory">The folder the file is in, with <c>/</c> separators and a trailing <c>/</c>.</param>
/// <param name="IsRoot">The file says <c>root = true</c>: no file above it applies.</param>
/// <param name="Sections">The sections that set a CorpusSdk severity, in file order.</param>
public sealed record EditorConfigFile(string Directory, bool IsRoot, EquatableArray<EditorConfigSection> Sections)
{
    public const string FileName = ".editorconfig";

    /// <summary>The model of <paramref name="path"/> when it is an .editorconfig that is not a global config, else null.</summary>
    public static EditorConfigFile? Read(string path, string? text)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        if (text is null || slash < 0 || normalized.Substring(slash + 1) != FileName) return null;

        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        string? glob = null;
        var entries = new List<SeverityEntry>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                Flush();
                glob = line.Substring(1, line.Length - 2);
                continue;
            }
            var equals = line.IndexOf('=');
            if (equals <= 0) continue;
            var key = line.Substring(0, equals).Trim().ToLowerInvariant();
            var value = StripComment(line.Substring(equals + 1)).Trim();
            if (glob is null)
            {
                if (key == "root") isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                if (key == "is_global" && value.Equals("true", StringComparison.OrdinalIgnoreCase)) return null;
                continue;
            }
            if (IsSeverityKey(key)) entries.Add(new SeverityEntry(key, value.ToLowerInvariant()));
        }
        Flush();
        return new EditorConfigFile(normalized.Substring(0, slash + 1), isRoot, sections.ToEquatableArray());

        void Flush()
        {
            if (glob is not null && entries.Count > 0) sections.Add(new EditorConfigSection(glob, entries.ToEquatableArray()));
            entries = new List<SeverityEntry>();
        }
    }

    /// <summary>The keys that can set a CorpusSdk diagnostic's severity: its own, its category's, or all analyzers'.</summary>
    private static bool IsSeverityKey(string key) =>
        (key.StartsWith("dotnet_diagnostic.corpus", StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal))
        || (key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal));

    /// <summary>Editorconfig allows a comment after a value only after whitespace (<c>error # why</c>).</summary>
    private static string StripComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if ((value[i] == '#' || value[i] == ';') && char.IsWhiteSpace(value[i - 1])) return value.Substring(0, i);
        }
        return value;
    }

    /// <summary>Whether a section's glob matches <paramref name="path"/> (full, <c>/</c> separators) under this file's folder.</summary>
    public bool Matches(string glob, string path)
    {
        if (!path.StartsWith(Directory, StringComparison.Ordinal)) return false;
        var relative = path.Substring(Directory.Length);
        return Glob.ToRegex(glob) is { } regex && regex.IsMatch(relative);
    }
}

/// <summary>Editorconfig globs as regular expressions: <c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c>, <c>{1..9}</c>.</summary>
public static class Glob
{
    private static readonly Dictionary<string, Regex?> Cache = new(StringComparer.Ordinal);

    /// <summary>The pattern for a section name, anchored to the config's folder; null when the glob is malformed.</summary>
    public static Regex? ToRegex(string glob)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(glob, out var cached)) return cached;
            Regex? regex;
            try
            {
                // A name without '/' matches a file name in any folder; one with '/' is relative to the config's folder.
                var body = Translate(glob.IndexOf('/') < 0 ? "**/" + glob : glob.TrimStart('/'));
                regex = body is null ? null : new Regex("^" + body + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                regex = null;
            }
            Cache[glob] = regex;
            return regex;
        }
    }

    private static string? Translate(string glob)
    {
        var result = new StringBuilder();
        var braces = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*':
                    if (i + 1 < glob.Length && glob[i + 1] == '*')
                    {
                        i++;
                        // "**/" also matches no folder at all.
                        if (i + 1 < glob.Length && glob[i + 1] == '/') { i++; result.Append("(?:.*/)?"); }
                        else result.Append(".*");
                    }
                    else result.Append("[^/]*");
                    break;
                case '?':
                    result.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0) { result.Append("\\["); break; }
                    var set = glob.Substring(i + 1, close - i - 1);
                    result.Append('[').Append(set.StartsWith("!", StringComparison.Ordinal) ? "^" + Escape(set.Substring(1)) : Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    var end = glob.IndexOf('}', i + 1);
                    if (end > 0 && NumericRange(glob.Substring(i + 1, end - i - 1)) is { } range)
                    {
                        result.Append(range);
                        i = end;
                        break;
                    }
                    braces++;
                    result.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    result.Append(')');
                    break;
                case ',' when braces > 0:
                    result.Append('|');
                    break;
                case '\\' when i + 1 < glob.Length:
                    result.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    result.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return braces == 0 ? result.ToString() : null;
    }

    private static string Escape(string set) => set.Replace("\\", "\\\\").Replace("^", "\\^").Replace("[", "\\[");

    /// <summary><c>{n1..n2}</c>: any whole number between the two, as an alternation.</summary>
    private static string? NumericRange(string inner)
    {
        var dots = inner.IndexOf("..", StringComparison.Ordinal);
        if (dots <= 0) return null;
        if (!int.TryParse(inner.Substring(0, dots), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(inner.Substring(dots + 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var to)) return null;
        if (from > to) (from, to) = (to, from);
        if (to - from > 10000) return null;
        return "(?:" + string.Join("|", Enumerable.Range(from, to - from + 1).Select(n => n.ToString(CultureInfo.InvariantCulture))) + ")";
    }
}

/// <summary>The severities the .editorconfig files set for one corpus file.</summary>
public static class EditorConfigSeverities
{
    /// <summary>
    /// The severity of each catalog ID at <paramref name="path"/> that the configs set: the ID's own key, else its
    /// category's, else all analyzers'; among files the nearest wins, within a file the last section.
    /// </summary>
    public static List<SeverityOverride> For(string path, IEnumerable<EditorConfigFile> configs)
    {
        var applicable = configs.Where(c => path.StartsWith(c.Directory, StringComparison.Ordinal))
            .OrderByDescending(c => c.Directory.Length).ToList();
        var root = applicable.FindIndex(c => c.IsRoot);
        if (root >= 0) applicable = applicable.Take(root + 1).ToList();
        applicable.Reverse();

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var config in applicable)
        {
            foreach (var section in config.Sections)
            {
                if (!config.Matches(section.Glob, path)) continue;
                foreach (var entry in section.Entries) values[entry.Key] = entry.Value;
            }
        }

        var overrides = new List<SeverityOverride>();
        if (values.Count == 0) return overrides;
        foreach (var entry in DiagnosticCatalog.All)
        {
            foreach (var key in new[]
            {
                "dotnet_diagnostic." + entry.Id.ToLowerInvariant() + ".severity",
                "dotnet_analyzer_diagnostic.category-" + entry.Category.ToLowerInvariant() + ".severity",
                "dotnet_analyzer_diagnostic.severity",
            })
            {
                if (values.TryGetValue(key, out var value) && ConfiguredSeverity.IsSet(value))
                {
                    overrides.Add(new SeverityOverride(entry.Id, value));
                    break;
                }
            }
        }
        return overrides;
    }
}
