using System;
using System.Linq;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Emit;

/// <summary>How a collection's class is opened and named in every file that adds to it.</summary>
internal static class Collections
{
    /// <summary>The generated nested class that holds a collection's payload and creates its articles.</summary>
    public const string Catalog = "__Catalog";

    /// <summary>The generated sealed class every article of a collection is an instance of.</summary>
    public const string Entry = "__Entry";

    /// <summary>The declaration of a collection class's part: the default one is a static class, a user's type keeps its own modifiers.</summary>
    public static string Declaration(CollectionInfo collection) => collection.IsDefault
        ? $"{collection.Visibility} static partial class {collection.Name}"
        : $"partial class {collection.Name}";

    /// <summary>What the collection's articles are typed as.</summary>
    public static string ArticleType(CollectionInfo collection) => collection.IsDefault ? "global::ContentGen.Article" : collection.FullName;

    public static string BucketClass(int bucket) => "B" + bucket.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens the collection's namespace (none for the global namespace) and its class.</summary>
    public static IDisposable Open(SourceWriter writer, CollectionInfo collection)
    {
        IDisposable? ns = OpenNamespace(writer, collection);
        IDisposable type = writer.Open(Declaration(collection));
        return new Both(type, ns);
    }

    /// <summary>Opens the collection's namespace; nothing for the global namespace.</summary>
    public static IDisposable? OpenNamespace(SourceWriter writer, CollectionInfo collection) =>
        collection.Namespace.Length > 0 ? writer.Open($"namespace {collection.Namespace}") : null;

    /// <summary>The override that resolves a reference to an article: its collection's catalog, by number, and its place there.</summary>
    public static void ArticleResolver(SourceWriter writer, Helpers.EquatableArray<CollectionInfo> collections) =>
        CatalogEmitter.Dispatch(
            writer,
            "protected override global::ContentGen.Article? Resolve(int collection, int bucket, int key)",
            "collection",
            collections.Select(c => (c.Number, $"{c.FullName}.{Catalog}.Get(bucket, key)")),
            "null");

    /// <summary>The override that resolves a reference to a data entry: its data collection's catalog, by number, and its id there.</summary>
    public static void EntryResolver(SourceWriter writer, Helpers.EquatableArray<CollectionInfo> data) =>
        CatalogEmitter.Dispatch(
            writer,
            "protected override object? ResolveEntry(int collection, string id)",
            "collection",
            data.Select(c => (c.Number, $"{c.FullName}.{DataEmitter.Catalog}.Instance.ById(id)")),
            "null");

    /// <summary>
    /// A class that holds payloads computed across articles (backward lookups, taxonomies): one
    /// instance, the number of payloads, the list their positions index, and a method that
    /// returns each payload by number.
    /// </summary>
    /// <param name="writer">Where the class goes.</param>
    /// <param name="summary">Its XML summary.</param>
    /// <param name="name">Its name.</param>
    /// <param name="baseType">The runtime base class, without its type argument.</param>
    /// <param name="element">The type argument: the collection's members.</param>
    /// <param name="owner">The class whose <c>All</c> the positions index.</param>
    /// <param name="method">The base class's payload method, and its parameter (<c>Lookup(int property)</c>).</param>
    /// <param name="accessor">The static <c>Get</c> that the collection's members call, over the base class's protected reader.</param>
    /// <param name="packed">The payloads, by number.</param>
    /// <param name="count">What the base class is told the table holds; by default every payload (the taxonomies of the default collection have one more, <c>Articles.Newest</c>'s order).</param>
    public static void PayloadTable(SourceWriter writer, string summary, string name, string baseType, string element, string owner, (string Name, string Parameter) method, string[] accessors, Helpers.EquatableArray<string> packed, int? count = null)
    {
        writer.Line($"/// <summary>{summary}</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.Open($"internal sealed class {name} : {baseType}<{element}>"))
        {
            writer.Line($"internal static readonly {name} Instance = new();");
            writer.Line();
            Constructor(writer, name, CatalogEmitter.FormatVersion, (count ?? packed.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (string accessor in accessors)
            {
                writer.Line("/// <summary>What the collection's members return: one payload, decoded on first use.</summary>");
                writer.Line(accessor);
                writer.Line();
            }

            writer.Line("/// <inheritdoc/>");
            writer.Line($"protected override global::System.Collections.Generic.IReadOnlyList<{element}> All => {owner}.All;");
            writer.Line();
            CatalogEmitter.Dispatch(writer, $"protected override string {method.Name}(int {method.Parameter})", method.Parameter, packed.Select((p, i) => (i, CSharp.Packed(p))), "string.Empty");
        }
    }

    /// <summary>A generated catalog's private constructor, which passes its base class the arguments (the payload format first).</summary>
    public static void Constructor(SourceWriter writer, string name, params string[] arguments)
    {
        writer.Line($"private {name}()");
        writer.Line($"    : base({string.Join(", ", arguments)})");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
    }

    /// <summary>The header every generated file starts with.</summary>
    public static void Header(SourceWriter writer)
    {
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by ContentGen from content files. Edit the content, not this file.");
        writer.Line("#nullable enable");
        writer.Line();
    }

    private sealed class Both(IDisposable inner, IDisposable? outer) : IDisposable
    {
        public void Dispose()
        {
            inner.Dispose();
            outer?.Dispose();
        }
    }
}
