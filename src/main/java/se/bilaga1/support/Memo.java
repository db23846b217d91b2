package se.bilaga1.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function's results for the texts a large delivery repeats on every row (a statute, a region,
 * Ja/Nej): the regular expressions behind them were the larger part of interpreting a row (bench/README.md).
 * Bounded, so that a hostile file of unique texts cannot grow it: past {@code limit} entries it computes again.
 * Safe for the reading threads of several load steps at once.
 */
public final class Memo<K, V> implements Function<K, V> {

    private final Function<K, V> function;
    private final int limit;
    private final Map<K, V> results = new ConcurrentHashMap<>();

    public Memo(Function<K, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    /** A memo of the usual size (10,000 entries). */
    public static <K, V> Memo<K, V> of(Function<K, V> function) {
        return new Memo<>(function, 10_000);
    }

    /** {@code function.apply(key)}; null keys and null results are computed every time. */
    @Override
    public V apply(K key) {
        if (key == null) {
            return function.apply(null);
        }
        V known = results.get(key);
        if (known != null) {
            return known;
        }
        V value = function.apply(key);
        if (value != null && results.size() < limit) {
            results.put(key, value);
        }
        return value;
    }

    int size() {
        return results.size();
    }
}
