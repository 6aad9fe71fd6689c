using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// A pure function's results from its last run, for a host that runs it again on mostly the same inputs (the generator,
/// on every edit): an input found among the last run's, by the comparer (and still valid, when a check is given), gives
/// the result it gave; the others are worked out. Only the last run's results are kept, so it holds one run's worth.
/// Safe to share between runs on several threads: a run reads the last results and replaces them when it is done.
/// </summary>
public sealed class LastRunResults<TInput, TResult>
    where TInput : notnull
{
    private readonly object _gate = new();
    private readonly IEqualityComparer<TInput> _comparer;
    private Dictionary<TInput, TResult> _last;

    public LastRunResults(IEqualityComparer<TInput> comparer)
    {
        _comparer = comparer;
        _last = new Dictionary<TInput, TResult>(comparer);
    }

    /// <summary>How many inputs the last run worked out rather than found (for tests and measurements).</summary>
    public int LastComputed { get; private set; }

    /// <summary>The result of each input, in order: the last run's when it is found there and still valid, else computed now.</summary>
    public IReadOnlyList<TResult> Map(IReadOnlyList<TInput> inputs, Func<TInput, TResult> compute, Func<TResult, bool>? stillValid = null)
    {
        Dictionary<TInput, TResult> last;
        lock (_gate) last = _last;
        var results = new List<TResult>(inputs.Count);
        var next = new Dictionary<TInput, TResult>(inputs.Count, _comparer);
        var computed = 0;
        foreach (var input in inputs)
        {
            if (!last.TryGetValue(input, out var result) || (stillValid is not null && !stillValid(result)))
            {
                result = compute(input);
                computed++;
            }
            results.Add(result);
            next[input] = result;
        }
        lock (_gate)
        {
            _last = next;
            LastComputed = computed;
        }
        return results;
    }
}
