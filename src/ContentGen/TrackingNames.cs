namespace ContentGen.Generator;

/// <summary>Names of the pipeline steps, so tests can assert which ran and which were cached.</summary>
internal static class TrackingNames
{
    public const string EmitOptions = nameof(EmitOptions);
    public const string ContentPaths = nameof(ContentPaths);
    public const string Manifest = nameof(Manifest);
    public const string Files = nameof(Files);
    public const string Parse = nameof(Parse);
    public const string Assets = nameof(Assets);
    public const string Schemas = nameof(Schemas);
    public const string SchemaShapes = nameof(SchemaShapes);
    public const string Collections = nameof(Collections);
    public const string Bind = nameof(Bind);
    public const string Articles = nameof(Articles);
    public const string IndexEntries = nameof(IndexEntries);
    public const string Layout = nameof(Layout);
    public const string LinkQueries = nameof(LinkQueries);
    public const string Links = nameof(Links);
    public const string Images = nameof(Images);
    public const string Pages = nameof(Pages);
    public const string Bodies = nameof(Bodies);
    public const string LinkEdges = nameof(LinkEdges);
    public const string Backlinks = nameof(Backlinks);
    public const string Buckets = nameof(Buckets);
    public const string BucketFiles = nameof(BucketFiles);
    public const string Catalog = nameof(Catalog);
    public const string DataSchemas = nameof(DataSchemas);
    public const string DataSchemaShapes = nameof(DataSchemaShapes);
    public const string Facets = nameof(Facets);
    public const string Lookups = nameof(Lookups);
    public const string Taxonomies = nameof(Taxonomies);
    public const string DataFiles = nameof(DataFiles);
    public const string DataKeys = nameof(DataKeys);
    public const string DataLayout = nameof(DataLayout);
    public const string DataLinks = nameof(DataLinks);
    public const string DataImages = nameof(DataImages);
    public const string DataCatalogs = nameof(DataCatalogs);
}
