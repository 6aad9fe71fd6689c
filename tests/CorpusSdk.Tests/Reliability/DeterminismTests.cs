using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusSdk.Cli.Export;
using CorpusSdk.Extraction;
using CorpusSdk.Tests.Cli;
using CorpusSdk.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Reliability;

/// <summary>These tests change the process's default culture: nothing else runs beside them.</summary>
[CollectionDefinition(nameof(CultureCollection), DisableParallelization = true)]
public sealed class CultureCollection
{
}

/// <summary>
/// The same corpus gives byte-identical generated files, diagnostics and export under the build machine's culture
/// (ar-SA: Hijri calendar and Arabic digits; tr-TR: dotted and dotless I; invariant) and whatever order the compiler
/// gives the files in.
/// </summary>
[Collection(nameof(CultureCollection))]
public class DeterminismTests
{
    private static readonly string[] Cultures = { "", "ar-SA", "tr-TR" };

    /// <summary>The seeds, an English article, and the readable hostile files (their bytes as the compiler reads them).</summary>
    private static List<(string Name, byte[] Bytes)> Corpus() =>
        Directory.EnumerateFiles(TestPaths.Corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .Append(("english-istanbul.txt", System.Text.Encoding.UTF8.GetBytes(
                "ISTANBUL, Feb 10, 2026 - Officials in Izmir said on Monday that 1,250 people had left.\n\n\"It is quiet now,\" Ilker Isik said.\n")))
            .Concat(HostileFiles.All.Where(f => f.Expected is null && f.Bytes.Length < 100_000).Select(f => (f.Name + ".txt", f.Bytes)))
            .ToList();

    private static T InCulture<T>(string name, Func<T> run)
    {
        var (current, currentUi, thread, threadUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture,
            CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        var culture = CultureInfo.GetCultureInfo(name);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
            CultureInfo.DefaultThreadCurrentCulture = thread;
            CultureInfo.DefaultThreadCurrentUICulture = threadUi;
        }
    }

    /// <summary>Every generated file (hint name and text) and every diagnostic, as text, in a stable order.</summary>
    private static List<string> Generate(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        var (run, output, _) = GeneratorHarness.Run(files.Select(f => (AdditionalText)new CompilerReadText(GeneratorHarness.ProjectDir + "corpus/" + f.Name, f.Bytes)).ToList());
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        return run.Results.SelectMany(r => r.GeneratedSources).Select(s => "// " + s.HintName + "\n" + s.SourceText)
            .OrderBy(s => s, StringComparer.Ordinal)
            .Concat(run.Diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal))
            .ToList();
    }

    [Fact]
    public void Generated_files_are_byte_identical_under_any_culture_and_file_order()
    {
        var corpus = Corpus();
        var expected = InCulture("", () => Generate(corpus));
        Assert.Contains(expected, s => s.StartsWith("// Articles.g.cs", StringComparison.Ordinal));

        foreach (var culture in Cultures)
        {
            Assert.Equal(expected, InCulture(culture, () => Generate(corpus)));
            Assert.Equal(expected, InCulture(culture, () => Generate(Enumerable.Reverse(corpus))));
        }
    }

    [Fact]
    public void Cli_export_is_byte_identical_under_any_culture()
    {
        using var folder = new TempCorpus();
        foreach (var (name, bytes) in Corpus()) folder.WriteBytes(name, bytes);
        byte[] Export()
        {
            using var stream = new MemoryStream();
            ExportWriter.Write(CorpusFolder.Load(folder.Folder), stream);
            return stream.ToArray();
        }

        var expected = InCulture("", Export);
        foreach (var culture in Cultures)
        {
            Assert.Equal(expected, InCulture(culture, Export));
        }
    }

    [Fact]
    public void The_cultures_are_the_hostile_ones()
    {
        Assert.IsType<UmAlQuraCalendar>(CultureInfo.GetCultureInfo("ar-SA").Calendar);
        Assert.NotEqual("i", "I".ToLower(CultureInfo.GetCultureInfo("tr-TR")));
    }
}
