using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CorpusSdk.Tests.Cli.Report;

/// <summary>The Debian <c>chromium</c> package's browser, run headless on a file: its DOM after loading, or a screenshot.</summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The browser on the PATH, or null when none is installed.</summary>
    public static string? Executable { get; } = Find("chromium") ?? Find("chromium-browser") ?? Find("google-chrome");

    /// <summary>True under CI (<c>.ci/run</c> sets CORPUSSDK_CI; CI services set CI), where the browser must be there.</summary>
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CORPUSSDK_CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string DumpDom(string htmlFile) => Run("--dump-dom", new Uri(htmlFile).AbsoluteUri);

    public static void Screenshot(string htmlFile, string pngFile, int width, int height) =>
        Run("--screenshot=" + pngFile, "--window-size=" + width + "," + height, "--hide-scrollbars", new Uri(htmlFile).AbsoluteUri);

    /// <summary>
    /// A screenshot of one section of the page, in a window of the size given: a copy of the page beside it
    /// (<c>.section.png</c>'s <c>.section.html</c>) whose other sections of <c>main</c> are not displayed, so the section
    /// is at the top, laid out at the window's width as in the whole page (the header stays, for the page's direction).
    /// </summary>
    public static void ScreenshotSection(string htmlFile, string sectionId, string pngFile, int width, int height)
    {
        var copy = Path.ChangeExtension(htmlFile, ".section.html");
        var hide = "<style>main > section:not(#" + sectionId + ") { display: none; }</style>";
        File.WriteAllText(copy, File.ReadAllText(htmlFile).Replace("</head>", hide + "</head>", StringComparison.Ordinal));
        Screenshot(copy, pngFile, width, height);
    }

    /// <summary>
    /// The value of a JavaScript expression evaluated in the page once it has loaded in a window of the size given
    /// (scrollbars hidden, as in <see cref="Screenshot"/>): layout the DOM alone cannot tell, such as whether a table is
    /// wider than the page.
    /// </summary>
    /// <remarks>
    /// The page has no script and a Content-Security-Policy that forbids one, so the expression runs in a copy of it
    /// beside it (<c>.probe.html</c>) with the policy taken out and a script at the end of its body that writes the value
    /// into an attribute of the root element, which <c>--dump-dom</c> then prints. The policy does not change layout.
    /// </remarks>
    public static string Evaluate(string htmlFile, int width, int height, string expression)
    {
        var html = File.ReadAllText(htmlFile);
        var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n?");
        if (!policy.Success) throw new InvalidOperationException("the page has no Content-Security-Policy to take out: " + htmlFile);
        var script = "<script>document.documentElement.setAttribute('data-probe', String(" + expression + "));</script>";
        var probe = Path.ChangeExtension(htmlFile, ".probe.html");
        File.WriteAllText(probe, html.Remove(policy.Index, policy.Length).Replace("</body>", script + "</body>", StringComparison.Ordinal));
        var dom = Run("--window-size=" + width + "," + height, "--hide-scrollbars", "--dump-dom", new Uri(probe).AbsoluteUri);
        var value = Regex.Match(dom, "<html[^>]* data-probe=\"([^\"]*)\"");
        if (!value.Success) throw new InvalidOperationException("the probe script did not run: " + expression);
        return System.Net.WebUtility.HtmlDecode(value.Groups[1].Value);
    }

    private static string Run(params string[] arguments)
    {
        var executable = Executable ?? throw new InvalidOperationException(
            "chromium is not installed: apt-get install -y chromium chromium-driver (.ci/run installs it in CI)");
        var profile = Directory.CreateTempSubdirectory("corpussdk-chromium-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. A profile of its own per run,
            // so tests running at once do not share one.
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile.FullName }.Concat(arguments))
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within " + Timeout + ": " + string.Join(" ", arguments));
            }
            if (process.ExitCode != 0) throw new InvalidOperationException("chromium exited with " + process.ExitCode + ": " + error.Result);
            return output.Result;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// A test that needs headless Chromium: skipped, saying why, on a developer's machine without it; run (and failing)
/// under CI without it, so a CI that lost its browser cannot pass by skipping.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Executable is null && !HeadlessChromium.InCi)
            Skip = "chromium is not installed (apt-get install -y chromium chromium-driver); CI installs it and runs this test";
    }

    /// <summary>The real pages beside the repository (../shared/realnews), which CI does not have.</summary>
    public static string RealNews => System.IO.Path.GetFullPath(System.IO.Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "realnews"));

    /// <summary>Set on a test of the real pages: without them it is reported as skipped, not passed.</summary>
    public bool NeedsRealNews
    {
        get => false;
        set
        {
            if (value && !System.IO.Directory.Exists(RealNews)) Skip ??= "no corpus at " + RealNews + " (../shared/realnews is beside the repository on the team's machines, not in CI)";
        }
    }
}
