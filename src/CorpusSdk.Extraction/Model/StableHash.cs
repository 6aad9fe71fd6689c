namespace CorpusSdk.Extraction.Model;

/// <summary>
/// A hash of a string that is the same across runs, machines and .NET versions, unlike <c>string.GetHashCode</c>: what
/// spreads items over a fixed number of shards or buckets, so that an item stays in its shard whatever else changes.
/// </summary>
public static class StableHash
{
    /// <summary>FNV-1a over the string's UTF-16 code units.</summary>
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}
