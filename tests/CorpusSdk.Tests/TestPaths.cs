using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CorpusSdk.Tests;

/// <summary>Folders of the repository the tests read, located through metadata the project file writes into this assembly.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("RepositoryRoot metadata missing"));

    /// <summary>The repository's corpus/: the five seed articles.</summary>
    public static string Corpus => Path.Combine(RepositoryRoot, "corpus");
}
