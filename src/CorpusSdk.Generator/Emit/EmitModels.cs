using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Generator.Emit;

/// <summary>What the generated code as a whole depends on besides the corpus: equatable, so an unchanged value keeps every file cached.</summary>
/// <param name="Namespace">The namespace of the generated code.</param>
/// <param name="NullableAnnotations">Whether the consumer's C# version knows <c>#nullable</c> (C# 8 and later).</param>
/// <param name="Utf8Data">Whether corpus text can be kept as UTF-8 data (<see cref="TextData"/>): C# 11 and a runtime with
/// <c>ReadOnlySpan&lt;byte&gt;</c> and <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>.</param>
/// <param name="TextInResources">Whether the corpus files are embedded as resources, so that article records hold
/// slices of them (offset and length) instead of their text (docs/architecture.md, "Corpus text in resources").</param>
internal sealed record EmitOptions(string Namespace, bool NullableAnnotations, bool Utf8Data = false, bool TextInResources = false);

/// <summary>One article as its shard writes it (member, hover text, data): compared per article, so that a shard is re-emitted only when one of its articles changed.</summary>
internal sealed record ArticleSource(EmitOptions Options, LinkedArticle Article);

/// <summary>Everything one shard of article data (<c>Articles.__Data&lt;N&gt;.g.cs</c>, see <see cref="ArticleShards"/>) is made from.</summary>
internal sealed record ArticleShard(EmitOptions Options, int Index, EquatableArray<LinkedArticle> Articles);

/// <summary>Everything <c>Articles.g.cs</c> is made from: the identifiers in corpus order.</summary>
internal sealed record ArticleIndex(EmitOptions Options, EquatableArray<string> Ids);

/// <summary>Everything one of <c>People.g.cs</c>, <c>Organizations.g.cs</c>, <c>Places.g.cs</c> is made from: the identifiers behind <c>All</c>.</summary>
internal sealed record EntityList(EmitOptions Options, string Kind, EquatableArray<string> Identifiers);

/// <summary>Everything one part of an entity class (<c>People.__Data&lt;N&gt;.g.cs</c>) is made from.</summary>
internal sealed record EntityPart(EmitOptions Options, string Kind, int Part, EquatableArray<EntityModel> Entities);

/// <summary>Everything <c>Facts.g.cs</c> is made from: the identifiers behind <c>All</c>.</summary>
internal sealed record FactList(EmitOptions Options, EquatableArray<string> Identifiers);

/// <summary>Everything one part of <c>Facts</c> (<c>Facts.__Data&lt;N&gt;.g.cs</c>) is made from.</summary>
internal sealed record FactPart(EmitOptions Options, int Part, EquatableArray<FactModel> Facts);

/// <summary>One story as <c>Stories.g.cs</c> writes it: the story and the ids of its facts.</summary>
internal sealed record StoryEmitModel(CorpusStoryModel Story, EquatableArray<string> FactIds);

/// <summary>Everything <c>Stories.g.cs</c> is made from: the stories, small, so one file holds them all.</summary>
internal sealed record StoryList(EmitOptions Options, EquatableArray<StoryEmitModel> Stories);
