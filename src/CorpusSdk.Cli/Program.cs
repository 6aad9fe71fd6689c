using System;
using System.CommandLine;
using System.IO;
using System.Text;
using CorpusSdk.Cli.Export;
using CorpusSdk.Cli.Recognize;
using CorpusSdk.Cli.Report;
using CorpusSdk.Extraction;

namespace CorpusSdk.Cli;

/// <summary>The corpussdk command line: the same extraction as the generator, for scripts, scoring and CI.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return BuildCommand(Console.Out, Console.OpenStandardOutput()).Parse(args).Invoke();
    }

    public static RootCommand BuildCommand(TextWriter text, Stream binary) => BuildCommand(text, binary, Console.Error);

    /// <param name="error">Standard error: what is not output (progress, check's help links).</param>
    /// <param name="progress">
    /// The progress of export and check, given whether --progress was passed, or null for none; by default
    /// <see cref="ConsoleProgress"/>.
    /// </param>
    public static RootCommand BuildCommand(TextWriter text, Stream binary, TextWriter error, Func<bool, LoadProgress?>? progress = null)
    {
        progress ??= ConsoleProgress;
        var root = new RootCommand("CorpusSdk: typed access to a corpus of news articles.");

        var exportFolder = FolderArgument();
        var exportLimit = MaxFileSizeOption();
        var exportProgress = ProgressOption();
        var export = new Command("export", "Print the corpus as corpus-export/1 JSON.") { exportFolder, exportLimit, exportProgress };
        export.SetAction(result =>
        {
            var folder = result.GetValue(exportFolder)!;
            if (!Directory.Exists(folder)) return Missing(folder);
            var shown = progress(result.GetValue(exportProgress));
            var corpus = CorpusFolder.Load(folder, result.GetValue(exportLimit), shown is null ? null : shown.FilesRead);
            shown?.Step("writing the export");
            ExportWriter.Write(corpus, binary);
            binary.Flush();
            shown?.Done();
            return 0;
        });

        var checkFolder = FolderArgument();
        var checkLimit = MaxFileSizeOption();
        var checkHelp = new Option<string?>("--help-link-base")
        {
            Description = "The diagnostics page the help links (on standard error) point at, as CorpusSdkHelpLinkBase in a build; by default the docs/diagnostics.md installed with the CLI.",
        };
        var checkProgress = ProgressOption();
        var check = new Command("check", "Print the corpus's diagnostics in MSBuild's format, then each ID's help link on standard error; exit 1 when any is an error.") { checkFolder, checkLimit, checkHelp, checkProgress };
        check.SetAction(result =>
        {
            var folder = result.GetValue(checkFolder)!;
            if (!Directory.Exists(folder)) return Missing(folder);
            var shown = progress(result.GetValue(checkProgress));
            var corpus = CorpusFolder.Load(folder, result.GetValue(checkLimit), shown is null ? null : shown.FilesRead);
            shown?.Done();
            var errors = CheckWriter.Write(folder, corpus, text);
            CheckWriter.WriteHelpLinks(corpus, CheckWriter.HelpPage(result.GetValue(checkHelp), AppContext.BaseDirectory), error);
            return errors > 0 ? 1 : 0;
        });

        var reportFolder = FolderArgument();
        var reportLimit = MaxFileSizeOption();
        var reportOutput = new Option<string?>("--output", "-o") { Description = "The HTML file to write; without it, the page goes to standard output." };
        var report = new Command("report", "Write the corpus report: one self-contained HTML page with the timeline, the facts by source, the quotes by speaker, the entities and the diagnostics.") { reportFolder, reportOutput, reportLimit };
        report.SetAction(result => ReportCommand.Run(result.GetValue(reportFolder)!, result.GetValue(reportOutput), result.GetValue(reportLimit), binary, Console.Error, LoadProgress.ForConsole()));

        var recognize = new Command("recognize", "Read JSON lines {id, text, reference} on standard input; write the dates and numbers found, one JSON line each.");
        recognize.SetAction(_ => RecognizeCommand.Run(Console.In, binary));

        var entities = new Command("entities", "Read JSON lines {id, doc, text} on standard input (the lines of one doc are the paragraphs of one article); write the people, organisations and places found, one JSON line each.");
        entities.SetAction(_ => EntitiesCommand.Run(Console.In, binary));

        root.Subcommands.Add(export);
        root.Subcommands.Add(check);
        root.Subcommands.Add(report);
        root.Subcommands.Add(recognize);
        root.Subcommands.Add(entities);
        return root;
    }

    /// <summary>
    /// The progress of export and check on the console's standard error: the report's (<see cref="LoadProgress"/>), but
    /// only when standard error is a terminal or --progress asks, since these two are mostly run by scripts and CI,
    /// whose logs should hold the findings alone.
    /// </summary>
    public static LoadProgress? ConsoleProgress(bool asked)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return Progress(Console.Error, !Console.IsErrorRedirected, asked, () => clock.Elapsed);
    }

    /// <summary>The decision of <see cref="ConsoleProgress"/>, with the terminal and the clock given.</summary>
    public static LoadProgress? Progress(TextWriter error, bool isTerminal, bool asked, Func<TimeSpan> elapsed) =>
        isTerminal || asked ? new LoadProgress(error, isTerminal, elapsed) : null;

    private static Option<bool> ProgressOption() => new("--progress")
    {
        Description = "Show progress on standard error even when it is not a terminal (a log: a line now and then once the work takes more than a moment).",
    };

    private static Argument<string> FolderArgument() => new("folder") { Description = "The corpus folder (its *.txt files, recursively)." };

    /// <summary>The size limit, as the build's CorpusSdkMaxFileSize sets it.</summary>
    private static Option<long> MaxFileSizeOption() => new("--max-file-size")
    {
        Description = "Files larger than this many bytes (UTF-8) get CORPUS006 and no article, as CorpusSdkMaxFileSize in a build.",
        DefaultValueFactory = _ => ArticleExtractor.DefaultMaxFileSize,
    };

    private static int Missing(string folder)
    {
        Console.Error.WriteLine("corpussdk: no folder '" + folder + "'");
        return 2;
    }
}
