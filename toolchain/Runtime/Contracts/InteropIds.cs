using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Protocol.Toolchain.Runtime.Contracts;

/// <summary>Syscall ids: the first 4 bytes of SHA256(ASCII name), read little-endian (reference §2.5).</summary>
public static class InteropIds
{
    public static uint Of(string name) => BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.ASCII.GetBytes(name)));
}
