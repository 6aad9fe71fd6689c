using System;
using System.IO;
using System.Text;
using CorpusSdk.Extraction;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// <c>corpussdk report &lt;folder&gt; [-o report.html]</c>: reads the corpus as <c>export</c> does and writes the report
/// page to the file, or to standard output without <c>-o</c>. Progress goes to standard error only.
/// </summary>
public static class ReportCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="output">The file to write, or null for <paramref name="standardOutput"/>.</param>
    /// <returns>The exit code: 0, or 2 when the folder is missing or the file cannot be written.</returns>
    public static int Run(string folder, string? output, long maxFileSize, Stream standardOutput, TextWriter error, LoadProgress progress)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine("corpussdk: no folder '" + folder + "'");
            return 2;
        }
        var corpus = CorpusFolder.Load(folder, maxFileSize, progress.FilesRead);
        progress.Step("writing the report");
        var bytes = Utf8.GetBytes(ReportPage.Build(corpus));
        progress.Done();
        if (output is null)
        {
            standardOutput.Write(bytes, 0, bytes.Length);
            standardOutput.Flush();
            return 0;
        }
        try
        {
            File.WriteAllBytes(output, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("corpussdk: cannot write '" + output + "': " + e.Message);
            return 2;
        }
        return 0;
    }
}
