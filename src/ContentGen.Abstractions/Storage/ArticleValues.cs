using System;
using System.ComponentModel;
using System.Runtime.InteropServices;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: reads a collection article's typed front matter, one property after the
/// other in the order of the collection type's properties. The generated constructor of each
/// collection calls <see cref="Next"/> for each property, then the reader of its type.
/// </summary>
/// <remarks>Each value was converted and checked at compile time; here it is only decoded.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public ref struct ArticleValues
{
    private readonly IContentResolver _resolver;
    private PayloadReader _reader;

    internal ArticleValues(IContentResolver resolver, ReadOnlySpan<byte> bytes)
    {
        _resolver = resolver;
        _reader = new PayloadReader(bytes);
    }

    /// <summary>Whether the front matter gave the next property a value (else it keeps its initializer).</summary>
    /// <returns><see langword="true"/> when a value (or null, see <see cref="IsNull"/>) follows.</returns>
    public bool Next()
    {
        var tag = (ValueTag)_reader.Byte();
        IsNull = tag == ValueTag.Null;
        return tag != ValueTag.Unset;
    }

    /// <summary>The value <see cref="Next"/> announced is null (an empty front matter value on a nullable property).</summary>
    public bool IsNull { get; private set; }

    /// <summary>The number of items of a list value.</summary>
    /// <returns>The count; read as many values next.</returns>
    public int Count() => _reader.Int();

    /// <summary>A text value.</summary>
    /// <returns>The text.</returns>
    public string String() => _reader.String();

    /// <summary>A <see cref="bool"/> value.</summary>
    /// <returns>The value.</returns>
    public bool Boolean() => _reader.Byte() != 0;

    /// <summary>An <see cref="int"/> value.</summary>
    /// <returns>The value.</returns>
    public int Int32() => checked((int)_reader.ZigZag());

    /// <summary>A <see cref="long"/> value, or the value of an enum member.</summary>
    /// <returns>The value.</returns>
    public long Int64() => _reader.ZigZag();

    /// <summary>A <see cref="double"/> value, bit for bit as the compiler read it.</summary>
    /// <returns>The value.</returns>
    public double Double() => BitConverter.Int64BitsToDouble((long)_reader.Varint());

    /// <summary>A <see cref="decimal"/> value, scale included.</summary>
    /// <returns>The value.</returns>
    public decimal Decimal() => new([(int)_reader.ZigZag(), (int)_reader.ZigZag(), (int)_reader.ZigZag(), (int)_reader.ZigZag()]);

    /// <summary>A <see cref="System.DateOnly"/> value.</summary>
    /// <returns>The value.</returns>
    public DateOnly DateOnly() => System.DateOnly.FromDayNumber(_reader.Int());

    /// <summary>A <see cref="System.DateTime"/> value, in UTC.</summary>
    /// <returns>The value.</returns>
    public DateTime DateTime() => new(_reader.ZigZag(), DateTimeKind.Utc);

    /// <summary>A <see cref="System.DateTimeOffset"/> value, offset kept.</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset DateTimeOffset()
    {
        long ticks = _reader.ZigZag();
        return new DateTimeOffset(ticks, System.TimeSpan.FromMinutes(_reader.ZigZag()));
    }

    /// <summary>A <see cref="System.TimeSpan"/> value.</summary>
    /// <returns>The value.</returns>
    public TimeSpan TimeSpan() => new(_reader.ZigZag());

    /// <summary>A <see cref="System.Uri"/> value, absolute or relative as written.</summary>
    /// <returns>The value.</returns>
    public Uri Uri() => new(_reader.String(), UriKind.RelativeOrAbsolute);

    /// <summary>An image (an <see cref="ContentGen.Image"/> property): its path, size, format and URL.</summary>
    /// <returns>The value.</returns>
    public Image Image()
    {
        string path = _reader.String();
        int width = _reader.Int();
        int height = _reader.Int();
        string format = _reader.String();
        string url = _reader.String();
        return new Image(path, width, height, format, url);
    }

    /// <summary>A <see cref="System.Guid"/> value.</summary>
    /// <returns>The value.</returns>
    public Guid Guid() => new(_reader.Bytes(16));

    /// <summary>An article of a collection (a reference property), resolved when read.</summary>
    /// <returns>The article.</returns>
    public Article Article() => _resolver.Resolve(ArticleRef.Read(ref _reader)) ?? throw new InvalidOperationException("A reference in the generated content names no article.");

    /// <summary>An entry of a data collection (a reference property typed with a data collection), resolved when read.</summary>
    /// <typeparam name="T">The data collection's type.</typeparam>
    /// <returns>The entry.</returns>
    public T Entry<T>()
        where T : class
    {
        int collection = _reader.Int();
        string id = _reader.String();
        return _resolver.ResolveEntry(collection, id) as T ?? throw new InvalidOperationException($"A reference in the generated content names no {typeof(T).Name} '{id}'.");
    }
}

/// <summary>What a reader of typed values resolves references through: the article's or the data entry's catalog.</summary>
internal interface IContentResolver
{
    /// <summary>The article at a place of any collection of the assembly.</summary>
    Article? Resolve(ArticleRef target);

    /// <summary>The entry with this id in a data collection of the assembly.</summary>
    object? ResolveEntry(int collection, string id);
}
