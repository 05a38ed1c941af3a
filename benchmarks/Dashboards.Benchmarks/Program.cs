using BenchmarkDotNet.Running;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Scale;

// `-- scale ...` runs the scale test; anything else goes to BenchmarkDotNet (e.g. `-- --filter '*'`),
// after taking out our own `--cpu-time` flag (measure process CPU time in process: for busy machines).
if (args.Length > 0 && args[0] == "scale") return ScaleRun.Run(args[1..]);
BenchmarkConfig.UseCpuClock = args.Contains("--cpu-time");
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Where(a => a != "--cpu-time")]);
return 0;
