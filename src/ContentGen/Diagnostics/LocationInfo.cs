using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Diagnostics;

/// <summary>
/// A place in a content file, as plain data. <see cref="Location"/> is not equatable and pins
/// the SourceText, so models keep this instead and make the <see cref="Location"/> at reporting time.
/// </summary>
internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan Lines)
{
    public Location ToLocation() => Location.Create(Path, Span, Lines);

    /// <summary>The start of a file: for problems that belong to the whole file.</summary>
    public static LocationInfo StartOf(string path) => new(path, default, default);

    /// <summary>A span of <paramref name="text"/>, with its line and column from the text's own line map.</summary>
    public static LocationInfo Of(string path, SourceText text, TextSpan span) =>
        new(path, span, text.Lines.GetLinePositionSpan(span));
}
