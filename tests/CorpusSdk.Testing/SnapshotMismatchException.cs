using System;

namespace CorpusSdk.Testing;

/// <summary>
/// Generated output differs from its verified snapshots (changed, missing or stale files). The message lists every
/// problem of one <see cref="Snapshot.Verify(string, string, System.Collections.Generic.IEnumerable{SnapshotFile})"/>
/// call with a diff and says how to accept the new output; test runners show it as the failure text.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public SnapshotMismatchException() { }

    /// <summary>Creates the exception with the report as its message.</summary>
    public SnapshotMismatchException(string message) : base(message) { }

    /// <summary>Creates the exception with the report as its message and the error that caused it.</summary>
    public SnapshotMismatchException(string message, Exception innerException) : base(message, innerException) { }
}
