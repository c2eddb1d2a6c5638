using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line, e.g.
//   dotnet run -c Release --project bench/NuMMGen.Bench -- --filter '*CrossSection*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
