// Options of the Grafana core panels that @grafana/schema does not publish (alertlist, flamegraph, traces, datagrid),
// transcribed as facts (keys and types only) from Grafana's frontend source, for the oracle's schema check:
// - alertlist: public/app/plugins/panel/alertlist/types.ts, UnifiedAlertListOptions (Grafana 12)
// - flamegraph: public/app/plugins/panel/flamegraph/module.tsx: `new PanelPlugin(FlameGraphPanel)`, no options
// - traces: public/app/plugins/panel/traces/module.tsx: span filters under `spanFilters` (inner shape not checked here)
// - datagrid: public/app/plugins/panel/datagrid/panelcfg.cue (same as the foundation SDK's datagrid jsonschema)

export declare namespace alertlist {
  enum SortOrder { AlphaAsc = 1, AlphaDesc = 2, Importance = 3, TimeAsc = 4, TimeDesc = 5 }
  enum GroupMode { Default = 'default', Custom = 'custom' }
  enum ViewMode { List = 'list', Stat = 'stat' }
  interface StateFilter {
    firing: boolean; pending: boolean; inactive?: boolean; recovering: boolean; noData: boolean; normal: boolean; error: boolean;
  }
  interface Options {
    maxItems: number; sortOrder: SortOrder; dashboardAlerts: boolean; groupMode: GroupMode; groupBy: string[]; alertName: string;
    showInstances: boolean; folder: { uid: string; title: string }; stateFilter: StateFilter; alertInstanceLabelFilter: string;
    datasource: string; viewMode: ViewMode; showInactiveAlerts: boolean;
  }
}

export declare namespace flamegraph {
  type Options = Record<string, never>;
}

export declare namespace traces {
  interface Options { spanFilters?: Record<string, unknown>; }
}

export declare namespace datagrid {
  interface Options { selectedSeries: number; }
}
