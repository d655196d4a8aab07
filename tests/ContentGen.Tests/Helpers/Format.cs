namespace ContentGen.Tests.Helpers;

/// <summary>The payload format of src/Shared, read from the runtime library (the tests see that file in both assemblies).</summary>
internal static class Format
{
    public static int Version { get; } = (int)typeof(Article).Assembly.GetType("ContentGen.Shared.PayloadFormat", throwOnError: true)!.GetField("Version")!.GetRawConstantValue()!;
}
