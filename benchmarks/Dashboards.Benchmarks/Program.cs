using BenchmarkDotNet.Running;
using Dashboards.Benchmarks.Scale;

// `-- scale ...` runs the scale test; anything else goes to BenchmarkDotNet (e.g. `-- --filter '*'`).
if (args.Length > 0 && args[0] == "scale") return ScaleRun.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
