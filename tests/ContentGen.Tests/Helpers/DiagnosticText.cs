using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Helpers;

/// <summary>A diagnostic as the tests compare it: ID, severity and 1-based place, as MSBuild prints it.</summary>
internal static class DiagnosticText
{
    public static string Where(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return $"{d.Id} {d.Severity} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>The short form: ID and place only.</summary>
    public static string At(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return $"{d.Id}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }
}
