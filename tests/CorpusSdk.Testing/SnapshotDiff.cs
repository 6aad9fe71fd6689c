using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace CorpusSdk.Testing;

/// <summary>
/// Renders a line diff for a failure message: "- " verified, "+ " received, "  " context, each line with its number
/// in the verified and the received file. Only lines near a change are shown, and the output is capped, so a one-line
/// change in a long generated file stays readable in a test runner.
/// </summary>
internal static class SnapshotDiff
{
    const int ContextLines = 3;
    const int MaxOutputLines = 60;

    public static string Render(string verified, string received, string indent)
    {
        DiffResult diff = Differ.Instance.CreateDiffs(verified, received, ignoreWhiteSpace: false, ignoreCase: false, NewlineChunker.Instance);
        List<Line> lines = Walk(diff);

        // Keep every changed line and ContextLines of unchanged lines on each side of it.
        var keep = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Mark == ' ')
            {
                continue;
            }
            for (int j = Math.Max(0, i - ContextLines); j <= Math.Min(lines.Count - 1, i + ContextLines); j++)
            {
                keep[j] = true;
            }
        }

        var text = new StringBuilder();
        text.Append(indent).Append("verified received").Append('\n');
        int written = 0;
        int lastKept = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                continue;
            }
            if (written == MaxOutputLines)
            {
                text.Append(indent).Append("... diff cut here; compare the received and verified files for the rest").Append('\n');
                break;
            }
            if (lastKept >= 0 && i > lastKept + 1)
            {
                text.Append(indent).Append("...").Append('\n');
            }
            Line line = lines[i];
            text.Append(indent)
                .Append(Number(line.Verified)).Append(' ').Append(Number(line.Received)).Append("  ")
                .Append(line.Mark).Append(' ').Append(line.Text).Append('\n');
            written++;
            lastKept = i;
        }

        // The chunker treats the final '\n' as the end of the last line, so a missing one is not a line of its own.
        if (verified.Length > 0 && verified.EndsWith('\n') != received.EndsWith('\n'))
        {
            text.Append(indent)
                .Append(received.EndsWith('\n') ? "The verified file has no line end after its last line; the received one has."
                                                 : "The received file has no line end after its last line; the verified one has.")
                .Append('\n');
        }
        return text.ToString();
    }

    // DiffPlex reports changed blocks only; walk both texts to interleave the unchanged lines and number everything.
    static List<Line> Walk(DiffResult diff)
    {
        var lines = new List<Line>();
        int a = 0;
        int b = 0;
        foreach (DiffBlock block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                lines.Add(new Line(' ', a + 1, b + 1, diff.PiecesOld[a]));
            }
            for (int i = 0; i < block.DeleteCountA; i++, a++)
            {
                lines.Add(new Line('-', a + 1, null, diff.PiecesOld[a]));
            }
            for (int i = 0; i < block.InsertCountB; i++, b++)
            {
                lines.Add(new Line('+', null, b + 1, diff.PiecesNew[b]));
            }
        }
        for (; a < diff.PiecesOld.Count; a++, b++)
        {
            lines.Add(new Line(' ', a + 1, b + 1, diff.PiecesOld[a]));
        }
        return lines;
    }

    static string Number(int? line) =>
        (line?.ToString(CultureInfo.InvariantCulture) ?? "").PadLeft(8);

    readonly record struct Line(char Mark, int? Verified, int? Received, string Text);

    // Lines of text already normalized to \n. A final '\n' ends the last line rather than starting an empty one, so
    // "a\nb\n" has two lines, and a new file's diff does not end with a phantom empty line.
    sealed class NewlineChunker : IChunker
    {
        public static readonly NewlineChunker Instance = new();

        public IReadOnlyList<string> Chunk(string str) =>
            str.Length == 0 ? [] : (str.EndsWith('\n') ? str[..^1] : str).Split('\n');
    }
}
