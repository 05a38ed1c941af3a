// The query-running and variable-resolution logic lives in the library (Dashboards.Review.DataCheck), shared with
// the CLI's check-data verb; these tests call it.
global using Dashboards.Review.DataCheck.Checks;
global using Dashboards.Review.DataCheck.Grafana;
global using Dashboards.Review.DataCheck.Prometheus;
global using Dashboards.Review.DataCheck.Rules;
