using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusSdk.Synthetic;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `consumer N`: what a user's program pays at run time. Writes the synthetic corpus of N articles into a consumer
/// project (the generator and its build files from this Release build, as the package adds them), builds it with
/// `dotnet build`, and runs it several times. Each run is a fresh process that measures one thing once: the first
/// access to every article's generated data (title, byline, paragraphs, quotes), or the extraction of the same files
/// at run time (ArticleExtractor on each file, one thread, as the generator runs it). A first access happens once per
/// process, which BenchmarkDotNet's iterations cannot repeat; so the probe starts processes and reports the median.
/// </summary>
public static class ConsumerProbe
{
    private const string ProjectFile = """
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{build}CorpusSdk.props" />
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="{bin}CorpusSdk.Abstractions.dll" />
            <Reference Include="{bin}CorpusSdk.Extraction.dll" />
            <Analyzer Include="{bin}CorpusSdk.Generator.dll" />
            <Analyzer Include="{bin}CorpusSdk.Extraction.dll" />
          </ItemGroup>
          <Import Project="{build}CorpusSdk.targets" />
        </Project>
        """;

    private const string ProgramText = """
        using System;
        using System.Diagnostics;
        using System.Globalization;
        using System.IO;
        using System.Linq;

        var watch = Stopwatch.StartNew();
        long characters = 0;
        var count = 0;
        if (args[0] == "access")
        {
            foreach (var article in Consumer.Corpus.Articles.All)
            {
                count++;
                characters += (article.Title?.Length ?? 0) + (article.Outlet?.Length ?? 0) + (article.Author?.Length ?? 0);
                foreach (var paragraph in article.Paragraphs) characters += paragraph.Text.Length;
                foreach (var quote in article.Quotes) characters += quote.Text.Length;
            }
        }
        else
        {
            var root = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "corpus");
            foreach (var file in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var article = CorpusSdk.Extraction.ArticleExtractor.Extract(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText(file));
                count++;
                characters += (article.Title?.Length ?? 0) + (article.Outlet?.Length ?? 0) + (article.Author?.Length ?? 0);
                foreach (var paragraph in article.Paragraphs) characters += paragraph.Text.Length;
                foreach (var quote in article.Quotes) characters += quote.Text.Length;
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]} {watch.Elapsed.TotalMilliseconds:F1} ms, {count} articles, {characters} characters"));
        """;

    public static void Run(int n, int runs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "corpussdk-consumer-" + n.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var build = Path.Combine(Repository(), "src", "CorpusSdk.Generator", "build") + Path.DirectorySeparatorChar;
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), ProjectFile.Replace("{build}", build, StringComparison.Ordinal).Replace("{bin}", AppContext.BaseDirectory, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), ProgramText);
        var bytes = SyntheticCorpus.WriteTo(Path.Combine(folder, "corpus"), n);

        var watch = Stopwatch.StartNew();
        var (built, buildOutput) = Dotnet(folder, "build", "-c", "Release", "-nologo", "-v:q", "-clp:ErrorsOnly;NoSummary");
        var buildSeconds = watch.Elapsed.TotalSeconds;
        if (built != 0)
        {
            Console.WriteLine("the consumer build failed:\n" + buildOutput);
            return;
        }
        var assembly = Directory.EnumerateFiles(Path.Combine(folder, "bin", "Release"), "Consumer.dll", SearchOption.AllDirectories).Single();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"consumer of {n} articles ({bytes / 1e6:F1} MB of text): built in {buildSeconds:F0} s, Consumer.dll {new FileInfo(assembly).Length / 1e6:F1} MB"));

        var access = Median(Enumerable.Range(0, runs).Select(_ => Measure(folder, assembly, "access")));
        var extract = Median(Enumerable.Range(0, Math.Max(1, runs / 2)).Select(_ => Measure(folder, assembly, "extract")));
        Console.WriteLine("| figure | articles | median ms | ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| first access to every article (generated data) | {n} | {access:F0} | 1 |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| extracting the same files at run time | {n} | {extract:F0} | {extract / access:F0}x slower |"));
    }

    private static double Measure(string folder, string assembly, string mode)
    {
        var (exit, output) = Dotnet(folder, assembly, mode);
        Console.WriteLine("  " + output.Trim());
        if (exit != 0) throw new InvalidOperationException(output);
        return double.Parse(output.Trim().Split(' ')[1], CultureInfo.InvariantCulture);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Repository()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "CorpusSdk.sln"))) folder = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("CorpusSdk.sln not found above " + AppContext.BaseDirectory);
        return folder;
    }

    private static (int Exit, string Output) Dotnet(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
