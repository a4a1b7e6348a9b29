namespace Protocol.Toolchain.Vm;

/// <summary>A script that cannot be decoded or fails strict validation.</summary>
public sealed class BadScriptException(string message) : Exception(message);
