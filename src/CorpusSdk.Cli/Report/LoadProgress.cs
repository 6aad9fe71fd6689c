using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// Tells a person waiting on a large corpus how far the reading is, on standard error only (never in the output):
/// on a terminal a line updated in place (<c>reading 120/5000 files</c>); elsewhere (a log) a plain line now and then,
/// and only once the work has taken more than a moment, so a small corpus run from a script prints nothing.
/// </summary>
public sealed class LoadProgress
{
    /// <summary>How long the work runs before a log hears of it.</summary>
    public static readonly TimeSpan Moment = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter error;
    private readonly bool isTerminal;
    private readonly Func<TimeSpan> elapsed;
    private TimeSpan? lastWritten;
    private int inPlaceLength;

    /// <param name="elapsed">The time since the work began (a clock, so tests need not wait).</param>
    public LoadProgress(TextWriter error, bool isTerminal, Func<TimeSpan> elapsed)
    {
        this.error = error;
        this.isTerminal = isTerminal;
        this.elapsed = elapsed;
    }

    /// <summary>Progress on the console's standard error, timed from now.</summary>
    public static LoadProgress ForConsole()
    {
        var clock = Stopwatch.StartNew();
        return new LoadProgress(Console.Error, !Console.IsErrorRedirected, () => clock.Elapsed);
    }

    public void FilesRead(int done, int total) =>
        Show(string.Create(CultureInfo.InvariantCulture, $"reading {done}/{total} files"), force: done == total);

    /// <summary>A step after reading (linking, writing), shown the same way.</summary>
    public void Step(string what) => Show(what, force: true);

    /// <summary>Clears the line in place, so the terminal is left as it was.</summary>
    public void Done()
    {
        if (inPlaceLength == 0) return;
        error.Write("\r" + new string(' ', inPlaceLength) + "\r");
        error.Flush();
        inPlaceLength = 0;
    }

    private void Show(string message, bool force)
    {
        var now = elapsed();
        if (isTerminal)
        {
            if (!force && lastWritten is { } last && now - last < TerminalInterval) return;
            // Pad over the previous message, which may be longer.
            error.Write("\r" + message.PadRight(inPlaceLength));
            inPlaceLength = Math.Max(inPlaceLength, message.Length);
        }
        else
        {
            if (now < Moment) return;
            if (lastWritten is { } last && now - last < LogInterval && !force) return;
            error.WriteLine(message);
        }
        error.Flush();
        lastWritten = now;
    }
}
