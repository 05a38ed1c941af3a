// Option shapes of the transformations Grafana implements in its app (public/app/features/transformers), not in
// @grafana/data, so the oracle cannot import or run them under node. Facts (key names and types) transcribed from
// grafana/grafana (Apache-2.0), main branch, 2026: the file named beside each interface. Enums are written as the string
// values Grafana saves. Checked like the published types: unknown keys and wrong types fail.

type ReducerID = string;
interface MatcherConfig { id: string; options?: unknown }

// fieldToConfigMapping/fieldToConfigMapping.ts
interface FieldToConfigMapping {
  fieldName: string;
  reducerId?: ReducerID;
  handlerKey: string | null;
  handlerArguments?: { threshold?: { color: string } };
}

export interface TransformerOptions {
  // rowsToFields/rowsToFields.ts
  rowsToFields: { nameField?: string; valueField?: string; mappings?: FieldToConfigMapping[] };
  // configFromQuery/configFromQuery.ts
  configFromData: { configRefId?: string; mappings: FieldToConfigMapping[]; applyTo?: MatcherConfig };
  // prepareTimeSeries/prepareTimeSeries.ts
  prepareTimeSeries: { format: 'wide' | 'long' | 'multi' | 'many' };
  // lookupGazetteer/fieldLookup.ts
  fieldLookup: { lookupField?: string; gazetteer?: string };
  // calculateHeatmap/heatmap.ts (HeatmapTransformerOptions extends @grafana/schema HeatmapCalculationOptions)
  heatmap: {
    xBuckets?: { mode?: 'size' | 'count'; value?: string; scale?: { type: 'linear' | 'log' | 'ordinal' | 'symlog'; log?: number; linearThreshold?: number } };
    yBuckets?: { mode?: 'size' | 'count'; value?: string; scale?: { type: 'linear' | 'log' | 'ordinal' | 'symlog'; log?: number; linearThreshold?: number } };
    keepOriginalData?: boolean;
  };
  // spatial/models.gen.ts (SpatialTransform); source is @grafana/schema FrameGeometrySource
  spatial: {
    action?: 'prepare' | 'calculate' | 'modify';
    source?: { mode: 'auto' | 'geohash' | 'coords' | 'lookup'; geohash?: string; latitude?: string; longitude?: string; wkt?: string; lookup?: string; gazetteer?: string };
    calculate?: unknown;
    modify?: unknown;
  };
  // joinByLabels/joinByLabels.ts
  joinByLabels: { value?: string; join?: string[] };
  // extractFields/types.ts
  extractFields: {
    source?: string;
    jsonPaths?: Array<{ path: string; alias?: string }>;
    regExp?: string;
    format?: 'json' | 'kvp' | 'auto' | 'regexp';
    replace?: boolean;
    keepTime?: boolean;
  };
  // partitionByValues/partitionByValues.ts
  partitionByValues: {
    fields: string[];
    naming?: { asLabels?: boolean; append?: boolean; withNames?: boolean; separator1?: string; separator2?: string };
    keepFields?: boolean;
  };
  // timeSeriesTable/timeSeriesTableTransformer.ts
  timeSeriesTable: { [refId: string]: { stat?: ReducerID; mergeSeries?: boolean; timeField?: string } };
  // regression/regression.ts
  regression: { modelType?: 'linear' | 'polynomial'; degree?: number; xFieldName?: string; yFieldName?: string; predictionCount?: number };
  // smoothing/smoothing.ts
  smoothing: { resolution?: number };
}
