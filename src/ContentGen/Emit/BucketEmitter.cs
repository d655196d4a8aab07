using System.Globalization;
using System.Linq;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Emit;

/// <summary>
/// Writes one bucket of a collection: a static property per article, and the bucket's compressed
/// payloads as string literals returned by methods (or, past the literal budget, as constants).
/// </summary>
/// <remarks>
/// No class and no code per article: the compiler's cost grows with the compressed size of the
/// content, and a content edit changes string literals inside two method bodies, which hot reload
/// applies (docs/performance.md).
/// </remarks>
internal static class BucketEmitter
{
    public static string HintName(CollectionInfo collection, int bucket) => $"{collection.HintPrefix}.{bucket.ToString("D2", CultureInfo.InvariantCulture)}.g.cs";

    public static string Emit(BucketFile bucket)
    {
        CollectionInfo collection = bucket.Collection;
        string type = Collections.ArticleType(collection);
        string number = bucket.Number.ToString(CultureInfo.InvariantCulture);
        var writer = new SourceWriter();
        Collections.Header(writer);

        string at = "__" + Collections.BucketClass(bucket.Number);
        using (Collections.Open(writer, collection))
        {
            // Thousands of members in one type are what the compiler pays for most here: each
            // property is one call with one constant (no member lookup on a generic base, no
            // overload resolution between two arguments), and nullable analysis is off for them:
            // it has nothing to find in a call that returns a non-null article (docs/performance.md).
            writer.Line("#nullable disable");
            bool mapped = false;
            foreach (ArticleProperty property in bucket.Properties)
            {
                writer.Line($"/// <summary><b>{CSharp.XmlText(property.Title)}</b> (<c>{CSharp.XmlText(property.SourcePath)}</c>)</summary>");
                if (!collection.IsDefault)
                {
                    writer.Line(CSharp.GeneratedCodeAttribute);
                }

                // The property's declaration is mapped to its content file: the compiler gives that
                // file as the symbol's location, to navigation and to the debugger (docs/performance.md).
                if (CSharp.LineDirective(property.FilePath, property.Line) is { } directive)
                {
                    writer.Line(directive);
                    mapped = true;
                }

                string name = CSharp.Identifier(property.Identifier);
                writer.Line($"public static {type} {name} => {at}({property.Key.ToString(CultureInfo.InvariantCulture)});");
                writer.Line();
            }

            if (mapped)
            {
                writer.Line("#line default");
            }

            writer.Line("#nullable restore");
            writer.Line($"private static {type} {at}(int key) => {Collections.Catalog}.Get({number}, key);");
            writer.Line();

            using (writer.Open($"internal sealed partial class {Collections.Catalog}"))
            using (writer.Open($"private static partial class {Collections.BucketClass(bucket.Number)}"))
            {
                if (bucket.AsConstants)
                {
                    Constants(writer, bucket);
                }
                else
                {
                    Literals(writer, bucket);
                }
            }
        }

        return writer.ToString();
    }

    /// <remarks>
    /// One method per chunk: a hot reload sends the new body of every changed method, string
    /// literals included, and each update adds them to the assembly's user-string heap, which
    /// holds 16 MB for the build and every update of a session together. An edit then sends its
    /// chunk and the bucket's records, not every chunk of the bucket (docs/performance.md).
    /// </remarks>
    private static void Literals(SourceWriter writer, BucketFile bucket)
    {
        // The records in one method per chunk, concatenated: the reader splits them at their end markers.
        writer.Line($"internal static string Heads() => {string.Join(" + ", Enumerable.Range(0, bucket.Heads.Count).Select(c => $"H{c.ToString(CultureInfo.InvariantCulture)}()"))};");
        writer.Line();
        for (int c = 0; c < bucket.Heads.Count; c++)
        {
            writer.Line($"private static string H{c.ToString(CultureInfo.InvariantCulture)}() => {CSharp.Packed(bucket.Heads[c])};");
            writer.Line();
        }

        using (writer.Open("internal static string Chunk(int chunk)"))
        {
            // Chains of if, not switch: a switch costs the compiler far more per case (docs/performance.md).
            for (int c = 0; c < bucket.Chunks.Count; c++)
            {
                string n = c.ToString(CultureInfo.InvariantCulture);
                writer.Line($"if (chunk == {n}) return C{n}();");
            }

            writer.Line("return string.Empty;");
        }

        for (int c = 0; c < bucket.Chunks.Count; c++)
        {
            writer.Line();
            writer.Line($"private static string C{c.ToString(CultureInfo.InvariantCulture)}() => {CSharp.Packed(bucket.Chunks[c])};");
        }
    }

    /// <summary>
    /// Past the budget, payloads are constants: they go to the metadata's blob heap, which has no
    /// 16 MB limit, instead of the user-string heap that ordinary literals share with the project's
    /// own strings (CS8103). An edit to them is not hot-reloadable: dotnet watch restarts the app.
    /// </summary>
    private static void Constants(SourceWriter writer, BucketFile bucket)
    {
        string self = Collections.BucketClass(bucket.Number);
        for (int c = 0; c < bucket.Heads.Count; c++)
        {
            writer.Line($"private const string H{c.ToString(CultureInfo.InvariantCulture)} = {CSharp.Packed(bucket.Heads[c])};");
        }

        for (int c = 0; c < bucket.Chunks.Count; c++)
        {
            writer.Line($"private const string C{c.ToString(CultureInfo.InvariantCulture)} = {CSharp.Packed(bucket.Chunks[c])};");
        }

        writer.Line();
        writer.Line($"internal static string Heads() => {string.Join(" + ", Enumerable.Range(0, bucket.Heads.Count).Select(c => $"Constant(typeof({self}), nameof(H{c.ToString(CultureInfo.InvariantCulture)}))"))};");
        writer.Line();
        using (writer.Open("internal static string Chunk(int chunk)"))
        {
            for (int c = 0; c < bucket.Chunks.Count; c++)
            {
                string n = c.ToString(CultureInfo.InvariantCulture);
                writer.Line($"if (chunk == {n}) return Constant(typeof({self}), nameof(C{n}));");
            }

            writer.Line("return string.Empty;");
        }
    }
}
