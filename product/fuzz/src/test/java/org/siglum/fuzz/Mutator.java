package org.siglum.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Seeded mutations of a text or its bytes: flips, cuts, repeats, and splices of tokens of the format. */
final class Mutator {

    private final List<byte[]> corpus;
    private final List<String> tokens;

    Mutator(List<byte[]> corpus, List<String> tokens) {
        this.corpus = corpus;
        this.tokens = tokens;
    }

    /** A corpus entry or a window of one (most inputs small, so many are tried), then 1-8 mutations. */
    byte[] next(Random random) {
        byte[] base = corpus.get(random.nextInt(corpus.size()));
        byte[] input;
        if (base.length > 4096 && random.nextInt(20) != 0) {
            int len = 64 + random.nextInt(4000);
            int from = random.nextInt(base.length - len);
            input = java.util.Arrays.copyOfRange(base, from, from + len);
        } else {
            input = base.clone();
        }
        int mutations = 1 + random.nextInt(8);
        for (int i = 0; i < mutations; i++) {
            input = mutate(input, random);
        }
        return input;
    }

    String nextText(Random random) {
        return new String(next(random), StandardCharsets.UTF_8);
    }

    private byte[] mutate(byte[] in, Random random) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        switch (random.nextInt(9)) {
            case 0 -> { // flip a bit
                if (in.length > 0) {
                    int p = random.nextInt(in.length);
                    in[p] ^= (byte) (1 << random.nextInt(8));
                }
                return in;
            }
            case 1 -> { // a random byte
                return splice(in, at, 0, new byte[] {(byte) random.nextInt(256)});
            }
            case 2 -> { // delete a range
                int len = in.length - at == 0 ? 0 : random.nextInt(Math.min(64, in.length - at) + 1);
                return splice(in, at, len, new byte[0]);
            }
            case 3 -> { // cut off the end
                return java.util.Arrays.copyOf(in, at);
            }
            case 4 -> { // repeat a range
                int len = in.length - at == 0 ? 0 : random.nextInt(Math.min(200, in.length - at) + 1);
                byte[] piece = java.util.Arrays.copyOfRange(in, at, at + len);
                int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 500 : 4);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < times; i++) {
                    out.writeBytes(piece);
                }
                return splice(in, at, 0, out.toByteArray());
            }
            case 5 -> { // a random code point, UTF-8 encoded (surrogate halves as CESU-like bytes too)
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x110000);
                byte[] b = Character.isValidCodePoint(cp) && (cp < 0xD800 || cp > 0xDFFF)
                        ? new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)
                        : new byte[] {(byte) 0xED, (byte) (0xA0 | random.nextInt(32)), (byte) 0x80};
                return splice(in, at, 0, b);
            }
            case 6 -> { // a byte-order mark or an encoding declaration at the start
                String[] starts = {"\uFEFF", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version='1.0' encoding='TIS-620'?>",
                        "<?xml version=\"1.1\"?>", "<?xml encoding=\"x-unknown\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"};
                byte[] s = starts[random.nextInt(starts.length)].getBytes(StandardCharsets.UTF_8);
                return splice(in, 0, 0, s);
            }
            case 7 -> { // copy a range elsewhere
                if (in.length < 2) {
                    return in;
                }
                int from = random.nextInt(in.length);
                int len = random.nextInt(Math.min(300, in.length - from) + 1);
                return splice(in, at, 0, java.util.Arrays.copyOfRange(in, from, from + len));
            }
            default -> { // a token of the format
                return splice(in, at, 0, tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }
}
