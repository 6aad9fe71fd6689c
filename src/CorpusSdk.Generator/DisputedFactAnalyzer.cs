using System.Collections.Immutable;
using System.Linq;
using CorpusSdk.Extraction.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CorpusSdk.Generator;

/// <summary>
/// CORPUS301: code reads the single value (<c>Value</c>, <c>Number</c>, <c>Day</c>) of a fact the sources dispute, as
/// in <c>Facts.DateAlIjtima.Day</c>. The generator marks the member of a disputed fact with <c>[DisputedFact]</c>; the
/// analyzer reports a read made directly on such a member. A fact reached another way (a local, <c>Facts.All</c>) is
/// not followed: its <c>Status</c> is there to check.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DisputedFactAnalyzer : DiagnosticAnalyzer
{
    private const string FactTypeName = "CorpusSdk.Fact";
    private const string AttributeTypeName = "CorpusSdk.DisputedFactAttribute";
    private static readonly ImmutableHashSet<string> SingleValues = ImmutableHashSet.Create("Value", "Number", "Day");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticFactory.Descriptor(DiagnosticCatalog.DisputedFactRead.Id));

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var factType = start.Compilation.GetTypeByMetadataName(FactTypeName);
            var attributeType = start.Compilation.GetTypeByMetadataName(AttributeTypeName);
            if (factType is null || attributeType is null) return;
            // The same help page as the generator's findings (CorpusSdkHelpLinkBase); the supported descriptor has none.
            var descriptor = DiagnosticFactory.Descriptor(DiagnosticCatalog.DisputedFactRead.Id, CorpusOptions.HelpPageOf(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterOperationAction(context => Analyze(context, factType, attributeType, descriptor), OperationKind.PropertyReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol factType, INamedTypeSymbol attributeType, DiagnosticDescriptor descriptor)
    {
        var read = (IPropertyReferenceOperation)context.Operation;
        if (!SingleValues.Contains(read.Property.Name) || !SymbolEqualityComparer.Default.Equals(read.Property.ContainingType, factType)) return;
        var member = read.Instance switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        var disputed = member?.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        if (member is null || disputed is null) return;
        var values = disputed.ConstructorArguments.Length == 1 ? disputed.ConstructorArguments[0].Value as string : null;
        context.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            read.Syntax.GetLocation(),
            member.ContainingType.Name + "." + member.Name,
            values ?? "several values"));
    }
}
