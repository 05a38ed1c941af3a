using Dashboards.Cli;
using Dashboards.Suites;

return DashboardsCli.Run(args, AllSuites.Catalog);
