using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Testing;

/// <summary>
/// Snapshot testing for generated sources with Verify's file conventions: each output is compared with
/// <c>&lt;directory&gt;/&lt;testName&gt;.&lt;hint&gt;.verified.cs</c>, and a differing output is written next to it
/// as <c>.received.cs</c>. Kept deliberately small so it can be replaced by Verify.SourceGenerators later without
/// renaming any snapshot.
/// </summary>
public static class Snapshot
{
    /// <summary>
    /// Environment variable that accepts received output as the new verified snapshots:
    /// <c>CORPUSSDK_ACCEPT_SNAPSHOTS=1</c> (or <c>true</c>).
    /// </summary>
    public const string AcceptVariable = "CORPUSSDK_ACCEPT_SNAPSHOTS";

    /// <summary>Key of the <see cref="AssemblyMetadataAttribute"/> that <see cref="DirectoryOf"/> reads.</summary>
    public const string DirectoryMetadataKey = "SnapshotDirectory";

    const string VerifiedSuffix = ".verified.cs";
    const string ReceivedSuffix = ".received.cs";

    // Verify's own convention, and a BOM would show up as a spurious change in reviews of snapshot diffs.
    static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Characters that are invalid in a file name on some OS. A fixed set (not Path.GetInvalidFileNameChars, which
    // differs per OS) so that a name accepted on a Linux CI machine also works on a Windows developer machine.
    static readonly char[] InvalidNameChars = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>
    /// Compares each file with <c>&lt;directory&gt;/&lt;testName&gt;.&lt;hint&gt;.verified.cs</c>, where
    /// <c>&lt;hint&gt;</c> is the hint name without a trailing <c>.cs</c>. Accepts the output instead when the
    /// <see cref="AcceptVariable"/> environment variable is <c>1</c> or <c>true</c>.
    /// </summary>
    /// <exception cref="SnapshotMismatchException">An output differs from, or has no, verified snapshot, or a
    /// verified snapshot of this test matches no output any more.</exception>
    public static void Verify(string directory, string testName, IEnumerable<SnapshotFile> files) =>
        Verify(directory, testName, files, AcceptFromEnvironment());

    /// <summary>
    /// Like <see cref="Verify(string, string, IEnumerable{SnapshotFile})"/>, with an explicit accept flag instead of
    /// the environment variable. With <paramref name="accept"/> the verified files of this test are rewritten to
    /// match the output (stale ones deleted) and the call passes.
    /// </summary>
    public static void Verify(string directory, string testName, IEnumerable<SnapshotFile> files, bool accept)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(files);
        CheckTestName(testName);
        SortedDictionary<string, string> outputs = ByStem(files);

        // Full paths in the report, so a failure message can be followed whatever the runner's working directory.
        directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(directory);

        // A received file only ever describes the latest run, so a run first clears those its predecessors left.
        foreach (string received in FilesOfTest(directory, testName, ReceivedSuffix))
        {
            File.Delete(received);
        }

        var expectedNames = outputs.Keys.Select(stem => FileName(testName, stem, VerifiedSuffix)).ToHashSet(StringComparer.Ordinal);
        var stale = FilesOfTest(directory, testName, VerifiedSuffix)
            .Where(path => !expectedNames.Contains(Path.GetFileName(path)))
            .ToList();
        if (accept)
        {
            // Deleted before the writes below: on a case-insensitive file system a stale "t.articles.verified.cs"
            // would otherwise be overwritten in place, keep its old casing, and then be deleted as stale.
            stale.ForEach(File.Delete);
            stale.Clear();
        }

        var report = new StringBuilder();
        int problems = 0;
        foreach ((string stem, string source) in outputs)
        {
            string verifiedPath = Path.Combine(directory, FileName(testName, stem, VerifiedSuffix));
            string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Utf8NoBom)) : null;
            if (string.Equals(verified, source, StringComparison.Ordinal))
            {
                continue;
            }
            if (accept)
            {
                File.WriteAllText(verifiedPath, source, Utf8NoBom);
                continue;
            }

