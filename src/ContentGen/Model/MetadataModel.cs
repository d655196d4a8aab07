using System;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>One front matter key that is not a known metadata field, with its value as written.</summary>
internal sealed record ExtraEntry(string Key, string Value);

/// <summary>One entry of a front matter <c>related:</c> list: a slug and where it is written.</summary>
internal sealed record SlugReference(string Slug, LocationInfo Location);

/// <summary>The typed front matter of an article; mirrors the runtime <c>ContentGen.ArticleMetadata</c>.</summary>
/// <remarks>Equatable data only (see <see cref="ArticleModel"/>); null or empty where the key is absent.</remarks>
internal sealed record MetadataModel(
    string? Title,
    string? Slug,
    DateTimeOffset? Published,
    EquatableArray<string> Authors,
    string? Source,
    EquatableArray<string> Tags,
    string? Summary,
    bool Draft,
    EquatableArray<ExtraEntry> Extra,
    EquatableArray<SlugReference> Related);
