package se.bilaga1.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A source's files to load, grouped so that no two groups can claim the same key ({@link KeyDomain}): each group loads
 * in registration order on one thread, the groups side by side. Files whose domains overlap, directly or through a
 * third, share a group.
 */
public final class FileGroups {

    private FileGroups() {
    }

    /** The groups, each in the order given, ordered by their first file. */
    public static List<List<RegisteredFile>> of(List<RegisteredFile> files, Function<RegisteredFile, KeyDomain> domains) {
        int n = files.size();
        int[] parent = new int[n];
        List<KeyDomain> domain = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            domain.add(domains.apply(files.get(i)));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (domain.get(i).overlaps(domain.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<RegisteredFile>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(files.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
