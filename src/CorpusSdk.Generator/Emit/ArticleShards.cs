using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Which generated file holds an article's data (and, by the same hash and count, which part of <c>People</c>,
/// <c>Facts</c>, … holds an entity or a fact: see <see cref="EntityEmitter.Parts(EmitOptions, string, IReadOnlyList{EntityModel})"/>).
/// Articles are spread over a power-of-two number of shards by a hash of their id, not by their position, so that
/// adding or removing an article changes one shard, and editing an article re-emits its shard only. The runtime (<c>ArticleStore</c>) finds an article's shard from the
/// hash its accessor passes and the shard count <c>Articles.g.cs</c> gives: only this class computes either.
/// </summary>
internal static class ArticleShards
{
    /// <summary>
    /// About this many articles (at most twice as many, on average) go in a shard: a shard is decoded whole on first use
    /// and re-emitted whole when one of its articles changes, so it stays small; but each shard is a method the runtime
    /// compiles, so there are not many.
    /// </summary>
    public const int ArticlesPerShard = 64;

    /// <summary>The smallest power of two that keeps shards at <see cref="ArticlesPerShard"/> articles or fewer on average.</summary>
    public static int Count(int articles)
    {
        var count = 1;
        while (count < (1 << 24) && (long)count * ArticlesPerShard < articles) count *= 2;
        return count;
    }

    /// <summary>The id's <see cref="StableHash"/>: the same across runs, machines and .NET versions.</summary>
    public static uint Hash(string id) => StableHash.Of(id);

    public static int Of(string id, int shardCount) => (int)(Hash(id) & (uint)(shardCount - 1));

    /// <summary>The non-empty shards of the articles, in shard order, each with its articles in corpus order.</summary>
    public static IEnumerable<ArticleShard> Split(IReadOnlyList<ArticleSource> articles) =>
        articles.Count == 0 ? Enumerable.Empty<ArticleShard>()
            : Group(articles.Select(a => a.Article).ToList(), a => a.Id).Select(shard => new ArticleShard(articles[0].Options, shard.Index, shard.Items));

    /// <summary>
    /// Items (articles, entities, facts) in the shards their identifiers' hashes name, for as many items: the non-empty
    /// shards in order, each with its items in the order given.
    /// </summary>
    public static IEnumerable<(int Index, EquatableArray<T> Items)> Group<T>(IReadOnlyList<T> items, Func<T, string> identifier)
        where T : IEquatable<T>
    {
        var count = Count(items.Count);
        return items.GroupBy(item => Of(identifier(item), count)).OrderBy(g => g.Key).Select(g => (g.Key, g.ToEquatableArray()));
    }

    /// <summary>The shards a corpus of <paramref name="ids"/> has articles in, in order.</summary>
    public static IEnumerable<int> Used(IReadOnlyCollection<string> ids)
    {
        var count = Count(ids.Count);
        return ids.Select(id => Of(id, count)).Distinct().OrderBy(i => i);
    }
}
