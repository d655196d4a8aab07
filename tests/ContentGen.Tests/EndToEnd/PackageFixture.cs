using System;
using System.IO;
using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.EndToEnd;

/// <summary>
/// Packs ContentGen once, with a unique version, into a private feed, and gives each test a
/// private NuGet setup: its own global packages folder, so no stale cached copy of an earlier
/// pack can be used, and only the private feed as source.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "contentgen-pkg", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Feed);

        CliResult pack = Dotnet.Run(Repository.Root, ["pack", "ContentGen.sln", "-nologo", "-o", Feed, $"-p:Version={Version}"]);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.True(File.Exists(Path.Combine(Feed, $"ContentGen.{Version}.nupkg")), pack.ToString());

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="contentgen-e2e" value="{Feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
            </configuration>
            """);
    }

    /// <summary>Projects go under this folder, so the private nuget.config applies to them.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>A new project from <c>dotnet new</c>, with the package added by <c>dotnet add package</c>.</summary>
    public string NewProject(string template, string name, bool addPackage = true)
    {
        string directory = Path.Combine(Root, Guid.NewGuid().ToString("N")[..8], name);
        Directory.CreateDirectory(directory);
        CliResult created = Dotnet.Run(directory, ["new", template, "-n", name, "-o", ".", "--framework", "net10.0"]);
        Assert.True(created.ExitCode == 0, created.ToString());
        if (addPackage)
        {
            CliResult added = Dotnet.Run(directory, ["add", "package", "ContentGen", "--version", Version]);
            Assert.True(added.ExitCode == 0, added.ToString());
        }

        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Build servers may still hold files; the OS cleans the temp folder.
        }
    }
}
