using System;
using System.Collections.Generic;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// The buckets of statements the last run gathered, by value, with what they gathered into: the generator's facts step
/// gathers again only the buckets that are not equal to one of the last run's (an edit changes the buckets its own
/// statements are in). Gathering a bucket is a function of the bucket alone (<see cref="FactGatherer.GatherBucket"/>),
/// so a result found here is the result gathering would give.
/// The buckets are not steps of the pipeline because Roslyn's step tracking (which tests and tools turn on) walks every
/// path from an output back to the inputs without remembering the steps it has seen, and 256 bucket steps fed by the
/// whole corpus make those paths 256 times as many.
/// </summary>
public sealed class FactBucketCache
{
    private readonly LastRunResults<FactBucket, FactBucketGroups> _results = new(SameStatements.Instance);

    /// <summary>How many buckets the last call gathered rather than found (for tests and measurements).</summary>
    public int LastGathered => _results.LastComputed;

    /// <summary>Each bucket's groups: the last run's when the bucket is equal to one it had, else gathered now.</summary>
    public IReadOnlyList<FactBucketGroups> Gather(IReadOnlyList<FactBucket> buckets, Func<FactBucket, FactBucketGroups> gather) =>
        _results.Map(buckets, gather);

    /// <summary>
    /// Buckets compared by value, and hashed by what tells statements apart cheaply (article, number, subject, value)
    /// rather than by their sentences and words, which a whole-bucket hash would read on every run.
    /// </summary>
    private sealed class SameStatements : IEqualityComparer<FactBucket>
    {
        public static readonly SameStatements Instance = new();

        public bool Equals(FactBucket? x, FactBucket? y) => EqualityComparer<FactBucket?>.Default.Equals(x, y);

        public int GetHashCode(FactBucket bucket)
        {
            unchecked
            {
                var hash = bucket.Index * 31 + bucket.Statements.Count;
                foreach (var statement in bucket.Statements)
                {
                    hash = (hash * 31 + statement.Article) * 31 + statement.Number;
                    hash = (hash * 31 + StringComparer.Ordinal.GetHashCode(statement.Mention.SubjectKey)) * 31
                        + (statement.Mention.Value is { } value ? StringComparer.Ordinal.GetHashCode(value) : 0);
                }
                return hash;
            }
        }
    }
}
