using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace ContentGen.Tests.Helpers;

/// <summary>Paths in this repository, found from the test source file so they work from any working folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "seeds", "000_acdc7d00acb03fa1.txt");

    public static string Seed => File.ReadAllText(SeedPath);

    public static string TestsDirectory => Path.Combine(Root, "tests", "ContentGen.Tests");

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
