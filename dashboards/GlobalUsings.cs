// Label filters (Where, Matches) on metric definitions are extension methods; every suite uses them.
global using Dashboards.PromQL.Metrics;
