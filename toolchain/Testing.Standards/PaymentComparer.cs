using Protocol.Toolchain.Testing.Proxies;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>Compares <see cref="ReceivedPayment"/>s by content (byte arrays by bytes), for Assert.Equal.</summary>
public sealed class PaymentComparer : IEqualityComparer<ReceivedPayment>
{
    public static readonly PaymentComparer Instance = new();

    public bool Equals(ReceivedPayment? x, ReceivedPayment? y) =>
        x is null ? y is null : y is not null && x.Token == y.Token && ProxyValues.Same(x.From, y.From)
            && ProxyValues.Same(x.Amount, y.Amount) && ProxyValues.Same(x.TokenId, y.TokenId) && ProxyValues.Same(x.Data, y.Data);

    public int GetHashCode(ReceivedPayment obj) => ProxyValues.Hash(obj.Token, obj.From, obj.Amount, obj.TokenId, obj.Data);
}
