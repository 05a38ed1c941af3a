using Dashboards.Cli;
using Dashboards.Suites;

// The catalog is built inside Run, so the compiler can warm up on another core meanwhile.
return DashboardsCli.Run(args, () => AllSuites.Catalog);
