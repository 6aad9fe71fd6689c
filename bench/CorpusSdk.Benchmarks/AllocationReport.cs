using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `alloc-report TRACE`: where extraction allocates, from a trace of GC AllocationTick events with their stacks
/// (`dotnet-trace collect --profile gc-verbose`, which bench/run --alloc takes). The runtime raises one event per about
/// 100 KB allocated, naming the type of the object that crossed the mark, so the amounts are a sample in proportion to
/// the bytes. A CPU sample points at allocations too (the sampler stops threads where the runtime polls for a
/// collection, most often while allocating), but says less about which code asks for the bytes; this says it.
/// </summary>
public static class AllocationReport
{
    /// <summary>The frames of this project's code shown for each allocation site.</summary>
    private const int SiteFrames = 3;

    public static void Run(string tracePath, int top)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath));
        var bySite = new Dictionary<string, long>(StringComparer.Ordinal);
        var byMethod = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var traceEvent in log.Events)
        {
            if (traceEvent is not GCAllocationTickTraceData tick) continue;
            var frames = new List<string>();
            for (var frame = traceEvent.CallStack(); frame is not null; frame = frame.Caller)
            {
                var method = frame.CodeAddress.FullMethodName;
                if (!string.IsNullOrEmpty(method) && method.StartsWith("CorpusSdk.Extraction", StringComparison.Ordinal)) frames.Add(Short(method));
            }
            // Only what extraction allocates: not the synthetic corpus's own building, nor the runtime's start.
            if (frames.Count == 0) continue;
            total += tick.AllocationAmount64;
            var site = tick.TypeName + "  <=  " + string.Join("  <  ", frames.Take(SiteFrames));
            bySite[site] = (bySite.TryGetValue(site, out var bytes) ? bytes : 0) + tick.AllocationAmount64;
            foreach (var method in frames.Distinct(StringComparer.Ordinal))
                byMethod[method] = (byMethod.TryGetValue(method, out var inclusive) ? inclusive : 0) + tick.AllocationAmount64;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sampled allocations in extraction: {total / 1e6:F0} MB"));
        Print("By type and allocating code (the first frames of CorpusSdk.Extraction)", bySite, total, top);
        Print("By method, inclusive", byMethod, total, top);
    }

    private static void Print(string title, Dictionary<string, long> amounts, long total, int top)
    {
        Console.WriteLine();
        Console.WriteLine(title + ":");
        foreach (var (what, bytes) in amounts.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Take(top))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / Math.Max(1, total),6:F1}%  {bytes / 1e6,6:F0} MB  {what}"));
    }

    /// <summary>The method without its namespace and parameter list: Type.Method.</summary>
    private static string Short(string method)
    {
        var open = method.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? method : method.Substring(0, open);
        return name.StartsWith("CorpusSdk.Extraction.", StringComparison.Ordinal) ? name.Substring("CorpusSdk.Extraction.".Length) : name;
    }
}
