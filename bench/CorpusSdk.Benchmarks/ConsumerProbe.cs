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
        var built = Build(n);
        Console.WriteLine(built.Describe());
        if (built.Assembly is not { } assembly)
        {
            Console.WriteLine(built.Output);
            return;
        }
        var folder = built.Folder;

        var access = Median(Enumerable.Range(0, runs).Select(_ => Measure(folder, assembly, "access")));
        var extract = Median(Enumerable.Range(0, Math.Max(1, runs / 2)).Select(_ => Measure(folder, assembly, "extract")));
        Console.WriteLine("| figure | articles | median ms | ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| first access to every article (generated data) | {n} | {access:F0} | 1 |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| extracting the same files at run time | {n} | {extract:F0} | {extract / access:F0}x slower |"));
    }

    /// <summary>
    /// `build-scale N,N,..`: the memory budget of a build. For each size, a consumer built in Release with shared
    /// compilation off, so the compiler is its own process, as in CI and on a build machine; its peak resident memory
    /// (VmHWM) is read from /proc while it runs. One table: articles, text, build time, the compiler's peak, the assembly.
    /// </summary>
    public static void BuildScale(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("| articles | text MB | build s | peak RSS of csc | Consumer.dll MB | result |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var n in sizes)
        {
            var built = Build(n);
            var result = built.Assembly is null ? "failed: " + FirstError(built.Output) : "builds";
            var size = built.Assembly is { } dll ? (new FileInfo(dll).Length / 1e6).ToString("F1", CultureInfo.InvariantCulture) : "-";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {built.TextBytes / 1e6:F0} | {built.Seconds:F0} | {built.CompilerPeakBytes / 1e9:F2} GB | {size} | {result} |"));
            Directory.Delete(built.Folder, recursive: true);
        }
    }

    private static string FirstError(string output) =>
        output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? output.Trim();

    /// <summary>A consumer build: where, how long, the compiler's peak memory, and the assembly (null when it failed).</summary>
    private sealed record BuiltConsumer(int Articles, string Folder, long TextBytes, double Seconds, long CompilerPeakBytes, string? Assembly, string Output)
    {
        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"consumer of {Articles} articles ({TextBytes / 1e6:F1} MB of text): built in {Seconds:F0} s, compiler peak {CompilerPeakBytes / 1e9:F2} GB, ")
            + (Assembly is null ? "build failed" : string.Create(CultureInfo.InvariantCulture, $"Consumer.dll {new FileInfo(Assembly).Length / 1e6:F1} MB"));
    }

    private static BuiltConsumer Build(int n)
    {
        var folder = Path.Combine(Path.GetTempPath(), "corpussdk-consumer-" + n.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var build = Path.Combine(Repository(), "src", "CorpusSdk.Generator", "build") + Path.DirectorySeparatorChar;
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), ProjectFile.Replace("{build}", build, StringComparison.Ordinal).Replace("{bin}", AppContext.BaseDirectory, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), ProgramText);
        var bytes = SyntheticCorpus.WriteTo(Path.Combine(folder, "corpus"), n);

        var watch = Stopwatch.StartNew();
        using var peak = new CompilerPeakMemory();
        var (exit, output) = Dotnet(folder, "build", "-c", "Release", "-nologo", "-v:q", "-clp:ErrorsOnly;NoSummary",
            "-p:UseSharedCompilation=false", "-nodeReuse:false");
        var seconds = watch.Elapsed.TotalSeconds;
        var assembly = exit == 0 ? Directory.EnumerateFiles(Path.Combine(folder, "bin", "Release"), "Consumer.dll", SearchOption.AllDirectories).Single() : null;
        return new BuiltConsumer(n, folder, bytes, seconds, peak.Stop(), assembly, output);
    }

    /// <summary>
    /// The largest peak resident memory (VmHWM) of any compiler process (csc, or the compiler server) seen while it
    /// lives, read from /proc four times a second; the high-water mark is the kernel's, so a peak between reads is kept.
    /// Zero where /proc is not there.
    /// </summary>
    private sealed class CompilerPeakMemory : IDisposable
    {
        private readonly System.Threading.CancellationTokenSource _stop = new();
        private readonly System.Threading.Tasks.Task _poll;
        private long _peak;

        public CompilerPeakMemory() => _poll = System.Threading.Tasks.Task.Run(Poll);

        public long Stop()
        {
            _stop.Cancel();
            _poll.Wait();
            return _peak;
        }

        public void Dispose() => _stop.Cancel();

        /// <summary>The compiler's apphost (Roslyn/bincore/csc), csc.dll run by dotnet, or the compiler server.</summary>
        private static bool IsCompiler(string argument) =>
            Path.GetFileName(argument) is "csc" or "csc.dll" or "csc.exe" or "VBCSCompiler" or "VBCSCompiler.dll";

        private async System.Threading.Tasks.Task Poll()
        {
            if (!Directory.Exists("/proc")) return;
            while (!_stop.IsCancellationRequested)
            {
                foreach (var process in Directory.EnumerateDirectories("/proc"))
                {
                    if (!int.TryParse(Path.GetFileName(process), out _)) continue;
                    try
                    {
                        var arguments = File.ReadAllText(Path.Combine(process, "cmdline")).Split('\0');
                        if (!arguments.Take(2).Any(IsCompiler)) continue;
                        var line = File.ReadLines(Path.Combine(process, "status")).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                        if (line is null) continue;
                        var kilobytes = long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                        _peak = Math.Max(_peak, kilobytes * 1024);
                    }
                    catch (IOException) { }
                    catch (UnauthorizedAccessException) { }
                }
                try { await System.Threading.Tasks.Task.Delay(250, _stop.Token); }
                catch (OperationCanceledException) { }
            }
        }
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
