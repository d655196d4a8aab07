using System;
using System.Threading;
using System.Threading.Tasks;
using ContentGen.Tests.Helpers;
using Xunit;
using Xunit.Sdk;

namespace ContentGen.Tests.Reliability;

/// <summary>The deadline the limit tests run under: it fails a stuck test with its stage, and passes a finished one's result through.</summary>
public class DeadlineTests
{
    [Fact]
    public async Task Work_that_does_not_finish_fails_with_the_stage_it_reached()
    {
        using var release = new ManualResetEventSlim();
        string stage = "start";
        FailException failure = await Assert.ThrowsAsync<FailException>(() => Deadline.Within(TimeSpan.FromMilliseconds(100), () => stage, () =>
        {
            stage = "parsing";
            release.Wait();
        }));
        release.Set();
        Assert.Contains("the last stage reached: ", failure.Message, StringComparison.Ordinal);
        Assert.Matches("Not finished within 0(\\.\\d)? min", failure.Message);
    }

    [Fact]
    public async Task Work_that_finishes_passes_its_failure_through()
    {
        await Deadline.Within(TimeSpan.FromMinutes(5), () => "done", () => { });
        await Assert.ThrowsAsync<InvalidOperationException>(() => Deadline.Within(TimeSpan.FromMinutes(5), () => "done", () => throw new InvalidOperationException("inner")));
    }
}
