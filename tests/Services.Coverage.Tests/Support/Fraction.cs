using System.Numerics;

namespace Protocol.Services.Coverage.Tests.Support;

/// <summary>An exact rational for golden vectors, written for the tests (the library has no rational type).</summary>
public readonly record struct Fraction
{
    public Fraction(BigInteger num, BigInteger den)
    {
        if (den.IsZero) throw new DivideByZeroException();
        if (den.Sign < 0) (num, den) = (-num, -den);
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsZero && !g.IsOne) (num, den) = (num / g, den / g);
        Num = num;
        Den = den;
    }

    public BigInteger Num { get; }

    public BigInteger Den { get; }

    public static implicit operator Fraction(long value) => new(value, 1);

    public static Fraction operator +(Fraction a, Fraction b) => new(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);

    public static Fraction operator -(Fraction a, Fraction b) => new(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den);

    public static Fraction operator *(Fraction a, Fraction b) => new(a.Num * b.Num, a.Den * b.Den);

    public static Fraction operator /(Fraction a, Fraction b) => new(a.Num * b.Den, a.Den * b.Num);

    public static Fraction Pow(Fraction a, int k)
    {
        Fraction r = 1;
        for (int i = 0; i < k; i++) r *= a;
        return r;
    }

    public static Fraction Min(Fraction a, Fraction b) => a.Num * b.Den <= b.Num * a.Den ? a : b;

    /// <summary>⌊value × 10^12⌋ for a non-negative value.</summary>
    public long FloorFixed() => (long)BigInteger.Divide(Num * 1_000_000_000_000, Den);
}
