using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using ContentGen.Benchmarks;

if (args.Length > 0 && args[0] == "probe")
{
    Probe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args);
