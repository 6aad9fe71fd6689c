using System;
using System.Collections;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Normalize;

/// <summary>
/// A word list that can be read and not changed: the lexicons' sets live in an assembly the compiler loads once per
/// process and shares between builds, so no caller may add to or remove from one. Ordinal, like every lookup of folded
/// words.
/// </summary>
internal sealed class WordSet : IReadOnlyCollection<string>
{
    private readonly HashSet<string> _words;

    public WordSet(IEnumerable<string> words) => _words = new HashSet<string>(words, StringComparer.Ordinal);

    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word);

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
