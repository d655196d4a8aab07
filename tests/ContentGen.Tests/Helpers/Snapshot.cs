using System;
using System.IO;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ContentGen.Tests.Helpers;

/// <summary>
/// Received/verified snapshots: <c>Snapshots/NAME.verified.cs</c> is committed and checked by
/// hand; a mismatch writes <c>NAME.received.cs</c> beside it (git-ignored) and fails with a diff.
/// Set CONTENTGEN_ACCEPT_SNAPSHOTS=1 to write the received text as verified.
/// </summary>
/// <remarks>
/// Generated sources hold compressed payloads, which no one can check by eye: <see cref="Source"/>
/// snapshots the code with each payload replaced by its size, beside a decoded view of the
/// payloads (<see cref="PayloadDump"/>), so both the code and the data are checked by hand.
/// </remarks>
internal static class Snapshot
{
    public const string AcceptVariable = "CONTENTGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual, string extension = "cs")
    {
        string directory = Path.Combine(Repository.TestsDirectory, "Snapshots");
        string verified = Path.Combine(directory, $"{name}.verified.{extension}");
        string received = Path.Combine(directory, $"{name}.received.{extension}");
        actual = actual.TrimStart('\uFEFF');

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        string expected = File.Exists(verified) ? File.ReadAllText(verified) : string.Empty;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new XunitException($"Snapshot '{name}' differs from {verified} (received: {received}; set {AcceptVariable}=1 to accept):\n{Diff(expected, actual)}");
    }

    /// <summary>Snapshots a generated source as <c>NAME.verified.cs</c> (payloads elided) and its decoded payloads as <c>NAME.payload.verified.txt</c>.</summary>
    public static void Source(string name, string source)
    {
        Verify(name, PayloadDump.Elide(source));
        Verify(name + ".payload", PayloadDump.Dump(source), "txt");
    }

    private static string Diff(string expected, string actual)
    {
        var builder = new StringBuilder();
        DiffPaneModel diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        int shown = 0;
        foreach (DiffPiece line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged || shown++ > 60)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position).Append(": ").AppendLine(line.Text);
        }

        return builder.ToString();
    }
}
