using System;
using System.IO;

namespace CorpusSdk.Tests;

/// <summary>
/// A consumer project file that references the generator the way the package does: its build/ props and targets, the
/// generator and extraction as analyzers, the runtime types as a reference (all from this test run's output).
/// </summary>
internal static class ConsumerProject
{
    /// <summary>A class library.</summary>
    public static string Library => Write(outputType: "Library");

    /// <summary>A console program.</summary>
    public static string Program => Write(outputType: "Exe");

    private static string Write(string outputType) => """
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{build}CorpusSdk.props" />
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="{bin}CorpusSdk.Abstractions.dll" />
            <Analyzer Include="{bin}CorpusSdk.Generator.dll" />
            <Analyzer Include="{bin}CorpusSdk.Extraction.dll" />
          </ItemGroup>
          <Import Project="{build}CorpusSdk.targets" />
        </Project>
        """
        .Replace("{outputType}", outputType, StringComparison.Ordinal)
        .Replace("{build}", Path.Combine(TestPaths.RepositoryRoot, "src", "CorpusSdk.Generator", "build") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        .Replace("{bin}", AppContext.BaseDirectory, StringComparison.Ordinal);
}
