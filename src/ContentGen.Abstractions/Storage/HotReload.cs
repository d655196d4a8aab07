using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(ContentGen.Storage.HotReload))]

namespace ContentGen.Storage;

/// <summary>
/// Content hot reload: when <c>dotnet watch</c> (or the debugger) applies a content edit, the
/// generated payload methods return the new text, and this handler drops what the catalogs of the
/// updated assemblies had decoded and created, so the next read sees the new content.
/// </summary>
/// <remarks>
/// The runtime calls <see cref="ClearCache"/> by name after every applied update (see
/// <see cref="MetadataUpdateHandlerAttribute"/>). Articles read before the update keep the data
/// they were created from; read them again through their property, <c>All</c> or <c>Find</c>.
/// </remarks>
internal static class HotReload
{
    private static readonly List<WeakReference<IReloadable>> Catalogs = [];

    /// <summary>Drops decoded content of the catalogs whose generated types were updated (all of them when the runtime does not say).</summary>
    /// <param name="updatedTypes">The types the update changed, or <see langword="null"/>.</param>
    /// <remarks>
    /// <see langword="null"/> means the runtime does not know which types changed, so every catalog
    /// of the process is reset, other assemblies' too: a reset costs a decode on the next read,
    /// while a catalog left alone could serve content an update replaced.
    /// </remarks>
    public static void ClearCache(Type[]? updatedTypes)
    {
        HashSet<System.Reflection.Assembly>? assemblies = updatedTypes is null ? null : [.. Array.ConvertAll(updatedTypes, t => t.Assembly)];
        lock (Catalogs)
        {
            Catalogs.RemoveAll(reference => !reference.TryGetTarget(out _));
            foreach (WeakReference<IReloadable> reference in Catalogs)
            {
                if (reference.TryGetTarget(out IReloadable? catalog) && (assemblies is null || assemblies.Contains(catalog.GetType().Assembly)))
                {
                    catalog.Reset();
                }
            }
        }
    }

    internal static void Register(IReloadable catalog)
    {
        lock (Catalogs)
        {
            Catalogs.Add(new WeakReference<IReloadable>(catalog));
        }
    }
}

/// <summary>What a hot reload resets: a generated catalog's decoded payload and the objects made from it.</summary>
internal interface IReloadable
{
    /// <summary>Drops what was decoded: the next read decodes the (new) payload.</summary>
    void Reset();
}
