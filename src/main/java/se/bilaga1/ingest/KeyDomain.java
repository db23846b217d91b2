package se.bilaga1.ingest;

/**
 * Which duplicate keys a file's rows can claim, as far as its name bounds them. A source's files load side by side
 * (partitions of its load step) only when no two of them can claim the same key; files that can load one after the
 * other in registration order, as a single thread would, so the first delivery of a key stays whatever the timing.
 */
public sealed interface KeyDomain {

    /** The file can claim any key its source has (its name bounds nothing): it loads with every other file in order. */
    KeyDomain UNBOUNDED = new Unbounded();

    /** The file's rows claim no key across files (Migrationsverket's decisions, Brå's detail): it loads beside any. */
    KeyDomain KEYLESS = new Keyless();

    /** Whether a file of this domain and one of {@code other} could claim the same key. */
    boolean overlaps(KeyDomain other);

    /** The keys of the years {@code first}–{@code last} (both null: any year) within {@code group} (a region, or "" for all). */
    static KeyDomain of(String group, Integer first, Integer last) {
        return new Bounded(group, first, last);
    }

    /** The keys of the years a file's name gives, in one group: unbounded when the name gives none. */
    static KeyDomain yearsInName(RegisteredFile file) {
        return FileNameYear.span(file.path().getFileName().toString())
                .map(s -> of("", s.first(), s.last())).orElse(UNBOUNDED);
    }

    record Unbounded() implements KeyDomain {
        @Override
        public boolean overlaps(KeyDomain other) {
            return !(other instanceof Keyless);
        }
    }

    record Keyless() implements KeyDomain {
        @Override
        public boolean overlaps(KeyDomain other) {
            return false;
        }
    }

    record Bounded(String group, Integer first, Integer last) implements KeyDomain {
        @Override
        public boolean overlaps(KeyDomain other) {
            if (other instanceof Bounded b) {
                return group.equals(b.group) && (first == null || b.first == null || (first <= b.last && b.first <= last));
            }
            return other.overlaps(this);
        }
    }
}
