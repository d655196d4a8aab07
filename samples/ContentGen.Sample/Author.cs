using ContentGen;

namespace ContentGen.Sample;

/// <summary>
/// A data collection: the entries of Data/authors.yaml, typed and checked at compile time (a
/// missing name or a briefing that names no author fails the build at the line in the file).
/// </summary>
[DataCollection("Data/authors.yaml")]
internal sealed partial record Author
{
    /// <summary>The desk's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where it works from.</summary>
    public string? BasedIn { get; init; }
}
