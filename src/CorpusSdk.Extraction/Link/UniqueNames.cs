using System;
using System.Collections.Generic;
using System.Globalization;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// Names handed out so far in one namespace (article identifiers, entity ids, fact ids, the members of one class), and
/// the rule every one of them follows for a name already taken: the first of the stem followed by 2, 3, … that is free.
/// </summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _taken;

    /// <summary>Per stem, the number to try next: those before it were taken and stay taken, so a stem that a thousand
    /// facts want is named in linear time.</summary>
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    /// <param name="comparer">How names compare (ignoring case where generated file names must differ on case-insensitive file systems).</param>
    /// <param name="reserved">Names taken from the start.</param>
    public UniqueNames(IEqualityComparer<string> comparer, IEnumerable<string>? reserved = null) =>
        _taken = reserved is null ? new HashSet<string>(comparer) : new HashSet<string>(reserved, comparer);

    public bool Contains(string name) => _taken.Contains(name);

    /// <summary><paramref name="name"/> if it is free, else the first of <paramref name="stem"/> followed by 2, 3, … that is; taken as it is handed out.</summary>
    public string Take(string name, string stem)
    {
        if (_taken.Add(name)) return name;
        var n = _nextSuffix.TryGetValue(stem, out var next) ? next : 2;
        while (!_taken.Add(name = stem + n.ToString(CultureInfo.InvariantCulture))) n++;
        _nextSuffix[stem] = n + 1;
        return name;
    }
}
