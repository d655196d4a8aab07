using System.Collections.Generic;
using System.Threading;

namespace ContentGen.Storage;

/// <summary>
/// Where created objects are published: a bucket of an article catalog's state, or a data
/// catalog's state. Each slot is written once, under this object's lock, and read without one.
/// </summary>
internal abstract class Slots
{
    private static long s_order;

    protected Slots() => Order = Interlocked.Increment(ref s_order);

    /// <summary>A total order of every <see cref="Slots"/> of the process: locks on several are taken in it, so they cannot deadlock.</summary>
    public long Order { get; }

    /// <summary>Whether the slot holds a published object.</summary>
    public abstract bool IsTaken(int slot);

    /// <summary>Publishes <paramref name="value"/> in the slot; called under this object's lock.</summary>
    public abstract void Write(int slot, object value);
}

/// <summary>
/// The objects one thread is creating together (articles of any collection, entries of any data
/// collection, which may refer to each other in cycles): the outermost creation publishes them
/// all at once, so another thread sees either none of them or all of them complete.
/// </summary>
/// <remarks>
/// No lock is held while a constructor runs: an object is registered here as soon as its
/// constructor starts (before it reads its references), so a cycle that comes back to it on this
/// thread finds it. Two threads that create the same object at once both run its constructor;
/// the first to publish wins, and the other takes the winner's objects.
/// </remarks>
internal sealed class Creation
{
    [System.ThreadStatic]
    private static Creation? t_current;

    private readonly List<Member> _members = [];

    public static Creation Current => t_current ??= new Creation();

    /// <summary>How many creations are running on this thread, one inside the other (0 outside any).</summary>
    public int Depth { get; private set; }

    /// <summary>The object of this slot whose constructor is running on this thread, or null.</summary>
    public object? Pending(Slots slots, int slot)
    {
        foreach (Member member in _members)
        {
            if (ReferenceEquals(member.Slots, slots) && member.Slot == slot)
            {
                return member.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Runs a constructor as part of this thread's creation. The outermost run publishes every
    /// object created meanwhile (the one it built and those its references built, in cycles too);
    /// a run inside another leaves that to the outermost.
    /// </summary>
    /// <param name="construct">Creates the object; user code (initializers) runs in it, with no lock held.</param>
    /// <returns>The object; null when another thread published one of these slots first (the caller reads the published ones).</returns>
    public object? Run(System.Func<object> construct)
    {
        object created;
        Depth++;
        try
        {
            created = construct();
        }
        catch
        {
            if (--Depth == 0)
            {
                Discard();
            }

            throw;
        }

        if (--Depth > 0)
        {
            return created;
        }

        return Publish() ? created : null;
    }

    /// <summary>Called when an object's constructor starts, before it reads its references: while a creation runs on this thread, a cycle that comes back to the object finds it.</summary>
    public void Started(Slots slots, int slot, object value)
    {
        if (Depth > 0)
        {
            _members.Add(new Member(slots, slot, value));
        }
    }

    private void Discard() => _members.Clear();

    /// <summary>All or nothing: false when another thread published one of these slots first.</summary>
    private bool Publish()
    {
        try
        {
            if (_members.Count == 1)
            {
                Member only = _members[0];
                lock (only.Slots)
                {
                    if (!only.Slots.IsTaken(only.Slot))
                    {
                        only.Slots.Write(only.Slot, only.Value);
                    }
                }

                // Whoever won, one object per slot: the caller reads it back.
                return true;
            }

            return PublishAll();
        }
        finally
        {
            _members.Clear();
        }
    }

    private bool PublishAll()
    {
        var all = new List<Slots>();
        foreach (Member member in _members)
        {
            if (!all.Contains(member.Slots))
            {
                all.Add(member.Slots);
            }
        }

        all.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        int locked = 0;
        try
        {
            foreach (Slots slots in all)
            {
                Monitor.Enter(slots);
                locked++;
            }

            foreach (Member member in _members)
            {
                if (member.Slots.IsTaken(member.Slot))
                {
                    return false;
                }
            }

            foreach (Member member in _members)
            {
                member.Slots.Write(member.Slot, member.Value);
            }

            return true;
        }
        finally
        {
            for (int i = locked - 1; i >= 0; i--)
            {
                Monitor.Exit(all[i]);
            }
        }
    }

    /// <summary>
    /// A class, not a tuple: a list of a reference type runs the framework's precompiled code, where
    /// a new struct instantiation is compiled on first use; fields, not properties, for the same reason.
    /// </summary>
    private sealed class Member(Slots slots, int slot, object value)
    {
        public readonly Slots Slots = slots;

        public readonly int Slot = slot;

        public readonly object Value = value;
    }
}
