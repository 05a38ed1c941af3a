using Company.Dashboards;
using Dashboards.Cli;

// Verbs: emit (default, writes ./out), validate, plan, push, prune, provision-files. Try --help.
return DashboardsCli.Run(args, DashboardCatalog.Build());
