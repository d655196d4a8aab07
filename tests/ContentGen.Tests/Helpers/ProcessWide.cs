using Xunit;

namespace ContentGen.Tests.Helpers;

/// <summary>
/// Tests that change state every test of the process sees, run alone: xunit runs test classes in
/// parallel, and a class here would otherwise reach into the others while they run. The hot reload
/// handler with <c>ClearCache(null)</c> (the runtime's "which types changed is unknown") resets
/// every catalog of the process: run beside <c>LimitTests</c>, it made <c>Find</c> build a second
/// instance of an article that test had just read (its <c>Assert.Same</c> failed under load).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWide
{
    public const string Name = "Process-wide state";
}
