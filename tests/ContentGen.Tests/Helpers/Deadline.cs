using System;
using System.Threading.Tasks;
using Xunit;

namespace ContentGen.Tests.Helpers;

/// <summary>A bound on a long test: past it the test fails with a message saying how far it got, instead of holding the run.</summary>
internal static class Deadline
{
    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and fails when it has not finished within
    /// <paramref name="limit"/>, naming <paramref name="stage"/>'s last value. The work cannot be
    /// stopped from outside; it is left to finish in the background while the run goes on.
    /// </summary>
    public static async Task Within(TimeSpan limit, Func<string> stage, Action work)
    {
        Task task = Task.Run(work);
        if (await Task.WhenAny(task, Task.Delay(limit)) != task)
        {
            Assert.Fail($"Not finished within {limit.TotalMinutes:0.#} min; the last stage reached: {stage()}. Either a step hangs, or the machine is far slower than usual.");
        }

        await task;
    }
}
