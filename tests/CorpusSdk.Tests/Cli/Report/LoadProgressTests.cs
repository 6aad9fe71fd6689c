using System;
using System.IO;
using CorpusSdk.Cli.Report;

namespace CorpusSdk.Tests.Cli.Report;

public class LoadProgressTests
{
    [Fact]
    public void On_a_terminal_the_count_is_updated_in_place_and_cleared_at_the_end()
    {
        using var error = new StringWriter();
        var now = TimeSpan.Zero;
        var progress = new LoadProgress(error, isTerminal: true, () => now);

        progress.FilesRead(1, 3);
        now += TimeSpan.FromMilliseconds(10);
        progress.FilesRead(2, 3); // too soon after the last update: skipped
        now += TimeSpan.FromSeconds(1);
        progress.FilesRead(3, 3);
        progress.Done();

        Assert.Equal("\rreading 1/3 files\rreading 3/3 files\r" + new string(' ', 17) + "\r", error.ToString());
    }

    [Fact]
    public void In_a_log_nothing_is_written_when_the_work_takes_less_than_a_moment()
    {
        using var error = new StringWriter();
        var progress = new LoadProgress(error, isTerminal: false, () => TimeSpan.FromMilliseconds(300));

        progress.FilesRead(1, 2);
        progress.FilesRead(2, 2);
        progress.Step("writing the report");
        progress.Done();

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void In_a_log_a_long_run_gets_plain_lines_now_and_then()
    {
        using var error = new StringWriter();
        var now = LoadProgress.Moment;
        var progress = new LoadProgress(error, isTerminal: false, () => now);

        progress.FilesRead(100, 5000);
        now += TimeSpan.FromSeconds(1);
        progress.FilesRead(200, 5000); // within the interval: skipped
        now += TimeSpan.FromSeconds(10);
        progress.FilesRead(3000, 5000);

        Assert.Equal("reading 100/5000 files\nreading 3000/5000 files\n", error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
