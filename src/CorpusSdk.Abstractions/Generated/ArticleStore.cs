using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace CorpusSdk.Generated;

/// <summary>
/// The articles of a generated corpus, kept as data and decoded on first use. Used by generated code only.
/// </summary>
/// <remarks>
/// <para>Why data and not code: an article built by generated code (<c>new Article(…)</c> in a static initializer) is
/// code the runtime must compile before it runs, and at 10,000 articles compiling those initializers costs more than
/// the articles are worth. So the generator writes each article as a record (<see cref="ArticleRecordReader"/>) in one
/// of a few shards, and this one reader, compiled once, decodes them.</para>
/// <para>An article belongs to shard <c>hash &amp; (shardCount - 1)</c>, where the hash is the one the generator gives
/// it and the shard count is a power of two. A shard is decoded once, whoever asks first, and every reader gets the same
/// <see cref="Article"/> instances, from <see cref="All"/> or <see cref="Get"/>.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleStore
{
    private readonly Func<int, string> _shardText;
    private readonly Func<string, int, uint, string>? _fileText;
    private readonly Article[]?[] _shards;
    private IReadOnlyList<Article>? _all;

    /// <summary>Creates the store of a corpus.</summary>
    /// <param name="shardCount">The number of shards, a power of two.</param>
    /// <param name="shardText">The text of a shard (<see cref="ArticleRecordReader"/>); empty for a shard with no article.</param>
    /// <param name="fileText">The text of a corpus file, for records that hold slices of it (<see cref="CorpusFileText.In"/>).</param>
    public ArticleStore(int shardCount, Func<int, string> shardText, Func<string, int, uint, string>? fileText = null)
    {
        _fileText = fileText;
        if (shardCount <= 0 || (shardCount & (shardCount - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(shardCount), "a power of two expected");
        _shardText = shardText ?? throw new ArgumentNullException(nameof(shardText));
        _shards = new Article[]?[shardCount];
    }

    /// <summary>Every article, in the ordinal order of their files.</summary>
    public IReadOnlyList<Article> All => Volatile.Read(ref _all) ?? LoadAll();

    /// <summary>The article with <paramref name="id"/>, found in the shard its <paramref name="hash"/> names.</summary>
    /// <exception cref="InvalidOperationException">No article has that id (generated code out of step with itself).</exception>
    public Article Get(string id, uint hash)
    {
        foreach (var article in Shard((int)(hash & (uint)(_shards.Length - 1))))
        {
            if (string.Equals(article.Id, id, StringComparison.Ordinal)) return article;
        }
        throw new InvalidOperationException("The generated corpus data has no article '" + id + "'.");
    }

    private IReadOnlyList<Article> LoadAll()
    {
        var all = new List<Article>();
        for (var i = 0; i < _shards.Length; i++) all.AddRange(Shard(i));
        all.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        var list = all.AsReadOnly();
        return Interlocked.CompareExchange(ref _all, list, null) ?? list;
    }

    /// <summary>A shard's articles: decoded by the first caller; a caller that lost the race takes the winner's.</summary>
    private Article[] Shard(int index)
    {
        if (Volatile.Read(ref _shards[index]) is { } decoded) return decoded;
        var text = _shardText(index);
        var articles = string.IsNullOrEmpty(text) ? Array.Empty<Article>() : ArticleRecordReader.ReadShard(text, _fileText);
        return Interlocked.CompareExchange(ref _shards[index], articles, null) ?? articles;
    }
}
