using System;
using System.IO;

namespace CorpusSdk.Testing.Tests;

/// <summary>A fresh directory under the system temp folder, deleted on dispose, so no test touches the repository.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "CorpusSdk.Testing.Tests", Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
