using Company.Dashboards;
using Dashboards.Cli;

// Verbs: emit (default, writes ./out), validate, plan, push, prune, provision-files. Try --help.
// The catalog is built inside Run (a method group, not a call), so the compiler warms up on another core meanwhile.
return DashboardsCli.Run(args, DashboardCatalog.Build);
