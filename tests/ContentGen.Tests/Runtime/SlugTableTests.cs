using System;
using System.Globalization;
using System.Linq;
using ContentGen.Storage;
using Xunit;

namespace ContentGen.Tests.Runtime;

/// <summary>The slug lookup behind every <c>Find</c>: every length the hash reads differently, near-identical slugs, misses, and the first of a duplicate.</summary>
public sealed class SlugTableTests
{
    [Fact]
    public void Finds_every_slug_of_every_length_and_nothing_else()
    {
        // Lengths 0 to 40 characters cover the short path (under four characters), whole steps of
        // eight characters, and every overlap of the last read with the ones before.
        string[] slugs = [.. Enumerable.Range(0, 41).Select(n => new string('a', n))];
        var table = new SlugTable(slugs.Length);
        for (int i = 0; i < slugs.Length; i++)
        {
            table.TryAdd(slugs[i], i);
        }

        for (int i = 0; i < slugs.Length; i++)
        {
            Assert.Equal(i, table.Find(new string('a', i)));
        }

        Assert.Equal(-1, table.Find("b"));
        Assert.Equal(-1, table.Find(new string('a', 41)));
        Assert.Equal(-1, table.Find("aaaaaaaaaaaaaaaaaaaaaaaaab"));
    }

    [Fact]
    public void Slugs_that_differ_in_one_character_anywhere_are_told_apart()
    {
        // A thousand slugs of 25 characters, each differing from the others in one position of the
        // middle, where neither the first nor the last read of the hash looks alone.
        string[] slugs = [.. Enumerable.Range(0, 1000).Select(i => "docs/v" + i.ToString("D4", CultureInfo.InvariantCulture) + "/getting-started")];
        var table = new SlugTable(slugs.Length);
        for (int i = 0; i < slugs.Length; i++)
        {
            table.TryAdd(slugs[i], i);
        }

        Assert.All(Enumerable.Range(0, slugs.Length), i => Assert.Equal(i, table.Find(new string(slugs[i].AsSpan()))));
        Assert.Equal(-1, table.Find("docs/v1000/getting-started"));
    }

    [Fact]
    public void The_first_position_of_a_slug_served_twice_wins()
    {
        var table = new SlugTable(3);
        table.TryAdd("news/a", 0);
        table.TryAdd("news/b", 1);
        table.TryAdd("news/a", 2);
        Assert.Equal(0, table.Find("news/a"));
        Assert.Equal(1, table.Find("news/b"));
    }
}
