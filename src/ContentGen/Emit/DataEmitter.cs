using System.Globalization;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Emit;

/// <summary>
/// Writes a data collection type's generated part: the constructor that reads an entry's typed
/// values, <c>Id</c>, <c>All</c>, <c>Find</c>, one static property per entry, the backward
/// lookups of its reference properties, and the catalog that holds its entries as data.
/// </summary>
/// <remarks>
/// The entries are one payload (a string literal): an edit to an entry's values changes that
/// method's body only, which hot reload applies; adding an entry adds a property.
/// </remarks>
internal static class DataEmitter
{
    public const string Catalog = "__Data";

    public static string HintName(CollectionInfo collection) => collection.HintPrefix + ".g.cs";

    public static string Emit(DataCatalogModel model, string entries, Helpers.EquatableArray<string> lookups)
    {
        CollectionInfo collection = model.Collection;
        CollectionSchema schema = model.Schema;
        string type = collection.FullName;
        var writer = new SourceWriter();
        Collections.Header(writer);
        using (Collections.OpenNamespace(writer, collection))
        {
            // The user's type, completed; no [GeneratedCode] on the type itself: analyzers must still see the user's part.
            writer.Line(schema.IsRecord ? $"partial record {collection.Name}" : $"partial class {collection.Name}");
            using (writer.Open(null))
            {
                var readers = new ValueReaders();
                writer.Line("/// <summary>Called by generated code only: creates an entry from its record.</summary>");
                writer.Line("/// <param name=\"__entry\">The entry's record.</param>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
                writer.Line($"private {collection.Name}(global::ContentGen.Storage.DataEntry __entry)");
                using (writer.Open(null))
                {
                    writer.Line("this.Id = __entry.Id;");

                    // First: from here on, references that come back to this entry (cycles) see it.
                    readers.Properties(writer, schema.Properties, "__entry.Values(this)");
                }

                writer.Line();
                if (!schema.DeclaresConstructor)
                {
                    // Declaring the constructor above removes the implicit one: keep it, for entries made in code (tests).
                    writer.Line("/// <summary>Creates an instance that is not an entry of the collection: its <see cref=\"Id\"/> is empty.</summary>");
                    writer.Line(CSharp.GeneratedCodeAttribute);
                    writer.Line($"public {collection.Name}()");
                    writer.Line("{");
                    writer.Line("}");
                    writer.Line();
                }

                writer.Line("/// <summary>The entry's id: its path under the collection's folder (one entry per file), else its key or its <c>id</c> in the file. Unique in the collection, and a URL path, like a slug.</summary>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line("public string Id { get; } = string.Empty;");
                writer.Line();
                writer.Line("/// <summary>Every entry, ordered by source path (ordinal), then by its order in the file. An entry is created when it is first read.</summary>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> All => {Catalog}.Instance;");
                writer.Line();
                writer.Line("/// <summary>The entry with this id (ordinal comparison), or <see langword=\"null\"/>.</summary>");
                writer.Line("/// <param name=\"id\">An id, such as <c>jane-doe</c>.</param>");
                writer.Line("/// <returns>The entry, or <see langword=\"null\"/> when no entry has that id.</returns>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line($"public static {type}? Find(string id) => {Catalog}.Instance.ById(id);");
                writer.Line();

                for (int i = 0; i < model.Entries.Count; i++)
                {
                    DataEntryModel entry = model.Entries[i];
                    writer.Line($"/// <summary><b>{CSharp.XmlText(entry.Id)}</b> (<c>{CSharp.XmlText(entry.SourcePath)}</c>)</summary>");
                    writer.Line(CSharp.GeneratedCodeAttribute);
                    writer.Line($"public static {type} {CSharp.Identifier(entry.Identifier)} => {Catalog}.Get({i.ToString(CultureInfo.InvariantCulture)});");
                    writer.Line();
                }

                if (model.Lookups.Count > 0)
                {
                    Lookups.Members(writer, collection, schema, model.Lookups, lookups);
                    writer.Line();
                }

                // Nothing here runs before an entry, All or Find is first used.
                writer.Line("/// <summary>The collection's entries, stored as data, and the objects created from them.</summary>");
                writer.Line(CSharp.GeneratedCodeAttribute);
                writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                using (writer.Open($"internal sealed class {Catalog} : global::ContentGen.Storage.DataCatalog<{type}>"))
                {
                    writer.Line($"internal static readonly {Catalog} Instance = new();");
                    writer.Line();
                    Collections.Constructor(writer, Catalog, CatalogEmitter.FormatVersion);
                    writer.Line("/// <summary>The entry at a position of <c>All</c>: what each entry property returns.</summary>");
                    writer.Line($"internal static {type} Get(int index) => Instance.At(index);");
                    writer.Line();
                    writer.Line("/// <summary>The entry with this id, or <see langword=\"null\"/>.</summary>");
                    writer.Line($"internal {type}? ById(string id) => Find(id);");
                    writer.Line();
                    writer.Line("/// <inheritdoc/>");
                    writer.Line($"protected override string Entries() => {CSharp.Packed(entries)};");
                    writer.Line();
                    writer.Line("/// <inheritdoc/>");
                    writer.Line($"protected override {type} Create(global::ContentGen.Storage.DataEntry entry) => new {type}(entry);");
                    writer.Line();
                    Collections.ArticleResolver(writer, model.Articles);
                    writer.Line();
                    Collections.EntryResolver(writer, model.Data);
                }

                readers.Records(writer);
            }
        }

        return writer.ToString();
    }
}
