using System;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>How one source's value of a fact stands against the fact's value, as the matrix marks it.</summary>
public enum SourceAgreement
{
    /// <summary>It gives the fact's value, and another source does too.</summary>
    Agrees,

    /// <summary>It gives another value.</summary>
    Differs,

    /// <summary>It states the fact but its value could not be worked out (a relative day in an undated article).</summary>
    Unresolved,

    /// <summary>No other source states the fact: there is nothing to agree with.</summary>
    OnlySource,
}

/// <summary>The marks of <see cref="SourceAgreement"/>: a symbol and a word, so the matrix does not rely on colour.</summary>
public static class SourceAgreements
{
    public static SourceAgreement Of(FactModel fact, FactSource source)
    {
        if (source.Value is null) return SourceAgreement.Unresolved;
        if (fact.Frame is not null && fact.Kind == FactKind.Number && Number(source.Value) is { } stated && Number(fact.Value) is { } value)
        {
            // A framed source bounds its value (more than 100): it agrees when the fact's value is in its range.
            var (low, high) = CorpusSdk.Extraction.Recognize.Facts.BoundLexicon.Range(stated, source.Bound);
            if (value < low || value > high) return SourceAgreement.Differs;
        }
        else if (!string.Equals(source.Value, fact.Value, StringComparison.Ordinal)) return SourceAgreement.Differs;
        return fact.Sources.Count > 1 ? SourceAgreement.Agrees : SourceAgreement.OnlySource;
    }

    private static decimal? Number(string? value) =>
        decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    public static string Symbol(SourceAgreement agreement) => agreement switch
    {
        SourceAgreement.Agrees => "✓",
        SourceAgreement.Differs => "✗",
        SourceAgreement.Unresolved => "?",
        _ => "•",
    };

    /// <summary>The CSS class of a cell, which colours it (the symbol and the word carry the meaning).</summary>
    public static string CssClass(SourceAgreement agreement) => agreement switch
    {
        SourceAgreement.Agrees => "agrees",
        SourceAgreement.Differs => "differs",
        SourceAgreement.Unresolved => "unresolved",
        _ => "only",
    };

    public static string Word(SourceAgreement agreement, ReportLabels labels) => agreement switch
    {
        SourceAgreement.Agrees => labels.Agrees,
        SourceAgreement.Differs => labels.Differs,
        SourceAgreement.Unresolved => labels.Unresolved,
        _ => labels.OnlySource,
    };
}
