using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Generator;

/// <summary>
/// Turns the corpus files (AdditionalFiles under the corpus folder) into a typed API. Per-file work is keyed on each
/// file's path and text; the cross-file stage sees only the collected models; source and diagnostics leave on separate
/// outputs so that diagnostics never sit in a cached model. See docs/architecture.md.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => CorpusOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);

        // Whether the consumer's runtime can decode UTF-8 data (see TextData): a bool, so a C# edit stops here.
        var utf8Runtime = context.CompilationProvider
            .Select((compilation, _) => TextDataSupport.Runtime(compilation))
            .WithTrackingName(TrackingNames.Runtime);

        var emitOptions = options
            .Combine(context.ParseOptionsProvider)
            .Combine(utf8Runtime)
            .Select((pair, _) => new EmitOptions(
                pair.Left.Left.Namespace,
                NullableAnnotations: pair.Left.Right is not CSharpParseOptions parse || parse.LanguageVersion >= LanguageVersion.CSharp8,
                Utf8Data: pair.Right && pair.Left.Right is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp11,
                TextInResources: pair.Left.Left.TextInResources))
            .WithTrackingName(TrackingNames.EmitOptions);

        // Only what decides which files are read, and how, meets the files: a new namespace must not re-read the corpus.
        var readOptions = options
            .Select((value, _) => new ReadOptions(value.RootDirectory, value.MaxFileSize))
            .WithTrackingName(TrackingNames.ReadOptions);

        var extracted = context.AdditionalTextsProvider
            .Combine(readOptions)
            .SelectMany((pair, cancellationToken) => CorpusFile.ReadAll(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CorpusFiles)
            .Select((file, cancellationToken) => Extract(file, cancellationToken))
            .WithTrackingName(TrackingNames.Extraction);

        var lexicon = context.AdditionalTextsProvider
            .Combine(readOptions)
            .Select((pair, cancellationToken) => LexiconFile.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.LexiconFiles)
            .Where(file => file is not null)
            .Collect()
            .Select((files, _) => files.OrderBy(f => f!.Path, StringComparer.Ordinal).FirstOrDefault() ?? LexiconFile.Empty)
            .WithTrackingName(TrackingNames.Lexicon);

        // The cross-file link (docs/architecture.md, "The link, step by step"). Entities are linked from each article's
        // names and quotes, facts gathered from its statements and dates, each with handles for places (LinkShapes), so
        // that an edit which moves text but changes neither leaves both steps cached, and a new statement links no
        // entity. Facts are gathered in buckets of statements that can only join each other, and the cache (kept for
        // this pipeline, checked by value) holds the last run's, so an edit gathers its own buckets again. The last step
        // puts the articles and their places back (placing again only the entities of files whose places moved), and
        // pairs articles by shared text, which any edit of text changes.
        var nameShapes = extracted
            .Select((file, _) => LinkShapes.OfNames(file.Article))
            .WithTrackingName(TrackingNames.NameShapes);

        var statementShapes = extracted
            .Select((file, _) => LinkShapes.OfStatements(file.Article))
            .WithTrackingName(TrackingNames.StatementShapes);

        var entityLinks = nameShapes
            .Collect()
            .Combine(lexicon)
            .Select((pair, _) => ArticleLinker.LinkEntities(ArticleLinker.Identify(pair.Left).Articles, pair.Right.Lexicon))
            .WithTrackingName(TrackingNames.EntityLinks);

        var factBuckets = new FactBucketCache();
        var factLinks = statementShapes
            .Collect()
            .Select((all, _) => ArticleLinker.GatherFacts(ArticleLinker.Identify(all).Articles, factBuckets))
            .WithTrackingName(TrackingNames.FactLinks);

        var places = extracted
            .Select((file, _) => new FilePlaces(file.Article.File, LinkShapes.Places(file.Article)))
            .WithTrackingName(TrackingNames.Places);

        var placedEntities = new PlacedEntityCache();
        var corpus = extracted
            .Collect()
            .Combine(places.Collect())
            .Combine(entityLinks)
            .Combine(factLinks)
            .Select((pair, _) => ArticleLinker.Place(
                ArticleLinker.Ordered(pair.Left.Left.Left.Select(f => f.Article)), pair.Left.Right, pair.Right,
                places: FilePlaces.ByFile(pair.Left.Left.Right), placedEntities: placedEntities))
            .WithTrackingName(TrackingNames.Corpus);

        var paths = extracted
            .Select((file, _) => new FilePath(file.Article.File, file.Path))
            .Collect()
            .Select((all, _) => all.OrderBy(p => p.Relative, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.FilePaths);

        // The severities .editorconfig files set for corpus files: Roslyn applies them only to C# files (see EditorConfigFile).
        var editorConfigs = context.AdditionalTextsProvider
            .Select((file, cancellationToken) => EditorConfigFile.Read(file.Path, IsEditorConfig(file.Path) ? file.GetText(cancellationToken)?.ToString() : null))
            .WithTrackingName(TrackingNames.EditorConfigs)
            .Where(config => config is not null)
            .Collect();

        var severities = paths
            .Combine(lexicon)
            .Combine(editorConfigs)
            .Select((pair, _) => SeverityMap.From(
                pair.Left.Left.Select(p => p.Full).Concat(pair.Left.Right.Path.Length > 0 ? new[] { pair.Left.Right.Path } : Array.Empty<string>()),
                pair.Right.Select(c => c!).ToList()))
            .WithTrackingName(TrackingNames.Severities);

        // The help links' page (CorpusSdkHelpLinkBase): a string, so only a change of it reports the findings again.
        var helpPage = options.Select((value, _) => value.HelpPage);
        var reporting = severities.Combine(helpPage);

        context.RegisterSourceOutput(lexicon.Combine(reporting), static (spc, pair) =>
            Report(spc, pair.Left.Lexicon.Problems, pair.Right, _ => pair.Left.Path));

        var articleSources = corpus
            .Combine(emitOptions)
            .SelectMany((pair, _) => pair.Left.Articles.Select(article => new ArticleSource(pair.Right, ForEmit(article))))
            .WithTrackingName(TrackingNames.ArticleSources);

        // Shards are cut from the collected per-article items, so a shard whose articles' emit models did not change stays
        // cached; each shard is one file (members, hover text and data) so that an edit re-emits the shard it is in.
        var shards = articleSources
            .Collect()
            .SelectMany((all, _) => ArticleShards.Split(all))
            .WithTrackingName(TrackingNames.ArticleShards);

        var index = corpus
            .Combine(emitOptions)
            .Select((pair, _) => new ArticleIndex(pair.Right, pair.Left.Articles.Select(a => a.Id).ToEquatableArray()))
            .WithTrackingName(TrackingNames.ArticleIndex);

        // Entities and facts are emitted in parts (see EntityEmitter.Parts) and a list per class, so that an edit that
        // changes one entity or fact re-emits the part it is in, and the list only when the set of members changes.
        var entities = corpus
            .Combine(emitOptions)
            .SelectMany((pair, _) => EntityEmitter.Classes.SelectMany(c => EntityEmitter.Parts(pair.Right, c.Kind, pair.Left.Entities.Where(e => e.Kind == c.Kind).ToList())))
            .WithTrackingName(TrackingNames.Entities);

        var entityLists = corpus
            .Combine(emitOptions)
            .SelectMany((pair, _) => EntityEmitter.Classes.Select(c => new EntityList(pair.Right, c.Kind, pair.Left.Entities.Where(e => e.Kind == c.Kind).Select(e => e.Identifier).ToEquatableArray())))
            .WithTrackingName(TrackingNames.EntityLists);

        var facts = corpus
            .Combine(emitOptions)
            .SelectMany((pair, _) => FactEmitter.Parts(pair.Right, pair.Left.Facts))
            .WithTrackingName(TrackingNames.Facts);

        var factList = corpus
            .Combine(emitOptions)
            .Select((pair, _) => new FactList(pair.Right, pair.Left.Facts.Select(f => f.Identifier).ToEquatableArray()))
            .WithTrackingName(TrackingNames.FactList);

        var stories = corpus
            .Combine(emitOptions)
            .Select((pair, _) => StoryEmitter.List(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.Stories);

        context.RegisterSourceOutput(entities, static (spc, part) =>
            spc.AddSource(EntityEmitter.PartHintName(part.Kind, part.Part), EntityEmitter.EmitEntityPart(part)));

        context.RegisterSourceOutput(entityLists, static (spc, list) =>
            spc.AddSource(EntityEmitter.HintName(list.Kind), EntityEmitter.EmitEntityList(list)));

        context.RegisterSourceOutput(facts, static (spc, part) =>
            spc.AddSource(FactEmitter.FactPartHintName(part.Part), FactEmitter.EmitFactPart(part)));

        context.RegisterSourceOutput(factList, static (spc, list) =>
            spc.AddSource(FactEmitter.FactsHintName, FactEmitter.EmitFactList(list)));

        context.RegisterSourceOutput(stories, static (spc, list) => spc.AddSource(StoryEmitter.HintName, StoryEmitter.Emit(list)));

        context.RegisterSourceOutput(shards, static (spc, shard) =>
            spc.AddSource(ArticleEmitter.ShardHintName(shard.Index), ArticleEmitter.EmitShard(shard)));

        context.RegisterSourceOutput(index, static (spc, source) =>
        {
            spc.AddSource(ArticleEmitter.IndexHintName, ArticleEmitter.EmitIndex(source));
            spc.AddSource(QuoteEmitter.HintName, QuoteEmitter.EmitIndex(source));
        });

        // Diagnostics: per file from its own model; across files from the corpus model, placed through the files' paths.
        context.RegisterSourceOutput(extracted.Combine(reporting), static (spc, pair) =>
            Report(spc, pair.Left.Article.Diagnostics, pair.Right, _ => pair.Left.Path));

        context.RegisterSourceOutput(corpus.Combine(paths).Combine(reporting), static (spc, pair) =>
        {
            var byRelative = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in pair.Left.Right) byRelative[path.Relative] = path.Full;
            Report(spc, pair.Left.Left.Diagnostics, pair.Right, info => byRelative.TryGetValue(info.File, out var full) ? full : null, byRelative);
        });

        context.RegisterSourceOutput(options, static (spc, value) =>
        {
            if (value.InvalidNamespace is not null)
            {
                spc.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticInfo.Create(
                    DiagnosticCatalog.InvalidConfiguration.Id, string.Empty, SourceSpan.FileStart,
                    "CorpusSdkNamespace '" + value.InvalidNamespace + "' is not a valid C# namespace; '" + value.Namespace + "' is used instead"), null, value.HelpPage));
            }
            if (value.InvalidMaxFileSize is not null)
            {
                spc.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticInfo.Create(
                    DiagnosticCatalog.InvalidConfiguration.Id, string.Empty, SourceSpan.FileStart,
                    "CorpusSdkMaxFileSize '" + value.InvalidMaxFileSize + "' is not a positive number of bytes; "
                    + value.MaxFileSize.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is used instead"), null, value.HelpPage));
            }
        });
    }

    private static bool IsEditorConfig(string path) => CorpusPaths.Normalize(path).EndsWith("/" + EditorConfigFile.FileName, StringComparison.Ordinal);

    /// <summary>Reports findings located through <paramref name="pathOf"/>, at the severity the file's config sets.</summary>
    private static void Report(SourceProductionContext spc, IEnumerable<DiagnosticInfo> findings, (SeverityMap Severities, string? HelpPage) reporting,
        Func<DiagnosticInfo, string?> pathOf, IReadOnlyDictionary<string, string>? fullPaths = null)
    {
        var severityAt = reporting.Severities.Lookup();
        foreach (var info in findings)
        {
            var path = pathOf(info);
            if (DiagnosticFactory.Create(info, path, severityAt(path, info.Id), reporting.HelpPage, fullPaths) is { } diagnostic) spc.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// What an article's shard is made from: the model without the parts the emitter does not write there (body
    /// dates, mentions, fact statements, findings), so that an edit that moves only those does not re-emit the file, and
    /// diagnostics stay off the source path.
    /// </summary>
    private static LinkedArticle ForEmit(LinkedArticle linked) => linked with
    {
        Article = linked.Article with
        {
            Dates = EquatableArray<DateMention>.Empty,
            Mentions = EquatableArray<MentionModel>.Empty,
            Facts = EquatableArray<FactMention>.Empty,
            Diagnostics = EquatableArray<DiagnosticInfo>.Empty,
        },
        MentionEntities = EquatableArray<string>.Empty,
    };

    private static ExtractedFile Extract(CorpusFile file, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var article = file.Size > 0 ? ArticleExtractor.TooLarge(file.RelativePath, file.Size, file.MaxFileSize)
                : file.Text is null ? ArticleExtractor.Unreadable(file.RelativePath, SourceSpan.FileStart, file.Problem ?? "the compiler could not read it")
                : ArticleExtractor.Extract(file.RelativePath, file.Text, cancellationToken);
            return new ExtractedFile(file.Path, article);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in the extraction must not take the user's build down with it (CS8785 drops every generated file):
            // the file is reported as unreadable, with the reason, and the rest of the corpus is still generated.
            return new ExtractedFile(file.Path, ArticleExtractor.Unreadable(
                file.RelativePath, SourceSpan.FileStart, "the extraction failed (" + e.GetType().Name + ": " + e.Message + ")"));
        }
    }
}

/// <summary>A corpus file's path in the corpus and its full path, to place cross-file diagnostics.</summary>
internal sealed record FilePath(string Relative, string Full);

/// <summary>A corpus file's places, which the handles of its shapes stand for (see LinkShapes).</summary>
internal sealed record FilePlaces(string File, ArticlePlaces Places)
{
    public static IReadOnlyDictionary<string, ArticlePlaces> ByFile(IEnumerable<FilePlaces> all)
    {
        var byFile = new Dictionary<string, ArticlePlaces>(StringComparer.Ordinal);
        foreach (var file in all) byFile[file.File] = file.Places;
        return byFile;
    }
}
