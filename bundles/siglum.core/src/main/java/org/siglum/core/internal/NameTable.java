package org.siglum.core.internal;

/**
 * Interns names read from a char range, so that a document with a million {@code <p>} tags allocates the string "p"
 * once and names can be compared by identity.
 */
final class NameTable {
    private String[] keys = new String[256];
    private int[] hashes = new int[256];
    private int size;

    String intern(char[] buf, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + buf[i];
        }
        int mask = keys.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        int len = end - start;
        while (true) {
            String k = keys[slot];
            if (k == null) {
                break;
            }
            if (hashes[slot] == h && k.length() == len && sameChars(k, buf, start, len)) {
                return k;
            }
            slot = (slot + 1) & mask;
        }
        String s = new String(buf, start, len);
        keys[slot] = s;
        hashes[slot] = h;
        if (++size * 2 > keys.length) {
            grow();
        }
        return s;
    }

    String intern(String s) {
        char[] c = s.toCharArray();
        return intern(c, 0, c.length);
    }

    private static boolean sameChars(String k, char[] buf, int start, int len) {
        for (int i = 0; i < len; i++) {
            if (k.charAt(i) != buf[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int h = oldHashes[i];
                int slot = (h ^ (h >>> 16)) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = h;
            }
        }
    }
}
