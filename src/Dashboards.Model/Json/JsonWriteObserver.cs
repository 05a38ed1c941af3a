namespace Dashboards.Model.Json;

/// <summary>
/// Sees every token <see cref="GrafanaJsonWriter"/> writes, as it writes it (the streaming schema check listens here,
/// so a dashboard is validated without parsing its JSON again). Numbers come as the bytes written.
/// </summary>
internal abstract class JsonWriteObserver
{
    public abstract void StartObject();
    public abstract void StartArray();
    public abstract void EndObject();
    public abstract void EndArray();
    public abstract void Name(ReadOnlySpan<byte> utf8Name);
    public abstract void Name(string name);
    public abstract void String(string value);

    /// <summary>A string that exists only as characters (a query printed into a buffer); the default makes a string of it.</summary>
    public virtual void String(ReadOnlySpan<char> value) => String(value.ToString());
    public abstract void Number(ReadOnlySpan<byte> written);
    public abstract void Boolean(bool value);
    public abstract void Null();

    /// <summary>Something seen so far did not conform (or could not be proven to): values written now must not be remembered as checked.</summary>
    public abstract bool Rejected { get; }

    /// <summary>What the next value (after a name) is checked against; equal tokens check equal values alike.</summary>
    public abstract object NextValueToken { get; }

    /// <summary>The next value is bytes already checked against <see cref="NextValueToken"/>: consume it unchecked.</summary>
    public abstract void SkipCheckedValue(ReadOnlySpan<byte> written);
}
