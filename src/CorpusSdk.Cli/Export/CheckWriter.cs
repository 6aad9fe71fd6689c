using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Diagnostics;

namespace CorpusSdk.Cli.Export;

/// <summary>
/// Writes a corpus's findings in MSBuild's canonical format, <c>file(line,col): warning ID: message</c>, so editors and
/// CI annotate them like compiler output, at the severities the build gives them (the corpus's .editorconfig files).
/// Paths are the corpus folder as given joined with the file's relative path.
/// </summary>
public static class CheckWriter
{
    /// <returns>The number of findings at error severity.</returns>
    public static int Write(string folder, LoadedCorpus corpus, TextWriter output)
    {
        var prefix = folder.Replace('\\', '/').TrimEnd('/');
        foreach (var d in corpus.Diagnostics)
        {
            // A hidden (silent) finding reaches the editor, never the build's output: check prints what the build prints.
            if (corpus.SeverityOf(d) == CorpusSeverity.Hidden) continue;
            var severity = ExportWriter.SeverityName(corpus.SeverityOf(d));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{prefix}/{d.File}({d.Span.StartLine},{d.Span.StartColumn}): {severity} {d.Id}: {d.Message}"));
        }
        return corpus.Diagnostics.Count(d => corpus.SeverityOf(d) == CorpusSeverity.Error);
    }

    /// <summary>
    /// Where each ID that was reported is explained, one line an ID (<c>CORPUS002: file:///…/diagnostics.md#corpus002</c>):
    /// on standard error, after the findings, since the MSBuild format has no place for a link. Nothing when no page is known.
    /// </summary>
    public static void WriteHelpLinks(LoadedCorpus corpus, string? helpPage, TextWriter error)
    {
        // Only the IDs of findings check listed: a silent finding is left out, and so is its link.
        foreach (var id in corpus.Diagnostics.Where(d => corpus.SeverityOf(d) != CorpusSeverity.Hidden).Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal))
        {
            var link = DiagnosticCatalog.HelpLink(helpPage, id);
            if (link.Length > 0) error.WriteLine(id + ": " + link);
        }
    }

    /// <summary>
    /// The diagnostics page the CLI's links point at: <paramref name="wanted"/> (--help-link-base, as the build's
    /// CorpusSdkHelpLinkBase), else the docs/diagnostics.md installed beside the CLI (the tool package carries it),
    /// as a file URI; null when neither is there.
    /// </summary>
    public static string? HelpPage(string? wanted, string installFolder)
    {
        if (!string.IsNullOrWhiteSpace(wanted)) return wanted.Trim();
        var docs = Path.Combine(installFolder, "docs", "diagnostics.md");
        return File.Exists(docs) ? new Uri(Path.GetFullPath(docs)).AbsoluteUri : null;
    }
}
