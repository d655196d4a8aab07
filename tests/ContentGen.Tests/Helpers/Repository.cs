using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ContentGen.Tests.Helpers;

/// <summary>Paths in this repository, found from the test source file so they work from any working folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "seeds", "000_acdc7d00acb03fa1.txt");

    public static string Seed => File.ReadAllText(SeedPath);

    public static string TestsDirectory => Path.Combine(Root, "tests", "ContentGen.Tests");

    /// <summary>
    /// The assemblies the compiler must load beside the generator (its references that neither the
    /// compiler nor .NET provides), read from ContentGen.dll itself: a new dependency is packed,
    /// and passed to test builds, without a list to keep.
    /// </summary>
    public static string[] AnalyzerDependencies { get; } = [..
        typeof(ContentGen.Generator.ContentGenerator).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n != "netstandard" && !n.StartsWith("System.", StringComparison.Ordinal) && !n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        string? dir = Path.GetDirectoryName(thisFile);
        while (dir is not null && !File.Exists(Path.Combine(dir, "ContentGen.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("ContentGen.sln not found above " + thisFile);
    }
}
