using System.Linq;
using ContentGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace ContentGen.Generator.Diagnostics;

/// <summary>A diagnostic as equatable data: it travels through the pipeline and is reported at the end.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Args)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        new(descriptor, location, args.ToEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Args.AsImmutableArray().ToArray<object>());
}
