using System;
using System.Collections.Generic;
using CorpusSdk.Extraction.Recognize.Numbers;

namespace CorpusSdk.Extraction.Recognize.Dates;

/// <summary>Finds date and time expressions in Arabic and English text and resolves them against a reference.</summary>
/// <remarks>
/// The text is folded for matching (<see cref="DateText"/>), the parts of an expression are read by
/// <see cref="DateGrammar"/> (an explicit date, a time, a weekday, a relative date), parts next to each other join
/// into one expression ("الإثنين 09 فبراير 2026 - 02:24 م" is one), and <see cref="DateResolver"/> resolves it. The
/// words are in <see cref="DateLexicon"/>; numbers in words come from <see cref="Numbers.NumberRecognizer"/>.
/// </remarks>
public static class DateRecognizer
{
    /// <summary>At most this many joining words or marks between two parts of one expression ("، في", " - ").</summary>
    private const int MaxConnectors = 2;

    /// <param name="text">The text to search.</param>
    /// <param name="reference">The moment relative expressions are resolved against (an article's own date), or null.</param>
    public static IReadOnlyList<RecognizedDate> Recognize(string text, DateTime? reference) =>
        string.IsNullOrEmpty(text) ? Array.Empty<RecognizedDate>() : Recognize(text, NumberRecognizer.Recognize(text), reference);

    /// <param name="text">The text to search.</param>
    /// <param name="numbers">The numbers <see cref="NumberRecognizer"/> finds in <paramref name="text"/>: a caller that
    /// needs them too recognizes them once (dates take the numbers written in words).</param>
    /// <param name="reference">The moment relative expressions are resolved against (an article's own date), or null.</param>
    public static IReadOnlyList<RecognizedDate> Recognize(string text, IReadOnlyList<RecognizedNumber> numbers, DateTime? reference)
    {
        if (string.IsNullOrEmpty(text)) return Array.Empty<RecognizedDate>();
        var tokens = new DateText(text, numbers);
        var grammar = new DateGrammar(tokens);
        var found = new List<RecognizedDate>();
        var i = 0;
        while (i < tokens.Count)
        {
            var draft = grammar.Piece(i);
            if (draft is null)
            {
                i++;
                continue;
            }
            draft = Extend(draft, grammar, tokens);
            found.Add(DateResolver.Resolve(draft, tokens, reference));
            i = Math.Max(draft.To, i + 1);
        }
        return found;
    }

    /// <summary>Joins the parts that follow on the same line, across at most <see cref="MaxConnectors"/> connectors.</summary>
    private static Draft Extend(Draft draft, DateGrammar grammar, DateText tokens)
    {
        while (true)
        {
            var j = draft.To;
            Draft? next = null;
            for (var connectors = 0; connectors <= MaxConnectors && tokens.SameLine(j); connectors++)
            {
                next = grammar.Piece(j);
                if (next is not null || !grammar.IsConnector(j)) break;
                j++;
            }
            if (next is null || !tokens.SameLine(next.From)) return draft;
            var merged = draft.Merge(next);
            if (merged is null) return draft;
            draft = merged;
        }
    }
}
