using ContentGen;

namespace ContentGen.Web;

/// <summary>
/// The console sample's authors (../ContentGen.Sample/Data/authors.yaml), typed and checked at
/// compile time: the site shares that project's data, so its pattern starts with '../'.
/// </summary>
[DataCollection("../ContentGen.Sample/Data/authors.yaml")]
internal sealed partial record Author
{
    /// <summary>The author's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where the author works from.</summary>
    public string? BasedIn { get; init; }
}

/// <summary>The region a briefing covers.</summary>
internal enum Region
{
    /// <summary>Europe.</summary>
    Europe,

    /// <summary>Asia.</summary>
    Asia,

    /// <summary>Africa.</summary>
    Africa,
}

/// <summary>
/// The console sample's briefings, the articles that name an author: the same schema as that
/// project's <c>Briefing</c>, so the same files are valid in both.
/// </summary>
[ContentCollection("../ContentGen.Sample/Content/briefings/*.txt")]
internal partial class Briefing : Article
{
    /// <summary>The day of the briefing.</summary>
    public required DateOnly Published { get; init; }

    /// <summary>The region it covers.</summary>
    public required Region Region { get; init; }

    /// <summary>Who wrote it.</summary>
    public required Author Author { get; init; }

    /// <summary>The briefing this one follows up.</summary>
    public Briefing? FollowUpOf { get; init; }

    /// <summary>Keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
