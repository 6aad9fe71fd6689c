namespace CorpusSdk.Testing;

/// <summary>One generated source to compare with its verified snapshot.</summary>
/// <param name="HintName">The generator's hint name, e.g. <c>Articles.g.cs</c>; it names the snapshot file.</param>
/// <param name="Source">The generated text. Line ends do not matter: they are normalized to <c>\n</c>.</param>
public sealed record SnapshotFile(string HintName, string Source);
