using System.Linq;
using ContentGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace ContentGen.Generator.Diagnostics;

/// <summary>A diagnostic as equatable data: it travels through the pipeline and is reported at the end.</summary>
/// <param name="Descriptor">What it is.</param>
/// <param name="Location">Where; null for the project.</param>
/// <param name="Args">The message's arguments.</param>
/// <remarks>Every ID has one default severity, so that a .globalconfig can set each apart.</remarks>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Args)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        new(descriptor, location, args.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        Location location = Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None;
        return Diagnostic.Create(Descriptor, location, Args.AsImmutableArray().ToArray<object>());
    }
}
