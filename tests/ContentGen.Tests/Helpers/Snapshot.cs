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
internal static class Snapshot
{
    public const string AcceptVariable = "CONTENTGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual)
    {
        string directory = Path.Combine(Repository.TestsDirectory, "Snapshots");
        string verified = Path.Combine(directory, name + ".verified.cs");
        string received = Path.Combine(directory, name + ".received.cs");
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
