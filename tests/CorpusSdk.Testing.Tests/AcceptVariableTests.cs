using System;
using System.IO;
using Xunit;

namespace CorpusSdk.Testing.Tests;

// The environment variable is process-wide: these tests must not run while other tests call Verify.
[CollectionDefinition(nameof(AcceptVariableTests), DisableParallelization = true)]
public sealed class AcceptVariableCollection;

[Collection(nameof(AcceptVariableTests))]
public sealed class AcceptVariableTests : IDisposable
{
    readonly TempDirectory dir = new();
    readonly string? original = Environment.GetEnvironmentVariable(Snapshot.AcceptVariable);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, original);
        dir.Dispose();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void Set_variable_accepts_the_output(string value)
    {
        Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, value);

        Snapshot.Verify(dir.Path, "Accept", [new SnapshotFile("A.cs", "class A { }\n")]);

        Assert.Equal("class A { }\n", File.ReadAllText(dir.File("Accept.A.verified.cs")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("false")]
    public void Unset_or_other_value_compares(string? value)
    {
        Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, value);

        Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify(dir.Path, "Accept", [new SnapshotFile("A.cs", "class A { }\n")]));
        Assert.False(File.Exists(dir.File("Accept.A.verified.cs")));
    }
}
