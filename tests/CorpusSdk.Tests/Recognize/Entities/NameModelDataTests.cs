using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Tests.Recognize.Entities;

/// <summary>
/// The name tagger's data (Recognize/Entities/Data): the embedded models and gazetteer load, and each committed model
/// was built from the feature and lexicon code and the training files there are now. A model's header records the
/// sha256 of its inputs and of the script (tools/CorpusSdk.Training/Program.cs, Header and ScriptHash); a change to a
/// feature or a lexicon without retraining makes the recorded hash stale, and these tests say to run tools/train-entities.
/// </summary>
public class NameModelDataTests
{
    private const string DataFolder = "src/CorpusSdk.Extraction/Recognize/Entities/Data";

    private static readonly string[] ModelFiles = { "names-en.model", "names-ar.model" };

    /// <summary>The repository: the first folder above the test assembly that holds CorpusSdk.sln.</summary>
    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "CorpusSdk.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? TestPaths.RepositoryRoot;
    }

    /// <summary>../shared beside the repository, where the annotated news and the measuring suites are.</summary>
    private static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string Training => Path.Combine(Shared, "training");

    private static string Suites => Path.Combine(Shared, "conformance", "entities");

    /// <summary>../.mirror beside the repository, where `fetch github:` puts the snapshot WikiFANE Gold is read from.</summary>
    private static string Mirrors => Path.GetFullPath(Path.Combine(Root, "..", ".mirror"));

    /// <summary>The header lines of a committed model file (without the magic line and the "# " of each).</summary>
    private static IReadOnlyList<string> HeaderOf(string modelFile)
    {
        using var stream = File.OpenRead(Path.Combine(Root, DataFolder, modelFile));
        return NameModel.ReadHeader(stream);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>
    /// The script hash as tools/CorpusSdk.Training/Program.cs computes it (ScriptHash): for each file in the order
    /// listed, its path, a NUL, its text read as UTF-8 with CRLF as LF, a NUL; the sha256 of all that as UTF-8.
    /// </summary>
    private static string ScriptHash(IEnumerable<string> files)
    {
        var all = new StringBuilder();
        foreach (var file in files)
        {
            all.Append(file).Append('\0')
                .Append(File.ReadAllText(Path.Combine(Root, file), Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal))
                .Append('\0');
        }
        return Sha256(Encoding.UTF8.GetBytes(all.ToString()));
    }

    [Fact]
    public void Both_embedded_models_and_the_gazetteer_load()
    {
        foreach (var language in new[] { NameLanguage.English, NameLanguage.Arabic })
        {
            var model = NameModel.For(language);
            Assert.NotNull(model);
            Assert.True(model!.FeatureCount > 10000, language + " model has only " + model.FeatureCount + " features");
            Assert.Contains(model.Header, line => line.StartsWith("script sha256 ", StringComparison.Ordinal));
        }
        Assert.True(Gazetteer.Count > 100000, "the gazetteer holds only " + Gazetteer.Count + " entries");
    }

    [Fact]
    public void The_embedded_models_are_the_committed_files()
    {
        foreach (var file in ModelFiles)
        {
            using var resource = NameModel.Resource(file);
            Assert.NotNull(resource);
            using var copy = new MemoryStream();
            resource!.CopyTo(copy);
            Assert.True(copy.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Root, DataFolder, file))),
                file + ": the assembly embeds another file than " + DataFolder + "/" + file);
        }
    }

    [Theory]
    [InlineData("names-en.model")]
    [InlineData("names-ar.model")]
    public void The_script_hash_in_the_models_header_is_that_of_the_features_and_lexicons_now(string modelFile)
    {
        var line = Assert.Single(HeaderOf(modelFile), l => l.StartsWith("script sha256 ", StringComparison.Ordinal));
        // "script sha256 HEX over FILE FILE ..."
        var parts = line.Split(' ');
        Assert.True(parts.Length > 4 && parts[3] == "over", modelFile + ": unexpected script line: " + line);
        var recorded = parts[2];
        var files = parts.Skip(4).ToList();

        // The files the header lists are the ones the trainer hashes now (a file added to its list needs a retraining too).
        var scriptFiles = (string[]?)typeof(CorpusSdk.Training.Program).GetField("ScriptFiles", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);
        Assert.NotNull(scriptFiles);
        Assert.True(scriptFiles!.SequenceEqual(files),
            modelFile + " was built over other script files than tools/CorpusSdk.Training lists now: run tools/train-entities to rebuild the models");

        var now = ScriptHash(files);
        Assert.True(recorded == now,
            $"{modelFile} was trained with other features, lexicons or trainer code than the repository has now (script sha256 "
            + $"recorded {recorded}, now {now}): run tools/train-entities to rebuild the models and commit them with the change");
    }

    [Theory]
    [InlineData("names-en.model")]
    [InlineData("names-ar.model")]
    public void The_input_hashes_in_the_models_header_are_those_of_the_training_files(string modelFile)
    {
        // CI has only the SDK and the repository: the annotated news (../shared/training) is not there, and the hashes
        // can only be checked where it is.
        if (!Directory.Exists(Training)) return;

        var inputs = HeaderOf(modelFile).Where(l => l.StartsWith("input ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(inputs);
        foreach (var line in inputs)
        {
            // "input NAME sha256 HEX", NAME possibly with a note in brackets after the file name.
            var at = line.LastIndexOf(" sha256 ", StringComparison.Ordinal);
            Assert.True(at > 0, modelFile + ": unexpected input line: " + line);
            var name = line.Substring("input ".Length, at - "input ".Length).Split(' ')[0];
            var recorded = line.Substring(at + " sha256 ".Length);
            // Where tools/CorpusSdk.Training reads each input: the training data, and the ANERcorp suite (only to leave its
            // test split out of NewsFANE).
            byte[]? bytes;
            string path;
            if (line.StartsWith("input " + CorpusSdk.Training.WikiFane.InputName + " ", StringComparison.Ordinal))
            {
                path = Mirrors;
                bytes = CorpusSdk.Training.WikiFane.Read(Mirrors); // null without the snapshot: nothing to compare
            }
            else
            {
                path = name == "anercorp-dev.jsonl" ? Path.Combine(Suites, name) : Path.Combine(Training, name);
                bytes = File.Exists(path) ? File.ReadAllBytes(path) : null; // a suite folder absent where the training data is
            }
            if (bytes is null) continue;
            var now = Sha256(bytes);
            Assert.True(recorded == now,
                $"{modelFile} was trained on another {name} than {path} (sha256 recorded {recorded}, now {now}): run tools/train-entities to rebuild the models");
        }
    }

    [Fact]
    public void Retraining_from_the_training_files_writes_the_committed_models_byte_for_byte()
    {
        // As above: the training data is not in CI, nor the snapshot of WikiFANE, so there is nothing to retrain from there.
        if (!Directory.Exists(Training) || !File.Exists(Path.Combine(Suites, "anercorp-dev.jsonl")) || CorpusSdk.Training.WikiFane.Read(Mirrors) is null) return;

        var output = Path.Combine(Path.GetTempPath(), "corpussdk-retrain-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Both models, in process (about forty seconds): tools/train-entities runs the same Main.
            Assert.Equal(0, CorpusSdk.Training.Program.Main(new[] { "--training", Training, "--suites", Suites, "--mirrors", Mirrors, "--out", output }));
            // The letter model (NameLetters) is counted by the same run, from the gazetteer and the Arabic training text.
            foreach (var file in ModelFiles.Append("letters-ar.tsv"))
            {
                var retrained = File.ReadAllBytes(Path.Combine(output, file));
                var committed = File.ReadAllBytes(Path.Combine(Root, DataFolder, file));
                Assert.True(retrained.AsSpan().SequenceEqual(committed),
                    $"retraining gives another {file} than the committed one ({retrained.Length} bytes, committed {committed.Length}): "
                    + "run tools/train-entities and commit the models");
            }
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
