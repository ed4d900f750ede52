package org.siglum.recovery.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The journal file: a header, then records appended one after the other, each with its own CRC-32 so that a record
 * cut by a crash while it was written is found and dropped with everything after it.
 *
 * <pre>
 * header:  "SIGLUMJ1"  int n  payload[n]  int crc(payload)
 *          payload: int chars, path (UTF-16BE); long base length; byte[32] base SHA-256;
 *                   short chars, charset name; byte bom; long created (ms)
 * record:  int n  payload[n]  int crc(n, payload)
 *          payload: byte kind; int edits; long time (ms); int offset; int removed; int chars; text (UTF-16BE)
 * </pre>
 *
 * Text is kept as UTF-16 code units, as the document holds it, so an edit that inserts half of a surrogate pair
 * (the other half comes in the next edit) is kept exactly; offsets count the same units. A {@link #SNAPSHOT} record
 * replaces the whole text (the first record of each journal; also what a compacted journal starts with), an
 * {@link #EDIT} record replaces removed units at offset.
 */
final class JournalFormat {

    static final byte[] MAGIC = "SIGLUMJ1".getBytes(StandardCharsets.US_ASCII);
    static final byte SNAPSHOT = 1;
    static final byte EDIT = 2;
    /** kind, edits, time, offset, removed, chars. */
    static final int RECORD_FIXED = 1 + 4 + 8 + 4 + 4 + 4;
    /** Length prefix and CRC around each record's payload. */
    static final int RECORD_FRAME = 8;

    private JournalFormat() {
    }

    /** What the edits were made to: the file as it was on disk when the edition was opened or last saved. */
    record Header(String path, long baseLength, byte[] baseDigest, String charset, boolean bom, long created) {
        Header {
            if (baseDigest.length != 32) {
                throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
            }
        }
    }

    /** One record: a snapshot of the whole text, or one edit. */
    record Entry(byte kind, int edits, long time, int offset, int removed, String text) {
        static Entry snapshot(String text, int edits, long time) {
            return new Entry(SNAPSHOT, edits, time, 0, 0, text);
        }

        static Entry edit(int offset, int removed, String text, long time) {
            return new Entry(EDIT, 1, time, offset, removed, text);
        }

        /** Bytes this record takes in the file. */
        long size() {
            return RECORD_FRAME + RECORD_FIXED + 2L * text.length();
        }
    }

    /**
     * A journal as read: its header, the records that were whole, and the text they make.
     *
     * @param validLength how many bytes from the start are whole (the rest, if any, was torn)
     * @param torn bytes after the last whole record were dropped
     */
    record Contents(Header header, List<Entry> entries, String text, int edits, long lastEdit, long validLength,
            boolean torn) {
    }

    static byte[] header(Header h) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeInt(h.path().length());
            out.writeChars(h.path());
            out.writeLong(h.baseLength());
            out.write(h.baseDigest());
            out.writeShort(h.charset().length());
            out.writeChars(h.charset());
            out.writeByte(h.bom() ? 1 : 0);
            out.writeLong(h.created());
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory
        }
        byte[] p = payload.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 + p.length + 4);
        b.put(MAGIC).putInt(p.length).put(p).putInt((int) crc(p, 0, p.length));
        return b.array();
    }

    static byte[] records(List<Entry> entries) {
        long total = 0;
        for (Entry e : entries) {
            total += e.size();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("records too large to write at once: " + total + " bytes");
        }
        ByteBuffer b = ByteBuffer.allocate((int) total);
        for (Entry e : entries) {
            int start = b.position();
            int n = RECORD_FIXED + 2 * e.text().length();
            b.putInt(n).put(e.kind()).putInt(e.edits()).putLong(e.time()).putInt(e.offset()).putInt(e.removed())
                    .putInt(e.text().length());
            for (int i = 0; i < e.text().length(); i++) {
                b.putChar(e.text().charAt(i));
            }
            b.putInt((int) crc(b.array(), start, 4 + n));
        }
        return b.array();
    }

    /**
     * Reads a journal. Records after the first one that is cut short, fails its CRC or does not fit the text are
     * dropped ({@link Contents#torn()}).
     *
     * @throws IOException if the header itself is not whole: nothing in the file can be trusted
     */
    static Contents read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (bytes.length < MAGIC.length + 8 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a Siglum recovery journal (or its header was cut)");
        }
        b.position(MAGIC.length);
        int n = b.getInt();
        if (n < 0 || n > b.remaining() - 4) {
            throw new IOException("the journal's header was cut");
        }
        int start = b.position();
        b.position(start + n);
        if (b.getInt() != (int) crc(bytes, start, n)) {
            throw new IOException("the journal's header is damaged");
        }
        Header header;
        try {
            ByteBuffer p = ByteBuffer.wrap(bytes, start, n).slice();
            String path = chars(p, p.getInt());
            long baseLength = p.getLong();
            byte[] digest = new byte[32];
            p.get(digest);
            String charset = chars(p, p.getShort());
            boolean bom = p.get() != 0;
            long created = p.getLong();
            header = new Header(path, baseLength, digest, charset, bom, created);
        } catch (RuntimeException e) {
            throw new IOException("the journal's header is damaged", e);
        }

        List<Entry> entries = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int edits = 0;
        long lastEdit = header.created();
        long valid = b.position();
        boolean torn = false;
        while (b.hasRemaining()) {
            Entry entry = record(b, bytes);
            if (entry == null || !fits(entry, text)) {
                torn = true;
                break;
            }
            if (entry.kind() == SNAPSHOT) {
                text.setLength(0);
                text.append(entry.text());
                edits = entry.edits();
            } else {
                text.replace(entry.offset(), entry.offset() + entry.removed(), entry.text());
                edits += entry.edits();
            }
            lastEdit = entry.time();
            entries.add(entry);
            valid = b.position();
        }
        return new Contents(header, List.copyOf(entries), text.toString(), edits, lastEdit, valid, torn);
    }

    /** The next record, or null if it is cut short or damaged. */
    private static Entry record(ByteBuffer b, byte[] bytes) {
        if (b.remaining() < 4) {
            return null;
        }
        int start = b.position();
        int n = b.getInt();
        if (n < RECORD_FIXED || n > b.remaining() - 4 || (n - RECORD_FIXED) % 2 != 0) {
            return null;
        }
        int crcAt = start + 4 + n;
        if (b.getInt(crcAt) != (int) crc(bytes, start, 4 + n)) {
            return null;
        }
        byte kind = b.get();
        int edits = b.getInt();
        long time = b.getLong();
        int offset = b.getInt();
        int removed = b.getInt();
        int chars = b.getInt();
        if (chars * 2 != n - RECORD_FIXED || (kind != SNAPSHOT && kind != EDIT)) {
            return null;
        }
        String text = chars(b, chars);
        b.position(crcAt + 4);
        return new Entry(kind, edits, time, offset, removed, text);
    }

    private static boolean fits(Entry e, StringBuilder text) {
        return e.kind() == SNAPSHOT
                || e.offset() >= 0 && e.removed() >= 0 && (long) e.offset() + e.removed() <= text.length();
    }

    private static String chars(ByteBuffer b, int count) {
        char[] c = new char[count];
        for (int i = 0; i < count; i++) {
            c[i] = b.getChar();
        }
        return new String(c);
    }

    private static long crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }
}
