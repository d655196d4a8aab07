using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>An article as its bucket stores it: its model, key, resolved links and references, backlinks, and where its text sits.</summary>
/// <param name="Article">The article.</param>
/// <param name="Key">Its key in the bucket (<see cref="ArticleRef.Key"/>).</param>
/// <param name="Targets">Its links that resolved.</param>
/// <param name="LinkedFrom">The articles whose links resolve to it, ordered by their source path.</param>
/// <param name="References">Its reference values, resolved, in <see cref="ReferenceOrder"/>.</param>
/// <param name="Chunk">The chunk of the bucket that holds its text.</param>
/// <param name="Offset">Where its text starts in the inflated chunk.</param>
/// <param name="Body">Its encoded text (paragraphs, links, headings, HTML), uncompressed.</param>
internal sealed record BucketArticle(ArticleModel Article, int Key, EquatableArray<LinkTarget> Targets, EquatableArray<ArticleRef> LinkedFrom, EquatableArray<ResolvedValue> References, int Chunk, int Offset, EquatableArray<byte> Body);

/// <summary>The articles of one collection that share one generated file, in record order (by source path).</summary>
/// <remarks>
/// One file per article makes every driver run pay per-output overhead that grows faster than
/// linearly; one file for all makes every edit rewrite all content. A fixed number of buckets,
/// chosen by a stable hash of the identifier, keeps both small: an edit rewrites one bucket.
/// </remarks>
/// <param name="Collection">The collection.</param>
/// <param name="Number">The bucket number.</param>
/// <param name="Articles">Its articles in record order (by source path).</param>
/// <param name="Chunks">How many chunks its texts make.</param>
/// <param name="Properties">The collection type's properties, in the order the generated reader reads them.</param>
/// <param name="Allowance">The packed characters this bucket may store as string literals: its share of the project's literal budget.</param>
/// <param name="Data">The data collections, numbered: references to entries store the number.</param>
internal sealed record BucketModel(CollectionInfo Collection, int Number, EquatableArray<BucketArticle> Articles, int Chunks, EquatableArray<SchemaProperty> Properties, long Allowance, EquatableArray<CollectionInfo> Data = default);

/// <summary>An article's property in its bucket file.</summary>
/// <param name="Identifier">The property's name.</param>
/// <param name="Title">The article's title, for the property's XML doc.</param>
/// <param name="SourcePath">The content file, relative to the project.</param>
/// <param name="Key">The article's key in the bucket (<see cref="ArticleRef.Key"/>).</param>
/// <param name="FilePath">The content file as the compiler knows it: the property is mapped to it (<c>#line</c>), so navigation and the debugger can land in the content file.</param>
/// <param name="Line">The line (1-based) the property is mapped to.</param>
internal sealed record ArticleProperty(string Identifier, string Title, string SourcePath, int Key, string FilePath = "", int Line = 1);

/// <summary>What one bucket file holds: the article properties, the packed heads and chunks, and how they are stored.</summary>
/// <param name="Collection">The collection.</param>
/// <param name="Number">The bucket number.</param>
/// <param name="Properties">One static property per article.</param>
/// <param name="Heads">The packed records of the bucket's articles, one segment per chunk.</param>
/// <param name="Chunks">The packed texts, in chunk order.</param>
/// <param name="AsConstants">Over the bucket's allowance of the string-heap budget: the payloads are constants read on demand instead of literals returned by methods (docs/performance.md).</param>
internal sealed record BucketFile(CollectionInfo Collection, int Number, EquatableArray<ArticleProperty> Properties, EquatableArray<string> Heads, EquatableArray<string> Chunks, bool AsConstants);
