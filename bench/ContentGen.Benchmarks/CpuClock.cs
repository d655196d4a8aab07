using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ContentGen.Benchmarks;

/// <summary>
/// The process's CPU time, every thread included: on a machine shared with other builds a run's
/// wall time mostly measures the others, its CPU time much less so. Linux: clock_gettime, to the
/// nanosecond; elsewhere <see cref="Process.TotalProcessorTime"/>, which may tick in 10-15 ms steps.
/// </summary>
internal static class CpuClock
{
    private const int ProcessCpuTime = 2; // CLOCK_PROCESS_CPUTIME_ID

    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ProcessCpuTime, out TimeSpec now) == 0)
        {
            return (now.Seconds * 1000.0) + (now.Nanoseconds / 1_000_000.0);
        }

        using Process process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
