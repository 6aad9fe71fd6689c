using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Generator;

/// <summary>
/// Help links come from the build's CorpusSdkHelpLinkBase (the docs the package carries, by default; see
/// PackageEndToEndTests for that default): the ID's heading is appended, and without a page there is no link rather
/// than one that goes nowhere. The link is in the diagnostic only: the generated code is the same either way.
/// </summary>
public class HelpLinkTests
{
    private static readonly AdditionalText[] Files = { GeneratorHarness.CorpusFile("empty.txt", "   \n") };

    [Fact]
    public void The_help_link_is_the_page_the_build_names_with_the_ids_anchor()
    {
        var globals = new Dictionary<string, string>(GeneratorHarness.DefaultGlobals)
        {
            ["build_property.CorpusSdkHelpLinkBase"] = "https://docs.example.org/corpussdk/diagnostics.md",
        };

        var (run, _, _) = GeneratorHarness.Run(Files, globals);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS002");
        Assert.Equal("https://docs.example.org/corpussdk/diagnostics.md#corpus002", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Without_a_page_there_is_no_link_and_the_generated_code_is_the_same()
    {
        var globals = new Dictionary<string, string>(GeneratorHarness.DefaultGlobals)
        {
            ["build_property.CorpusSdkHelpLinkBase"] = "file:///somewhere/on/this/machine/docs/diagnostics.md",
        };

        var (plain, _, _) = GeneratorHarness.Run(Files);
        var (linked, _, _) = GeneratorHarness.Run(Files, globals);

        Assert.Equal("", Assert.Single(plain.Diagnostics, d => d.Id == "CORPUS002").Descriptor.HelpLinkUri);
        Assert.Equal(
            plain.GeneratedTrees.Select(t => t.ToString()),
            linked.GeneratedTrees.Select(t => t.ToString()));
        Assert.DoesNotContain(linked.GeneratedTrees, t => t.ToString().Contains("somewhere", System.StringComparison.Ordinal));
    }
}
