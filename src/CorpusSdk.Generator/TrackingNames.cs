namespace CorpusSdk.Generator;

/// <summary>
/// The names of the generator's pipeline steps, in one place: tests read the driver's run results by these names to
/// assert which steps ran, were cached or were left unchanged.
/// </summary>
public static class TrackingNames
{
    /// <summary>Across files: the stories with their facts' ids, for <c>Stories.g.cs</c>.</summary>
    public const string Stories = nameof(Stories);

    /// <summary>The MSBuild options, reduced to a small equatable record.</summary>
    public const string Options = nameof(Options);

    /// <summary>The options files are read under (corpus folder, size limit): a namespace change does not reach the files.</summary>
    public const string ReadOptions = nameof(ReadOptions);

    /// <summary>Whether the consumer's runtime decodes UTF-8 data (ReadOnlySpan&lt;byte&gt;, Encoding.GetString of a span).</summary>
    public const string Runtime = nameof(Runtime);

    /// <summary>The options the emitted code depends on (namespace, whether the consumer's C# knows #nullable).</summary>
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>Each corpus file's path relative to the corpus and its full path, to place cross-file diagnostics.</summary>
    public const string FilePaths = nameof(FilePaths);

    /// <summary>Each additional file matched against the corpus root and read: its path and text, or nothing.</summary>
    public const string CorpusFiles = nameof(CorpusFiles);

    /// <summary>Each additional file matched against the corpus lexicon's path and read: the lexicon, or nothing.</summary>
    public const string LexiconFiles = nameof(LexiconFiles);

    /// <summary>The corpus lexicon (empty when the corpus has none).</summary>
    public const string Lexicon = nameof(Lexicon);

    /// <summary>Per file: Read through Segment. Runs again only for a file whose path or text changed.</summary>
    public const string Extraction = nameof(Extraction);

    /// <summary>Per file: what entity linking reads of the article (names, quotes), with handles for places (see LinkShapes).</summary>
    public const string NameShapes = nameof(NameShapes);

    /// <summary>Per file: what fact gathering reads of the article (statements, dates), with handles for places.</summary>
    public const string StatementShapes = nameof(StatementShapes);

    /// <summary>Per file: the places the handles of its shapes stand for.</summary>
    public const string Places = nameof(Places);

    /// <summary>Across files: the entities (and their CORPUS005), and the checks on them alone (CORPUS203, 204). Cached while no name shape changes.</summary>
    public const string EntityLinks = nameof(EntityLinks);

    /// <summary>
    /// Across files: the facts, the dates they infer, the checks on them alone (CORPUS103, 201, 202). Cached while no
    /// statement shape changes; when one does, only the buckets of statements it changed are gathered again (FactBucketCache).
    /// </summary>
    public const string FactLinks = nameof(FactLinks);

    /// <summary>
    /// Across files, on the collected models only: the articles with their entities, places put back for the handles, and
    /// the checks that need the text or more than one part (CORPUS205, 206). Runs on any edit of an article.
    /// </summary>
    public const string Corpus = nameof(Corpus);

    /// <summary>Per article: what its shard writes of it (namespace, identifier, model without the parts no file shows).</summary>
    public const string ArticleSources = nameof(ArticleSources);

    /// <summary>Per shard: the articles whose members and data one <c>Articles.__Data&lt;N&gt;.g.cs</c> holds (see docs/architecture.md).</summary>
    public const string ArticleShards = nameof(ArticleShards);

    /// <summary>The list of identifiers behind <c>Articles.All</c>.</summary>
    public const string ArticleIndex = nameof(ArticleIndex);

    /// <summary>Each additional file read as an .editorconfig (its severity sections), or nothing.</summary>
    public const string EditorConfigs = nameof(EditorConfigs);

    /// <summary>The severities the .editorconfig files set for the corpus files, which their diagnostics are reported at.</summary>
    public const string Severities = nameof(Severities);

    /// <summary>Per part of <c>People</c>, <c>Organizations</c> or <c>Places</c>: the entities whose members and data it holds.</summary>
    public const string Entities = nameof(Entities);

    /// <summary>Per kind of entity: the identifiers behind <c>All</c>.</summary>
    public const string EntityLists = nameof(EntityLists);

    /// <summary>Per part of <c>Facts</c>: the facts whose members and data it holds.</summary>
    public const string Facts = nameof(Facts);

    /// <summary>The identifiers behind <c>Facts.All</c>.</summary>
    public const string FactList = nameof(FactList);
}
