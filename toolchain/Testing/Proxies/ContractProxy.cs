using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Testing.Proxies;

/// <summary>
/// Base of the typed test proxies generated from manifests (Protocol.Toolchain.Testing.ProxyGen): one deployed
/// contract on one <see cref="TestEngine"/>. Every call runs as its own transaction from the engine's current
/// <see cref="TestEngine.Signers"/>, exactly as <see cref="TestEngine.Call{T}"/> does (CallFlags.All).
/// </summary>
public abstract class ContractProxy
{
    protected ContractProxy(TestEngine engine, UInt160 hash)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
        Hash = hash ?? throw new ArgumentNullException(nameof(hash));
        engine.Notified += notification =>
        {
            if (notification.ScriptHash == Hash) OnNotification(notification);
        };
    }

    public TestEngine Engine { get; }

    public UInt160 Hash { get; }

    public override string ToString() => $"{GetType().Name} at {Hash}";

    /// <summary>Calls <paramref name="method"/> and converts the result (see <see cref="ProxyValues.FromStackItem{T}"/>).</summary>
    protected T Call<T>(string method, object?[] args) =>
        ProxyValues.FromStackItem<T>(Engine.Call<StackItem>(Hash, method, args.Select(a => (object?)ProxyValues.ToStackItem(a)).ToArray()));

    /// <summary>Calls a Void method.</summary>
    protected void Invoke(string method, object?[] args) =>
        Engine.Invoke(Hash, method, args.Select(a => (object?)ProxyValues.ToStackItem(a)).ToArray());

    /// <summary>This contract's <paramref name="eventName"/> notifications in the engine's last call, decoded.</summary>
    protected IReadOnlyList<T> LastEvents<T>(string eventName, Func<VmArray, T> decode) =>
        Engine.LastNotifications.Where(n => n.ScriptHash == Hash && n.EventName == eventName).Select(n => decode(n.State)).ToList();

    /// <summary>Called for each notification of this contract in a call that HALTed; generated proxies raise their events here.</summary>
    protected virtual void OnNotification(NotifyEventArgs notification) { }

    /// <summary>Argument <paramref name="index"/> of a notification as <typeparamref name="T"/>.</summary>
    protected static T Arg<T>(VmArray state, int index) => index < state.Count
        ? ProxyValues.FromStackItem<T>(state[index])
        : throw new InvalidOperationException($"The notification has {state.Count} argument(s); the proxy reads argument {index}. Was the proxy generated from another manifest?");

    /// <summary>Checks the manifest's ABI against the proxy's (<see cref="ProxyAbiCheck"/>), then deploys.</summary>
    protected static UInt160 DeployChecked(TestEngine engine, byte[] nef, byte[] manifest, object? data, string proxyManifestJson)
    {
        ProxyAbiCheck.Check(ContractManifest.Parse(manifest), ContractManifest.Parse(proxyManifestJson));
        return engine.Deploy(nef, manifest, data);
    }
}
