using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>Finds numbers in Arabic and English text: digits in both scripts, cardinal and ordinal words.</summary>
public static class NumberRecognizer
{
    public static IReadOnlyList<RecognizedNumber> Recognize(string text) => Array.Empty<RecognizedNumber>(); // being written (issue 3)
}
