namespace Protocol.Toolchain.Runtime.Storage;

/// <summary>
/// Options of System.Storage.Find (reference §2.5). The values and names are Neo's, so that
/// <c>ToString()</c> (used in fault messages) prints the same text.
/// </summary>
[Flags]
public enum FindOptions : byte
{
    /// <summary>The iterator yields Struct[key, value].</summary>
    None = 0,

    /// <summary>Yield only the keys.</summary>
    KeysOnly = 1 << 0,

    /// <summary>Strip the searched prefix from the returned keys.</summary>
    RemovePrefix = 1 << 1,

    /// <summary>Yield only the values.</summary>
    ValuesOnly = 1 << 2,

    /// <summary>Deserialize every value with the binary serializer.</summary>
    DeserializeValues = 1 << 3,

    /// <summary>Yield field 0 of each deserialized array value (needs DeserializeValues).</summary>
    PickField0 = 1 << 4,

    /// <summary>Yield field 1 of each deserialized array value (needs DeserializeValues).</summary>
    PickField1 = 1 << 5,

    /// <summary>Descending key order.</summary>
    Backwards = 1 << 7,

    /// <summary>Every defined flag; any other bit (0x40) is rejected.</summary>
    All = KeysOnly | RemovePrefix | ValuesOnly | DeserializeValues | PickField0 | PickField1 | Backwards,
}
