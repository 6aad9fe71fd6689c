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
}
