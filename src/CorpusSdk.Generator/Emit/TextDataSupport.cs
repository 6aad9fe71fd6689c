using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Generator.Emit;

/// <summary>What the consumer's runtime must have for <see cref="TextData"/>: looked up once per compilation, kept as a bool.</summary>
internal static class TextDataSupport
{
    public static bool Runtime(Compilation compilation)
    {
        var span = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
        var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        if (span is null || encoding is null) return false;
        return encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(m =>
            m.Parameters.Length == 1 && m.Parameters[0].Type is INamedTypeSymbol { IsGenericType: true } parameter
            && SymbolEqualityComparer.Default.Equals(parameter.ConstructedFrom, span)
            && parameter.TypeArguments[0].SpecialType == SpecialType.System_Byte);
    }
}
