using System.Runtime.CompilerServices;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

/// <summary>
/// A stack of <see cref="StackValue"/>s; index 0 is the top. Push and Pop keep the
/// <see cref="ReferenceCounter"/> in step; the NoRef variants move an entry without counting.
/// </summary>
public sealed class EvaluationStack : IReadOnlyList<StackItem>
{
    private StackValue[] _items = new StackValue[16];
    private int _count;
    private readonly ReferenceCounter _references;

    internal EvaluationStack(ReferenceCounter references) => _references = references;

    public int Count => _count;

    /// <summary>The item <paramref name="index"/> places below the top, as a stack item.</summary>
    public StackItem this[int index] => Peek(index).Item;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StackValue Peek(int index = 0)
    {
        if (index >= _count) throw new InvalidOperationException($"Peek index is out of stack bounds: {index}/{_count}");
        if (index < 0)
        {
            index += _count;
            if (index < 0) throw new InvalidOperationException($"Peek index is out of stack bounds: {index}/{_count}");
        }
        return _items[_count - index - 1];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(StackValue value)
    {
        PushNoRef(value);
        _references.AddStackReference(value);
    }

    public void Push(StackItem item) => Push(StackValue.FromItem(item));

    /// <summary>Pushes an entry and adds <paramref name="count"/> to the total (0 moves an already counted item).</summary>
    internal void PushCounted(StackValue value, int count)
    {
        PushNoRef(value);
        _references.Add(count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PushNoRef(StackValue value)
    {
        if (_count == _items.Length) System.Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StackValue Pop()
    {
        var value = PopNoRef();
        _references.RemoveStackReference(value);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal StackValue PopNoRef()
    {
        if (_count == 0) throw new InvalidOperationException("Pop from an empty evaluation stack.");
        var value = _items[--_count];
        _items[_count] = default;
        return value;
    }

    /// <summary>Pops an item of type <typeparamref name="T"/>; a wrong type faults before anything is removed.</summary>
    public T Pop<T>() where T : StackItem
    {
        var item = PopNoRef<T>();
        _references.RemoveStackReference(item);
        return item;
    }

    internal T PopNoRef<T>() where T : StackItem
    {
        if (_count == 0) throw new InvalidOperationException("Pop from an empty evaluation stack.");
        var top = _items[_count - 1];
        if (top.Item is not T item) throw new InvalidCastException($"The item can't be casted to type {typeof(T).Name}");
        _items[--_count] = default;
        return item;
    }

    /// <summary>Removes the entry <paramref name="index"/> places below the top.</summary>
    internal StackValue Remove(int index)
    {
        if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException(nameof(index), $"Out of stack bounds: {index}/{_count}");
        int at = _count - index - 1;
        var value = _items[at];
        System.Array.Copy(_items, at + 1, _items, at, index);
        _items[--_count] = default;
        _references.RemoveStackReference(value);
        return value;
    }

    internal void Insert(int index, StackValue value)
    {
        if (index > _count) throw new InvalidOperationException($"Insert index is out of stack bounds: {index}/{_count}");
        if (_count == _items.Length) System.Array.Resize(ref _items, _items.Length * 2);
        int at = _count - index;
        System.Array.Copy(_items, at, _items, at + 1, index);
        _items[at] = value;
        _count++;
        _references.AddStackReference(value);
    }

    internal void Swap(int a, int b)
    {
        int ia = _count - a - 1, ib = _count - b - 1;
        (_items[ia], _items[ib]) = (_items[ib], _items[ia]);
    }

    /// <summary>Moves the entry <paramref name="index"/> places below the top to the top.</summary>
    internal void Roll(int index)
    {
        if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException(nameof(index), $"Out of stack bounds: {index}/{_count}");
        if (index == 0) return;
        int at = _count - index - 1;
        var value = _items[at];
        System.Array.Copy(_items, at + 1, _items, at, index);
        _items[_count - 1] = value;
    }

    /// <summary>Reverses the top <paramref name="n"/> entries.</summary>
    internal void Reverse(int n)
    {
        if (n < 0 || n > _count) throw new ArgumentOutOfRangeException(nameof(n), $"Out of stack bounds: {n}/{_count}");
        if (n > 1) System.Array.Reverse(_items, _count - n, n);
    }

    /// <summary>Removes every entry, releasing their references.</summary>
    internal void Clear()
    {
        for (int i = 0; i < _count; i++) _references.RemoveStackReference(_items[i]);
        System.Array.Clear(_items, 0, _count);
        _count = 0;
    }

    /// <summary>Appends all entries (bottom first) to <paramref name="target"/> without recounting.</summary>
    internal void CopyTo(EvaluationStack target)
    {
        for (int i = 0; i < _count; i++) target.PushNoRef(_items[i]);
    }

    public IEnumerator<StackItem> GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _items[i].Item;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        $"[{string.Join(", ", Enumerable.Range(0, _count).Select(i => $"{_items[i].Type}({_items[i]})"))}]";
}
