using System;
using System.Collections.Generic;
using System.Numerics;

namespace Neo.SmartContract.Framework.Linq
{
    /// <summary>
    /// LINQ-style operators written as plain loops over arrays, Lists and iterators (query syntax is not
    /// supported in contracts). Results are materialised in a framework List; a null source or callback throws.
    /// </summary>
    public static class LinqExtensions
    {
        public static bool IsNullOrEmpty<T>(this IEnumerable<T> source) => source is null || !source.Any();

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            Require(source, func);
            TAccumulate result = seed;
            foreach (TSource item in source) result = func(result, item);
            return result;
        }

        public static bool All<T>(this IEnumerable<T> source, Predicate<T> predicate)
        {
            Require(source, predicate);
            foreach (T item in source)
                if (!predicate(item)) return false;
            return true;
        }

        public static bool Any<T>(this IEnumerable<T> source)
        {
            RequireSource(source);
            foreach (T _ in source) return true;
            return false;
        }

        public static bool Any<T>(this IEnumerable<T> source, Predicate<T> predicate)
        {
            Require(source, predicate);
            foreach (T item in source)
                if (predicate(item)) return true;
            return false;
        }

        /// <summary>The integer mean (truncated); throws on an empty source.</summary>
        public static int Average(this IEnumerable<int> source)
        {
            RequireSource(source);
            int total = 0, count = 0;
            foreach (int item in source) { total += item; count++; }
            return total / NonEmpty(count);
        }

        public static int Average<T>(this IEnumerable<T> source, Func<T, int> selector)
        {
            Require(source, selector);
            int total = 0, count = 0;
            foreach (T item in source) { total += selector(item); count++; }
            return total / NonEmpty(count);
        }

        public static long Average(this IEnumerable<long> source)
        {
            RequireSource(source);
            long total = 0;
            int count = 0;
            foreach (long item in source) { total += item; count++; }
            return total / NonEmpty(count);
        }

        public static long Average<T>(this IEnumerable<T> source, Func<T, long> selector)
        {
            Require(source, selector);
            long total = 0;
            int count = 0;
            foreach (T item in source) { total += selector(item); count++; }
            return total / NonEmpty(count);
        }

        public static BigInteger Average(this IEnumerable<BigInteger> source)
        {
            RequireSource(source);
            BigInteger total = 0;
            int count = 0;
            foreach (BigInteger item in source) { total += item; count++; }
            return total / NonEmpty(count);
        }

        public static BigInteger Average<T>(this IEnumerable<T> source, Func<T, BigInteger> selector)
        {
            Require(source, selector);
            BigInteger total = 0;
            int count = 0;
            foreach (T item in source) { total += selector(item); count++; }
            return total / NonEmpty(count);
        }

        public static bool Contains<T>(this IEnumerable<T> source, T value)
        {
            RequireSource(source);
            foreach (T item in source)
                if (Equals(item, value)) return true;
            return false;
        }

        public static int Count<T>(this IEnumerable<T> source)
        {
            RequireSource(source);
            int count = 0;
            foreach (T _ in source) count++;
            return count;
        }

        public static int Count<T>(this IEnumerable<T> source, Predicate<T> predicate)
        {
            Require(source, predicate);
            int count = 0;
            foreach (T item in source)
                if (predicate(item)) count++;
            return count;
        }

        /// <summary>The first item matching the predicate, else <paramref name="defaultValue"/>.</summary>
        public static T FirstOrDefault<T>(this IEnumerable<T> source, Predicate<T> predicate, T defaultValue)
        {
            Require(source, predicate);
            foreach (T item in source)
                if (predicate(item)) return item;
            return defaultValue;
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            Require(source, selector);
            List<TResult> results = new();
            foreach (TSource item in source) results.Add(selector(item));
            return results;
        }

        public static IEnumerable<T> Skip<T>(this IEnumerable<T> source, int count)
        {
            RequireSource(source);
            List<T> results = new();
            int index = 0;
            foreach (T item in source)
            {
                if (index >= count) results.Add(item);
                index++;
            }
            return results;
        }

        public static int Sum(this IEnumerable<int> source)
        {
            RequireSource(source);
            int total = 0;
            foreach (int item in source) total += item;
            return total;
        }

        public static int Sum<T>(this IEnumerable<T> source, Func<T, int> selector)
        {
            Require(source, selector);
            int total = 0;
            foreach (T item in source) total += selector(item);
            return total;
        }

        public static long Sum(this IEnumerable<long> source)
        {
            RequireSource(source);
            long total = 0;
            foreach (long item in source) total += item;
            return total;
        }

        public static long Sum<T>(this IEnumerable<T> source, Func<T, long> selector)
        {
            Require(source, selector);
            long total = 0;
            foreach (T item in source) total += selector(item);
            return total;
        }

        public static BigInteger Sum(this IEnumerable<BigInteger> source)
        {
            RequireSource(source);
            BigInteger total = 0;
            foreach (BigInteger item in source) total += item;
            return total;
        }

        public static BigInteger Sum<T>(this IEnumerable<T> source, Func<T, BigInteger> selector)
        {
            Require(source, selector);
            BigInteger total = 0;
            foreach (T item in source) total += selector(item);
            return total;
        }

        public static IEnumerable<T> Take<T>(this IEnumerable<T> source, int count)
        {
            RequireSource(source);
            List<T> results = new();
            if (count <= 0) return results;
            foreach (T item in source)
            {
                results.Add(item);
                if (results.Count >= count) break;
            }
            return results;
        }

        /// <summary>A Map from the selected keys to the selected values (a repeated key keeps the last value).</summary>
        public static Map<TKey, TValue> ToMap<TSource, TKey, TValue>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TValue> elementSelector)
        {
            Require(source, keySelector);
            Require(source, elementSelector);
            Map<TKey, TValue> map = new();
            foreach (TSource item in source) map[keySelector(item)] = elementSelector(item);
            return map;
        }

        public static IEnumerable<T> Where<T>(this IEnumerable<T> source, Predicate<T> predicate)
        {
            Require(source, predicate);
            List<T> results = new();
            foreach (T item in source)
                if (predicate(item)) results.Add(item);
            return results;
        }

        private static void RequireSource(object source)
        {
            if (source is null) throw new ArgumentNullException(nameof(source));
        }

        private static void Require(object source, object callback)
        {
            RequireSource(source);
            if (callback is null) throw new ArgumentNullException(nameof(callback));
        }

        private static int NonEmpty(int count) => count == 0 ? throw new Exception("source is empty") : count;
    }
}
