using System;
using System.Collections.Generic;
using ContentGen;

namespace ContentGen.Sample;

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
/// A collection: every file under Content/briefings/ is a <see cref="Briefing"/>, and its front
/// matter is checked against these properties at compile time (a missing date, an unknown
/// region or a follow-up to no briefing fails the build at the line in the content file).
/// </summary>
[ContentCollection("Content/briefings/*.txt")]
internal partial class Briefing : Article
{
    /// <summary>The day of the briefing.</summary>
    public required DateOnly Published { get; init; }

    /// <summary>The region it covers.</summary>
    public required Region Region { get; init; }

    /// <summary>Who wrote it: the id of an entry of Data/authors.yaml, checked at compile time.</summary>
    public required Author Author { get; init; }

    /// <summary>The briefing this one follows up, checked at compile time.</summary>
    public Briefing? FollowUpOf { get; init; }

    /// <summary>Keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
