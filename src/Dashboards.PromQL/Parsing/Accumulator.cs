using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Dashboards.PromQL.Parsing;

/// <summary>Collects a few items into an exact-size immutable array with one allocation in the common case.</summary>
internal struct Accumulator<T>
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public void Add(T item)
    {
        if (_items is null) _items = new T[4];
        else if (_count == _items.Length) Array.Resize(ref _items, _count * 2);
        _items[_count++] = item;
    }

    public readonly T this[int index] => _items![index];

    public EquatableArray<T> ToEquatableArray()
    {
        if (_count == 0) return EquatableArray<T>.Empty;
        var items = _items!;
        if (_count != items.Length) Array.Resize(ref items, _count);
        return new EquatableArray<T>(ImmutableCollectionsMarshal.AsImmutableArray(items));
    }
}
