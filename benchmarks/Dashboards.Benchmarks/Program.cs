using BenchmarkDotNet.Running;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Scale;

// `-- scale ...` runs the scale test; `-- peer ...` the side-by-side run against the foundation SDK (benchmarks/peer); anything else goes to BenchmarkDotNet (e.g. `-- --filter '*'`),
// after taking out our own `--cpu-time` flag (measure process CPU time in process: for busy machines).
if (args.Length > 0 && args[0] == "scale") return ScaleRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "loop") return Dashboards.Benchmarks.Peer.PeerRun.Loop(args[1..]);
if (args.Length > 0 && args[0] == "sample") { Console.Out.Write(Dashboards.Model.Json.DashboardJson.SerializeToString(Dashboards.Benchmarks.Workloads.SampleDashboards.Build(0, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10))); return 0; }
if (args.Length > 0 && args[0] == "writerfloor") return Dashboards.Benchmarks.Profiling.WriterFloor.Run();
if (args.Length > 0 && args[0] == "alloctypes") return Dashboards.Benchmarks.Profiling.AllocationTypes.Run(args[1..]);
if (args.Length > 0 && args[0] == "alloc") return Dashboards.Benchmarks.Profiling.BuildAllocations.Run();
if (args.Length > 0 && args[0] == "peer") return Dashboards.Benchmarks.Peer.PeerRun.Run(args[1..]);
BenchmarkConfig.UseCpuClock = args.Contains("--cpu-time");
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Where(a => a != "--cpu-time")]);
return 0;
