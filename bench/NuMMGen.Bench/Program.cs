using BenchmarkDotNet.Running;
using NuMMGen.Bench;

// Runs the benchmarks named on the command line, e.g.
//   dotnet run -c Release --project bench/NuMMGen.Bench -- --filter '*CrossSection*'
// or the end-to-end Stopwatch harness:
//   dotnet run -c Release --project bench/NuMMGen.Bench -- throughput CONFIG OUT.arrow EVENTS THREADS [REPEAT]
// or one sampling channel in a plain loop, for profilers:
//   dotnet run -c Release --project bench/NuMMGen.Bench -- sample-loop CASE THOUSANDS [batch]
// or a config's mixture in a plain loop (as the block sampler draws it, without the detector):
//   dotnet run -c Release --project bench/NuMMGen.Bench -- sample-loop CONFIG.json THOUSANDS
// or the cost of a sampler thread's parts (sampling, block columns, detector, block size):
//   dotnet run -c Release --project bench/NuMMGen.Bench -- block-cost CONFIG MILLIONS ROUNDS
if (args.Length > 0 && args[0] == "throughput")
    ThroughputHarness.Run(args);
else if (args.Length > 0 && args[0] == "sample-loop")
    SamplingLoop.Run(args);
else if (args.Length > 0 && args[0] == "block-cost")
    BlockCostHarness.Run(args);
else
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
