package org.siglum.suspects.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of words for the two questions the corrector asks: which words start at this offset (a character trie, for
 * segmenting Thai, which has no spaces), and which words share a shape key with a form ({@link ConfusionModel#skeleton}).
 */
final class WordIndex {

    private static final int ROOT = 0;

    private char[] ch = new char[1024];
    private int[] child = new int[1024];
    private int[] sibling = new int[1024];
    private boolean[] end = new boolean[1024];
    private int nodes = 1;
    private final Map<String, Object> bySkeleton = new HashMap<>();
    private final java.util.HashSet<String> set = new java.util.HashSet<>();
    private int size;

    WordIndex() {
        Arrays.fill(child, -1);
        Arrays.fill(sibling, -1);
    }

    static WordIndex of(Set<String> words) {
        WordIndex index = new WordIndex();
        for (String w : words) {
            index.add(w);
        }
        return index;
    }

    /** Adds a word; false if it was there. */
    boolean add(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int node = ROOT;
        for (int k = 0; k < word.length(); k++) {
            node = childOf(node, word.charAt(k), true);
        }
        if (end[node]) {
            return false;
        }
        end[node] = true;
        set.add(word);
        size++;
        String key = ConfusionModel.skeleton(word);
        Object old = bySkeleton.get(key);
        if (old == null) {
            bySkeleton.put(key, word);
        } else if (old instanceof String s) {
            bySkeleton.put(key, new String[] {s, word});
        } else {
            String[] a = (String[]) old;
            String[] b = Arrays.copyOf(a, a.length + 1);
            b[a.length] = word;
            bySkeleton.put(key, b);
        }
        return true;
    }

    /** The root's children over the Thai block, looked up directly (the root has most children). */
    private final int[] rootThai = new int[0x80];

    {
        Arrays.fill(rootThai, -1);
    }

    private int childOf(int node, char c, boolean create) {
        if (node == ROOT && c >= 0x0E00 && c < 0x0E80) {
            int k = rootThai[c - 0x0E00];
            if (k >= 0 || !create) {
                return k;
            }
            k = childOfList(node, c, true);
            rootThai[c - 0x0E00] = k;
            return k;
        }
        return childOfList(node, c, create);
    }

    private int childOfList(int node, char c, boolean create) {
        int prev = -1;
        for (int k = child[node]; k >= 0; k = sibling[k]) {
            if (ch[k] == c) {
                return k;
            }
            prev = k;
        }
        if (!create) {
            return -1;
        }
        if (nodes == ch.length) {
            int n = ch.length * 2;
            ch = Arrays.copyOf(ch, n);
            child = Arrays.copyOf(child, n);
            sibling = Arrays.copyOf(sibling, n);
            end = Arrays.copyOf(end, n);
            Arrays.fill(child, nodes, n, -1);
            Arrays.fill(sibling, nodes, n, -1);
        }
        int k = nodes++;
        ch[k] = c;
        if (prev < 0) {
            child[node] = k;
        } else {
            sibling[prev] = k;
        }
        return k;
    }

    void forEach(java.util.function.Consumer<String> action) {
        set.forEach(action);
    }

    boolean contains(String s) {
        return set.contains(s);
    }

    /** The ends (exclusive, at most {@code to}) of the words of this index that start at {@code from}. */
    void endsAt(CharSequence text, int from, int to, List<Integer> out) {
        int node = ROOT;
        for (int k = from; k < to; k++) {
            node = childOf(node, text.charAt(k), false);
            if (node < 0) {
                return;
            }
            if (end[node]) {
                out.add(k + 1);
            }
        }
    }

    /** Words whose shape key is this key. */
    void withSkeleton(String key, List<String> out) {
        Object o = bySkeleton.get(key);
        if (o instanceof String s) {
            out.add(s);
        } else if (o != null) {
            out.addAll(Arrays.asList((String[]) o));
        }
    }

    int size() {
        return size;
    }

    static List<String> list(WordIndex index, String key) {
        List<String> out = new ArrayList<>();
        index.withSkeleton(key, out);
        return out;
    }
}
