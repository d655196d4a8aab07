using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: the backward lookups of one collection's reference properties
/// (<c>Post.WithAuthor(jane)</c>: the posts whose <c>Author</c> is Jane), computed at compile
/// time and decoded on first use.
/// </summary>
/// <typeparam name="T">The collection's type (an article collection or a data collection).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ReferenceLookups<T> : IReloadable
    where T : class
{
    private static readonly IReadOnlyList<T> None = Array.AsReadOnly(Array.Empty<T>());

    private readonly int _formatVersion;
    private readonly int _count;
    private Dictionary<string, Sources>?[] _lookups;

    /// <summary>Called by generated code only.</summary>
    /// <param name="formatVersion">The payload format the generator wrote; checked before anything is read.</param>
    /// <param name="count">How many reference properties the collection has.</param>
    protected ReferenceLookups(int formatVersion, int count)
    {
        _formatVersion = formatVersion;
        _count = count;
        _lookups = new Dictionary<string, Sources>?[count];
        HotReload.Register(this);
    }

    void IReloadable.Reset() => Volatile.Write(ref _lookups, new Dictionary<string, Sources>?[_count]);

    /// <summary>The members of the collection whose reference property names the target, in the order of <c>All</c>, each once.</summary>
    /// <param name="property">The property's number.</param>
    /// <param name="key">The target's id (a data entry) or slug (an article).</param>
    /// <returns>The members; empty when none names it.</returns>
    protected IReadOnlyList<T> With(int property, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Dictionary<string, Sources>?[] lookups = Volatile.Read(ref _lookups);
        Dictionary<string, Sources> lookup = Volatile.Read(ref lookups[property]) ?? Interlocked.CompareExchange(ref lookups[property], Decode(property), null) ?? lookups[property]!;
        return lookup.TryGetValue(key, out Sources? sources) ? sources.List(All) : None;
    }

    /// <summary>Generated: the list the positions index (the collection's <c>All</c>).</summary>
    protected abstract IReadOnlyList<T> All { get; }

    /// <summary>Generated: one reference property's lookup.</summary>
    /// <param name="property">Its number.</param>
    /// <returns>The packed payload.</returns>
    protected abstract string Lookup(int property);

    /// <summary>The payload (<see cref="PayloadFormat"/>, "lookups"): each target's key and its sources' positions.</summary>
    private Dictionary<string, Sources> Decode(int property)
    {
        Payload.EnsureFormat(_formatVersion, GetType());
        byte[] bytes = Payload.Inflate(Lookup(property));
        var reader = new PayloadReader(bytes);
        int count = bytes.Length == 0 ? 0 : reader.Int();
        var lookup = new Dictionary<string, Sources>(count, StringComparer.Ordinal);
        for (int t = 0; t < count; t++)
        {
            string key = reader.String();
            lookup[key] = new Sources(Positions.Read(ref reader));
        }

        return lookup;
    }

    private sealed class Sources(int[] positions)
    {
        private IReadOnlyList<T>? _list;

        public IReadOnlyList<T> List(IReadOnlyList<T> all)
        {
            IReadOnlyList<T>? list = Volatile.Read(ref _list);
            if (list is null)
            {
                list = Array.AsReadOnly(Array.ConvertAll(positions, i => all[i]));
                list = Interlocked.CompareExchange(ref _list, list, null) ?? list;
            }

            return list;
        }
    }
}
