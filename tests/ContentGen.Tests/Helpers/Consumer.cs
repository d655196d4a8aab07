using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ContentGen.Tests.Helpers;

/// <summary>
/// A real project on disk, built with the real <c>dotnet</c> CLI: what a user gets. It imports
/// the package's build/ContentGen.props and .targets and references the generator and runtime
/// library built with these tests.
/// </summary>
internal sealed class Consumer : IDisposable
{
    private readonly List<string> _properties = [];

    public Consumer(string name = "Consumer")
    {
        Name = name;
        Directory = Path.Combine(Path.GetTempPath(), "contentgen-e2e", Guid.NewGuid().ToString("N"), name);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Name { get; }

    public string Directory { get; }

    public Consumer Property(string name, string value)
    {
        _properties.Add($"    <{name}>{value}</{name}>");
        return this;
    }

    /// <summary>Writes a file under the project, byte for byte (no BOM added).</summary>
    public Consumer File(string relativePath, string text)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return this;
    }

    /// <summary>Writes raw bytes, for files in other encodings.</summary>
    public Consumer Bytes(string relativePath, byte[] bytes)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public CliResult Build(params string[] arguments)
    {
        WriteProject();
        return Dotnet.Run(Directory, ["build", "-nologo", "-clp:NoSummary", .. arguments]);
    }

    public CliResult Run(params string[] arguments)
    {
        WriteProject();
        return Dotnet.Run(Directory, ["run", "-nologo", .. arguments]);
    }

    private void WriteProject()
    {
        string build = Path.Combine(Repository.Root, "src", "ContentGen", "build");
        string bin = AppContext.BaseDirectory;
        File($"{Name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/ContentGen.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ContentGenTasksAssembly>{bin}ContentGen.Tasks.dll</ContentGenTasksAssembly>
            {string.Join("\n", _properties)}
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{bin}ContentGen.dll" />
            {string.Join("\n", Repository.AnalyzerDependencies.Select(name => $"    <Analyzer Include=\"{bin}{name}.dll\" />"))}
                <Reference Include="{bin}ContentGen.Abstractions.dll" />
              </ItemGroup>
              <Import Project="{build}/ContentGen.targets" />
            </Project>
            """);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}

internal sealed record CliResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

internal static class Dotnet
{
    public static CliResult Run(string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host inherits the outer build's MSBuild settings; a nested build must not.
        foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes:\n{output}");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, output.ToString());
    }
}
