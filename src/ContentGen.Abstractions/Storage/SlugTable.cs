using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ContentGen.Storage;

/// <summary>
/// Slugs to positions, built once and read by every <c>Find</c> (a collection's index, and every
/// article's): open addressing over two arrays, linear probing, at most half full.
/// </summary>
/// <remarks>
/// Not a <c>Dictionary&lt;string, int&gt;</c>: a lookup there goes through its comparer's
/// interface twice (hash, then equality) and hashes two characters a step; here the hash reads
/// four characters a step and the equality is the string's own, so a <c>Find</c> at 10,000
/// articles takes fewer nanoseconds (docs/performance.md, "Find"). Not a <c>FrozenDictionary</c>
/// either: building one made the first <c>Find</c> of a process 23 ms instead of 3.4 ms. The hash
/// is not randomized: the keys are the project's own slugs, compiled into it, not input an
/// attacker chooses at run time.
/// </remarks>
internal sealed class SlugTable
{
    private readonly string?[] _keys;
    private readonly int[] _positions;
    private readonly int _mask;

    /// <param name="count">How many slugs will be added, at most.</param>
    public SlugTable(int count)
    {
        int capacity = 4;
        while (capacity < count * 2)
        {
            capacity *= 2;
        }

        _keys = new string?[capacity];
        _positions = new int[capacity];
        _mask = capacity - 1;
    }

    /// <summary>The slugs of a decoded payload (an index, the places of every article), each a length-prefixed string at its offset, at the positions of those offsets.</summary>
    public static SlugTable Of(byte[] payload, int[] slugAt)
    {
        var table = new SlugTable(slugAt.Length);
        for (int i = 0; i < slugAt.Length; i++)
        {
            var reader = new PayloadReader(payload) { Position = slugAt[i] };
            table.TryAdd(reader.String(), i);
        }

        return table;
    }

    /// <summary>Adds a slug; the first position added for a slug wins (the build reports a slug served twice, CG0008).</summary>
    public void TryAdd(string slug, int position)
    {
        int i = (int)Hash(slug) & _mask;
        while (_keys[i] is { } key)
        {
            if (string.Equals(key, slug, StringComparison.Ordinal))
            {
                return;
            }

            i = (i + 1) & _mask;
        }

        _keys[i] = slug;
        _positions[i] = position;
    }

    /// <summary>The slug's position, or -1.</summary>
    public int Find(string slug)
    {
        string?[] keys = _keys;
        int i = (int)Hash(slug) & _mask;
        while (true)
        {
            string? key = keys[i];
            if (key is null)
            {
                return -1;
            }

            if (string.Equals(key, slug))
            {
                return _positions[i];
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Four characters a step, multiplied and folded (a 64-bit multiplicative hash); the length is mixed in first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(string slug)
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(slug.AsSpan());
        ulong hash = (ulong)bytes.Length * 0x9E3779B97F4A7C15;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes.Slice(i))) * 0x9E3779B97F4A7C15;
            hash ^= hash >> 32;
        }

        if (i < bytes.Length)
        {
            // The last one to three characters.
            ulong tail = 0;
            for (int shift = 0; i < bytes.Length; i++, shift += 8)
            {
                tail |= (ulong)bytes[i] << shift;
            }

            hash = (hash ^ tail) * 0x9E3779B97F4A7C15;
            hash ^= hash >> 32;
        }

        return (uint)hash;
    }
}
