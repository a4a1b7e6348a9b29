namespace Protocol.Toolchain.Vm;

/// <summary>Engine state: NONE while running, HALT on success, FAULT on error, BREAK when paused by a debugger.</summary>
public enum VMState : byte
{
    NONE = 0,
    HALT = 1 << 0,
    FAULT = 1 << 1,
    BREAK = 1 << 2,
}
