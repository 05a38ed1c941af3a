namespace Dashboards.Model;

// Shortcuts of the generated GeomapPanel (Spec/panels/geomap.json).
public sealed partial record GeomapPanel
{
    /// <summary>Centres the map on coordinates at a zoom level (0 = the whole world).</summary>
    public GeomapPanel CenterOn(double latitude, double longitude, double zoom) =>
        this with
        {
            Options = Options with
            {
                Center = GeomapViewCenter.Coordinates,
                Latitude = SpecRanges.GeomapOptionsLatitude(latitude, nameof(latitude)),
                Longitude = SpecRanges.GeomapOptionsLongitude(longitude, nameof(longitude)),
                Zoom = SpecRanges.GeomapOptionsZoom(zoom, nameof(zoom)),
            },
        };

    /// <summary>Fits the view to the data: of every layer or of one, and only the last values if asked.</summary>
    public GeomapPanel FitToData(string? layer = null, bool lastValuesOnly = false, int? padding = null) =>
        this with { Options = Options with { Center = GeomapViewCenter.FitData, AllLayers = layer is null, FitLayer = layer, LastOnly = lastValuesOnly ? true : null, Padding = padding } };
}
