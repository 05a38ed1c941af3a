return Dashboards.Cli.DashboardsCli.Run(args, Dashboards.Suites.AllSuites.Catalog);
