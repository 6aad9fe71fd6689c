using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace CorpusSdk.Tests;

/// <summary>Runs the dotnet CLI the tests run under, as a user would in a terminal, and returns its exit code and output.</summary>
internal static class DotnetCli
{
    public static (int ExitCode, string Output) Run(string folder, params string[] arguments) => Run(folder, TimeSpan.FromMinutes(5), arguments);

    public static (int ExitCode, string Output) Run(string folder, TimeSpan timeout, IEnumerable<string> arguments) =>
        Run(folder, timeout, arguments, new Dictionary<string, string>());

    /// <summary>The same, with <paramref name="environment"/> set for the child process (a packages folder of a test's own).</summary>
    public static (int ExitCode, string Output) Run(string folder, TimeSpan timeout, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test run's own MSBuild settings must not leak into the child build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in " + timeout);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
