namespace Protocol.Toolchain.Vm.Types;

/// <summary>NeoVM stack item type tags (used by ISTYPE, CONVERT, NEWARRAY_T and serialization).</summary>
public enum StackItemType : byte
{
    Any = 0x00,
    Pointer = 0x10,
    Boolean = 0x20,
    Integer = 0x21,
    ByteString = 0x28,
    Buffer = 0x30,
    Array = 0x40,
    Struct = 0x41,
    Map = 0x48,
    InteropInterface = 0x60,
}

public static class StackItemTypes
{
    /// <summary>True for the ten defined type tags.</summary>
    public static bool IsDefined(StackItemType type) => type switch
    {
        StackItemType.Any or StackItemType.Pointer or StackItemType.Boolean or StackItemType.Integer
            or StackItemType.ByteString or StackItemType.Buffer or StackItemType.Array or StackItemType.Struct
            or StackItemType.Map or StackItemType.InteropInterface => true,
        _ => false,
    };
}
