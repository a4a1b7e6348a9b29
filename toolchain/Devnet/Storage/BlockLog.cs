using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Protocol.Toolchain.Devnet.Storage;

/// <summary>
/// The devnet's on-disk chain: an append-only file of block records. Layout: header "NEODEVN1" ‖ network magic (u32 LE);
/// then per block a frame u32 length ‖ first 4 bytes of SHA-256(payload) ‖ payload. A block counts as committed once its
/// frame is written and flushed to disk (fsync); only then does the node apply it in memory and answer for it. On open, a
/// torn or corrupt last frame (a crash mid-write) is cut off, so the file always ends with the last committed block.
/// </summary>
public sealed class BlockLog : IDisposable
{
    private static readonly byte[] HeaderMagic = Encoding.ASCII.GetBytes("NEODEVN1");
    private const int HeaderSize = 12;
    private const int FrameHeaderSize = 8;
    private readonly FileStream _file;

    private BlockLog(FileStream file, IReadOnlyList<byte[]> records, long truncatedBytes)
    {
        _file = file;
        Records = records;
        TruncatedBytes = truncatedBytes;
    }

    /// <summary>The payloads found when the log was opened, oldest first.</summary>
    public IReadOnlyList<byte[]> Records { get; }

    /// <summary>Bytes of an incomplete last frame that were cut off on open (0 after a clean shutdown).</summary>
    public long TruncatedBytes { get; }

    public string Path => _file.Name;

    /// <summary>Opens (or creates) the log at <paramref name="path"/>; a log written for another network magic is refused.</summary>
    public static BlockLog Open(string path, uint network)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            if (file.Length == 0)
            {
                var header = new byte[HeaderSize];
                HeaderMagic.CopyTo(header, 0);
                BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), network);
                file.Write(header);
                file.Flush(flushToDisk: true);
                return new BlockLog(file, [], 0);
            }
            return ReadExisting(file, path, network);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static BlockLog ReadExisting(FileStream file, string path, uint network)
    {
        var header = new byte[HeaderSize];
        if (file.Length < HeaderSize || file.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) != HeaderSize
            || !header.AsSpan(0, 8).SequenceEqual(HeaderMagic))
            throw new InvalidDataException($"'{path}' is not a devnet chain file.");
        var stored = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(8));
        if (stored != network)
            throw new InvalidOperationException($"'{path}' holds a chain of network {stored}, not {network}; use another data directory or the same magic.");
        var records = new List<byte[]>();
        long good = HeaderSize;
        var frame = new byte[FrameHeaderSize];
        while (true)
        {
            file.Position = good;
            if (file.ReadAtLeast(frame, FrameHeaderSize, throwOnEndOfStream: false) != FrameHeaderSize) break;
            var length = BinaryPrimitives.ReadInt32LittleEndian(frame);
            if (length < 0 || good + FrameHeaderSize + length > file.Length) break;
            var payload = new byte[length];
            if (file.ReadAtLeast(payload, length, throwOnEndOfStream: false) != length) break;
            if (!SHA256.HashData(payload).AsSpan(0, 4).SequenceEqual(frame.AsSpan(4, 4))) break;
            records.Add(payload);
            good += FrameHeaderSize + length;
        }
        long truncated = file.Length - good;
        if (truncated > 0)
        {
            file.SetLength(good);
            file.Flush(flushToDisk: true);
        }
        file.Position = good;
        return new BlockLog(file, records, truncated);
    }

    /// <summary>Appends one record and flushes it to disk before returning.</summary>
    public void Append(byte[] payload)
    {
        var frame = new byte[FrameHeaderSize + payload.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, payload.Length);
        SHA256.HashData(payload).AsSpan(0, 4).CopyTo(frame.AsSpan(4));
        payload.CopyTo(frame, FrameHeaderSize);
        _file.Position = _file.Length;
        _file.Write(frame);
        _file.Flush(flushToDisk: true);
    }

    public void Dispose() => _file.Dispose();
}
