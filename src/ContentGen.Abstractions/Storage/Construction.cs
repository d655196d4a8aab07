using System;
using System.Collections.Generic;

namespace ContentGen.Storage;

/// <summary>
/// How every generated object (an article of any collection, an entry of any data collection) is
/// created: under one lock, so that references across collections cannot deadlock, and published
/// to other threads only once the outermost creation and everything it created are complete.
/// </summary>
/// <remarks>
/// References may form cycles (a post whose author's featured post is that post): an object is
/// visible to the constructors of what it refers to as soon as its own constructor starts
/// (<see cref="Started"/>), on the thread that creates it.
/// </remarks>
internal static class Construction
{
    /// <summary>The one lock of every catalog.</summary>
    public static readonly object Gate = new();

    /// <summary>Objects whose constructors are running on the thread that holds <see cref="Gate"/>, by owner and place.</summary>
    private static readonly Dictionary<(object Owner, int Bucket, int Slot), object> Pending = [];
    private static readonly List<Action> Publishing = [];
    private static int _depth;

    /// <summary>Called from a constructor, under <see cref="Gate"/>: the object exists before it reads its references.</summary>
    public static void Started(object owner, int bucket, int slot, object value) => Pending[(owner, bucket, slot)] = value;

    /// <summary>The object of this place whose constructor is running on this thread (a reference cycle came back to it); under <see cref="Gate"/>.</summary>
    public static object? Running(object owner, int bucket, int slot) => Pending.TryGetValue((owner, bucket, slot), out object? value) ? value : null;

    /// <summary>Creates an object under <see cref="Gate"/>; <paramref name="publish"/> runs once the outermost creation is complete.</summary>
    public static T Run<T>(Func<T> create, Action<T> publish)
    {
        _depth++;
        try
        {
            T created = create();
            Publishing.Add(() => publish(created));
            return created;
        }
        finally
        {
            if (--_depth == 0)
            {
                foreach (Action action in Publishing)
                {
                    action();
                }

                Publishing.Clear();
                Pending.Clear();
            }
        }
    }
}
