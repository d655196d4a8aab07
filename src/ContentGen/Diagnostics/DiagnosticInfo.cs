using System.Linq;
using ContentGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace ContentGen.Generator.Diagnostics;

/// <summary>A diagnostic as equatable data: it travels through the pipeline and is reported at the end.</summary>
/// <param name="Descriptor">What it is.</param>
/// <param name="Location">Where; null for the project.</param>
/// <param name="Args">The message's arguments.</param>
/// <param name="Severity">A severity other than the descriptor's default (CG0019 is an error, or a warning when a glob matches nothing).</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Args, DiagnosticSeverity? Severity = null)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        new(descriptor, location, args.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        Location location = Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None;
        object[] args = Args.AsImmutableArray().ToArray<object>();
        return Severity is { } severity
            ? Diagnostic.Create(Descriptor, location, severity, additionalLocations: null, properties: null, args)
            : Diagnostic.Create(Descriptor, location, args);
    }
}
