namespace Dashboards.Model;

// Shortcuts of the generated CandlestickPanel (Spec/panels/candlestick.json).
public sealed partial record CandlestickPanel
{
    /// <summary>
    /// The fields holding each price (and the volume); by default Grafana looks for fields named open, high, low, close
    /// and volume.
    /// </summary>
    public CandlestickPanel Fields(string open, string high, string low, string close, string? volume = null) =>
        this with { Options = Options with { OpenField = open, HighField = high, LowField = low, CloseField = close, VolumeField = volume } };

    /// <summary>Colours of rising, falling and (optionally) flat candles.</summary>
    public CandlestickPanel Colors(Color up, Color down, Color? flat = null) =>
        this with { Options = Options with { UpColor = up, DownColor = down, FlatColor = flat ?? Options.FlatColor } };

    /// <summary>Shortcut for <c>Style(s => s.Stack(mode))</c> of the extra fields drawn as time series.</summary>
    public CandlestickPanel Stacking(StackingMode mode) =>
        this with { FieldConfig = FieldConfig with { Style = FieldConfig.Style.Stack(mode) } };
}
