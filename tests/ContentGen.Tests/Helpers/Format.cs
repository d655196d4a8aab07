using System;
using System.Reflection;

namespace ContentGen.Tests.Helpers;

/// <summary>The payload format of src/Shared, read from the runtime library (the tests see that file in both assemblies).</summary>
internal static class Format
{
    private static readonly Type s_format = typeof(Article).Assembly.GetType("ContentGen.Shared.PayloadFormat", throwOnError: true)!;

    public static int Version { get; } = (int)s_format.GetField("Version")!.GetRawConstantValue()!;

    public static uint StampSeed { get; } = (uint)s_format.GetField("StampSeed")!.GetRawConstantValue()!;

    private static readonly MethodInfo s_stamp = s_format.GetMethod("Stamp", BindingFlags.Public | BindingFlags.Static)!;

    private static readonly MethodInfo s_pack = s_format.GetMethod("Pack", BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>Bytes packed into a payload literal's characters, as the generator packs them.</summary>
    public static string Pack(byte[] bytes) => (string)s_pack.Invoke(null, [bytes, bytes.Length])!;

    /// <summary>Continues a chunk's stamp over the bytes of one record, as the runtime does.</summary>
    public static uint Stamp(uint stamp, byte[] bytes, int start, int count) => (uint)s_stamp.Invoke(null, [stamp, bytes, start, count])!;
}
