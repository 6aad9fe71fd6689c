using System;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using Xunit;

namespace CorpusSdk.Testing.Tests;

public sealed class DirectoryOfTests
{
    [Fact]
    public void Reads_the_SnapshotDirectory_metadata_set_in_the_csproj()
    {
        string directory = Snapshot.DirectoryOf(typeof(DirectoryOfTests).Assembly);

        // The csproj sets $(MSBuildProjectDirectory)/Snapshots.
        Assert.True(Path.IsPathFullyQualified(directory), directory);
        Assert.Equal("Snapshots", Path.GetFileName(directory));
        Assert.Equal("CorpusSdk.Testing.Tests", Path.GetFileName(Path.GetDirectoryName(directory)));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(directory)!, "CorpusSdk.Testing.Tests.csproj")), directory);
    }

    [Fact]
    public void Missing_metadata_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Snapshot.DirectoryOf(typeof(Snapshot).Assembly));

        Assert.Contains("CorpusSdk.Testing", error.Message, StringComparison.Ordinal);
        Assert.Contains("<AssemblyMetadata Include=\"SnapshotDirectory\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_metadata_is_ignored()
    {
        string absolute = Path.Combine(Path.GetTempPath(), "Snapshots");
        Assembly assembly = WithMetadata(("RepositoryUrl", "https://example.invalid/repo"), ("SnapshotDirectory", absolute), ("Zzz", "/other"));

        Assert.Equal(absolute, Snapshot.DirectoryOf(assembly));
    }

    [Fact]
    public void Relative_path_is_rejected_because_it_would_depend_on_the_working_directory()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Snapshot.DirectoryOf(WithMetadata(("SnapshotDirectory", "Snapshots"))));

        Assert.Contains("not an absolute path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_metadata_is_rejected_rather_than_guessing()
    {
        Assembly assembly = WithMetadata(("SnapshotDirectory", Path.GetTempPath()), ("SnapshotDirectory", Path.GetTempPath() + "x"));

        Assert.Throws<InvalidOperationException>(() => Snapshot.DirectoryOf(assembly));
    }

    // An in-memory assembly carrying the given [AssemblyMetadata] attributes, as a csproj would produce them.
    static AssemblyBuilder WithMetadata(params (string Key, string Value)[] metadata)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Metadata" + Guid.NewGuid().ToString("N")), AssemblyBuilderAccess.Run);
        foreach ((string key, string value) in metadata)
        {
            assembly.SetCustomAttribute(new CustomAttributeBuilder(
                typeof(AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!,
                [key, value]));
        }
        return assembly;
    }
}
