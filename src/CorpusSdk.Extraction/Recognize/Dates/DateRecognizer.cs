using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>Finds date and time expressions in Arabic and English text and resolves them against a reference.</summary>
public static class DateRecognizer
{
    /// <param name="text">The text to search.</param>
    /// <param name="reference">The moment relative expressions are resolved against (an article's own date), or null.</param>
    public static IReadOnlyList<RecognizedDate> Recognize(string text, DateTime? reference) => Array.Empty<RecognizedDate>(); // being written (issue 3)
}
