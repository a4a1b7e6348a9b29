using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>A contract state's stack-item form: Array[id, updateCounter, hash, NEF bytes, manifest struct].</summary>
public static class ContractStateStackItems
{
    public static Array ToStackItem(this ContractState c) =>
        new([c.Id, c.UpdateCounter, c.Hash.ToArray(), c.Nef.ToArray(), c.Manifest.ToStackItem()]);

    public static ContractState FromStackItem(StackItem item, bool verifyNef = true)
    {
        var a = (Array)item;
        return new ContractState((int)a[0].GetInteger(), (ushort)a[1].GetInteger(), new UInt160(a[2].GetSpan()),
            NefFile.Parse(((ByteString)a[3]).Memory, verifyNef), ManifestStackItems.FromStackItem(a[4]));
    }
}