            string receivedPath = Path.Combine(directory, FileName(testName, stem, ReceivedSuffix));
            File.WriteAllText(receivedPath, source, Utf8NoBom);
            problems++;
            report.Append(verified is null ? "[missing snapshot] " : "[changed] ").Append(verifiedPath).Append('\n');
            if (verified is null)
            {
                report.Append("  No verified file yet; this is new output.\n");
            }
            report.Append("  received: ").Append(receivedPath).Append('\n');
            report.Append(SnapshotDiff.Render(verified ?? "", source, indent: "  ")).Append('\n');
        }

        foreach (string path in stale)
        {
            problems++;
            report.Append("[stale snapshot] ").Append(path).Append('\n');
            report.Append("  No generated source matches this verified file any more.\n\n");
        }

        if (problems > 0)
        {
            throw new SnapshotMismatchException(
                $"{problems} snapshot problem(s) for test '{testName}' in {directory}\n" +
                "(- verified, + received)\n\n" +
                report +
                $"To accept the new output: set {AcceptVariable}=1 and re-run the tests (this writes the verified files " +
                "and deletes stale ones), or, after reading the diff, rename each .received.cs file to .verified.cs " +
                "and delete the stale ones.");
        }
    }

    /// <summary>
    /// Verifies every generated source of <paramref name="result"/> (all generators), ordered by hint name.
    /// Accepts instead when the <see cref="AcceptVariable"/> environment variable is set.
    /// </summary>
    public static void Verify(string directory, string testName, GeneratorDriverRunResult result) =>
        Verify(directory, testName, result, AcceptFromEnvironment());

    /// <summary>Verifies every generated source of <paramref name="result"/> with an explicit accept flag.</summary>
    /// <exception cref="InvalidOperationException">A generator threw.</exception>
    public static void Verify(string directory, string testName, GeneratorDriverRunResult result, bool accept)
    {
        ArgumentNullException.ThrowIfNull(result);

        // A generator that threw produced no sources. Comparing would report its snapshots as stale, and accepting
        // would delete them, so the crash itself is the failure.
        Exception[] crashes = result.Results.Select(r => r.Exception).OfType<Exception>().ToArray();
        if (crashes.Length > 0)
        {
            throw new InvalidOperationException(
                $"A generator threw, so its output was not compared with snapshots: {crashes[0].Message}",
                crashes.Length == 1 ? crashes[0] : new AggregateException(crashes));
        }

        IEnumerable<SnapshotFile> files = result.Results
            .SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => new SnapshotFile(s.HintName, s.SourceText.ToString()));
        Verify(directory, testName, files, accept);
    }

    /// <summary>
    /// The snapshot directory of a test assembly, from its <c>[AssemblyMetadata("SnapshotDirectory", ...)]</c>
    /// attribute. The test project sets it in its csproj:
    /// <c>&lt;ItemGroup&gt;&lt;AssemblyMetadata Include="SnapshotDirectory" Value="$(MSBuildProjectDirectory)/Snapshots" /&gt;&lt;/ItemGroup&gt;</c>.
    /// MSBuild bakes in the real path, which stays correct when deterministic CI builds map source paths (which
    /// breaks <c>[CallerFilePath]</c>) and whatever the working directory of the test run is.
    /// </summary>
    /// <exception cref="InvalidOperationException">The attribute is missing, repeated, or not an absolute path.</exception>
    public static string DirectoryOf(Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        string[] values = testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => string.Equals(a.Key, DirectoryMetadataKey, StringComparison.Ordinal))
            .Select(a => a.Value ?? "")
            .ToArray();
        string how = $"Add to the test project: <ItemGroup><AssemblyMetadata Include=\"{DirectoryMetadataKey}\" " +
            "Value=\"$(MSBuildProjectDirectory)/Snapshots\" /></ItemGroup>";
        if (values.Length != 1)
        {
            throw new InvalidOperationException(
                $"Test assembly '{testAssembly.GetName().Name}' has {values.Length} [AssemblyMetadata(\"{DirectoryMetadataKey}\", ...)] " +
                $"attributes; it needs exactly one. {how}");
        }
        // A relative path would depend on the working directory of the test runner.
        if (!Path.IsPathFullyQualified(values[0]))
        {
            throw new InvalidOperationException(
                $"The {DirectoryMetadataKey} metadata of test assembly '{testAssembly.GetName().Name}' is '{values[0]}', " +
                $"not an absolute path. {how}");
        }
        return Path.GetFullPath(values[0]);
    }

    static bool AcceptFromEnvironment()
    {
        string value = (Environment.GetEnvironmentVariable(AcceptVariable) ?? "").Trim();
        return value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
    }

    // Outputs keyed by file-name stem, in ordinal order so that files are compared and reported deterministically.
    static SortedDictionary<string, string> ByStem(IEnumerable<SnapshotFile> files)
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // Case-insensitive, as Roslyn compares hint names: two stems differing only in case would be one file on
        // Windows and macOS.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (SnapshotFile file in files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(files));
            ArgumentNullException.ThrowIfNull(file.HintName, nameof(files));
            ArgumentNullException.ThrowIfNull(file.Source, nameof(files));
            string stem = Stem(file.HintName);
            if (!seen.Add(stem))
            {
                throw new ArgumentException($"Two outputs map to the same snapshot file stem '{stem}' (hint '{file.HintName}').", nameof(files));
            }
            outputs.Add(stem, Normalize(file.Source));
        }
        return outputs;
    }

    // "Articles.g.cs" -> "Articles.g". Roslyn appends ".cs" to hint names case-insensitively, so it is removed that way.
    static string Stem(string hintName)
    {
        string stem = hintName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? hintName[..^3] : hintName;
        if (stem.Length == 0 || stem.IndexOfAny(InvalidNameChars) >= 0 || stem.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"Hint name '{hintName}' cannot name a snapshot file: it must be non-empty and contain no path separators or {new string(InvalidNameChars)}.",
                "files");
        }
        return stem;
    }

    static void CheckTestName(string testName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(testName);
        // No '.': the test name is everything before the first '.' of a snapshot file name. With a dotted name,
        // test "A" would claim the files of test "A.B" as its stale snapshots and delete them on accept.
        if (testName.Contains('.', StringComparison.Ordinal) || testName.IndexOfAny(InvalidNameChars) >= 0 || testName.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"Test name '{testName}' must contain no '.', path separators or {new string(InvalidNameChars)}; use e.g. nameof(TestMethod).",
                nameof(testName));
        }
    }

    static string FileName(string testName, string stem, string suffix) => $"{testName}.{stem}{suffix}";

    // The files "<testName>.*<suffix>" of one test. Matched ordinally here rather than with an OS search pattern,
    // which is case-insensitive on Windows: the same files must belong to a test on every machine.
    static IEnumerable<string> FilesOfTest(string directory, string testName, string suffix) =>
        Directory.EnumerateFiles(directory)
            .Where(path =>
            {
                string name = Path.GetFileName(path);
                return name.StartsWith(testName + ".", StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal);
            })
            .Order(StringComparer.Ordinal)
            .ToList();

    // Only CR LF and lone CR: string.ReplaceLineEndings would also rewrite U+2028, U+0085 and form feeds, which may be
    // content (for example in string literals built from corpus text).
    static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
