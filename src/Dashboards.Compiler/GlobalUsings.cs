global using System.Collections.Immutable;
global using Dashboards.Model.Transformations;
