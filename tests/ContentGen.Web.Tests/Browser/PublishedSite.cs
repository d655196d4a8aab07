using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentGen.Web.Tests.Browser;

/// <summary>
/// The sample as it is deployed: <c>dotnet publish -c Release</c> into a temporary folder (its build
/// files under an artifacts path of its own, so no other build of the repository is touched), the
/// output moved to another folder, and the app started from there as its own process, in
/// Production, on 127.0.0.1, from a working folder that holds nothing of the site. Nothing of the
/// source tree is reachable by the paths the app resolves.
/// </summary>
public sealed partial class PublishedSite : SiteAndBrowser
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "contentgen-publish", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _app;

    /// <summary>Where the published site runs from.</summary>
    public string Folder => Path.Combine(_root, "srv", "news");

    /// <summary>What the app printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    protected override async Task<Uri> StartSiteAsync()
    {
        string project = Path.Combine(RepositoryRoot(), "samples", "ContentGen.Web", "ContentGen.Web.csproj");
        string publish = Path.Combine(_root, "publish");
        await RunAsync(["publish", project, "-c", "Release", "-o", publish, "--artifacts-path", Path.Combine(_root, "artifacts"), "-nologo"], _root, PublishTimeout);
        Directory.CreateDirectory(Path.GetDirectoryName(Folder)!);
        Directory.Move(publish, Folder);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])[Path.Combine(Folder, "ContentGen.Web.dll"), "--urls", "http://127.0.0.1:0", "--Site:BaseUrl=" + Sites.BaseUrl, "--Site:PageSize=2"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (string inherited in (string[])["DOTNET_ENVIRONMENT", "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "ASPNETCORE_URLS", "ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"])
        {
            start.Environment.Remove(inherited);
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _app = new Process { StartInfo = start };
        _app.OutputDataReceived += (_, e) => Read(e.Data, listening);
        _app.ErrorDataReceived += (_, e) => Read(e.Data, listening);
        _app.Start();
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        Task exited = _app.WaitForExitAsync();
        Task first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout));
        return first == listening.Task
            ? await listening.Task
            : throw new InvalidOperationException($"The published site did not start ({(first == exited ? $"exit code {_app.ExitCode}" : "timed out")}):\n{Output}");
    }

    protected override Task StopSiteAsync()
    {
        if (_app is not null)
        {
            if (!_app.HasExited)
            {
                _app.Kill(entireProcessTree: true);
                _app.WaitForExit();
            }

            _app.Dispose();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing the tests for.
        }

        return Task.CompletedTask;
    }

    private void Read(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private static async Task RunAsync(string[] arguments, string directory, TimeSpan timeout)
    {
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host inherits the outer build's MSBuild settings; a nested build must not.
        foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
        {
            start.Environment.Remove(key);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} took longer than {timeout}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static string RepositoryRoot()
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

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
