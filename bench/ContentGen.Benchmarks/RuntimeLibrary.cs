using System;
using System.Diagnostics;
using System.IO;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace ContentGen.Benchmarks;

/// <summary>
/// The ContentGen.Abstractions.dll the app probes put beside their apps: the one a package user's
/// app loads here. On .NET 10+ and a platform the package ships it precompiled for
/// (runtimes/RID/lib/net10.0), the ReadyToRun copy, made by the same publish as the pack target's
/// (src/ContentGen.ReadyToRun with ContentGenLibrary); elsewhere the IL one. CONTENTGEN_BENCH_LIBRARY=il
/// takes the IL one anyway: the "before" of a before/after pair; CONTENTGEN_BENCH_LIBRARY=PATH takes that file.
/// </summary>
internal static class RuntimeLibrary
{
    private static readonly string[] Shipped = ["linux-x64", "win-x64", "osx-arm64"];

    public static string Locate()
    {
        string il = typeof(Article).Assembly.Location;
        string rid = RuntimeInformation.RuntimeIdentifier;
        string? choice = Environment.GetEnvironmentVariable("CONTENTGEN_BENCH_LIBRARY");
        if (choice is not null && File.Exists(choice))
        {
            // A copy made elsewhere, to compare layouts (say, compiled against another framework); built from this IL.
            return choice;
        }

        if (choice == "il" || Environment.Version.Major < 10 || Array.IndexOf(Shipped, rid) < 0)
        {
            return il;
        }

        // Keyed by the IL build, so a rebuilt library is never measured through a stale copy.
        string directory = Path.Combine(Path.GetTempPath(), "contentgen-library-r2r", typeof(Article).Assembly.ManifestModule.ModuleVersionId.ToString("N"), rid);
        string compiled = Path.Combine(directory, Path.GetFileName(il));
        if (!File.Exists(compiled))
        {
            string project = Path.Combine(Root(), "src", "ContentGen.ReadyToRun", "ContentGen.ReadyToRun.csproj");
            var start = new ProcessStartInfo("dotnet", ["publish", project, "-nologo", "-v:q", "-c", "Release", "-r", rid, $"-p:ContentGenLibrary={il}", $"-p:PublishDir={directory}{Path.DirectorySeparatorChar}"]);
            using Process publish = Process.Start(start)!;
            publish.WaitForExit();
            if (publish.ExitCode != 0 || !File.Exists(compiled))
            {
                throw new InvalidOperationException($"dotnet publish of {project} for {rid} failed (exit code {publish.ExitCode})");
            }
        }

        return compiled;
    }

    /// <summary>What the probes print before their figures, so every figure says which library it measured.</summary>
    public static string Describe(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0
            ? $"ContentGen.Abstractions: ReadyToRun ({path})"
            : "ContentGen.Abstractions: IL (as lib/net8.0 in the package; CONTENTGEN_BENCH_LIBRARY=il or no ReadyToRun copy for this runtime)";
    }

    private static string Root()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContentGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ContentGen.sln not found above " + AppContext.BaseDirectory);
    }
}
