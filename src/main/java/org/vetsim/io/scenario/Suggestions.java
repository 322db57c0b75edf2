package org.vetsim.io.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed key or name a mistyped one was most likely meant to be. */
public final class Suggestions {
    private static final int SHORTEST_PART = 4;

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code key}: the same key in snake case or lower case, else the
     * one at the smallest edit distance if that is small for the key's length, else one that
     * contains the key or is contained in it.
     */
    public static Optional<String> closest(String key, Collection<String> candidates) {
        String normal = Keys.snake(key).toLowerCase(Locale.ROOT).replace('-', '_');
        if (candidates.contains(normal)) {
            return Optional.of(normal);
        }
        int limit = Math.max(1, Math.min(3, normal.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(normal, candidate);
            boolean near = distance <= limit || overlaps(normal, candidate);
            if (near && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean overlaps(String key, String candidate) {
        return key.length() >= SHORTEST_PART && candidate.contains(key)
                || candidate.length() >= SHORTEST_PART && key.contains(candidate);
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
