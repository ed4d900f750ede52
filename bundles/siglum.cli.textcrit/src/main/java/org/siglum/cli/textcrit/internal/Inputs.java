package org.siglum.cli.textcrit.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.siglum.cli.CommandException;

/** Reading the plain-text files the commands take, with one-line messages for what cannot be read. */
final class Inputs {
    private Inputs() {
    }

    /** The file as UTF-8 text (a byte order mark dropped); a usage error if absent or not UTF-8. */
    static String text(Path file, String name) throws CommandException {
        if (!Files.exists(file)) {
            throw new CommandException(name + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CommandException(name + ": is a folder, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int[] lc = lineColumnOfByte(bytes, in.position());
            throw new CommandException(name + ":" + lc[0] + ":" + lc[1] + ": not UTF-8 text (byte offset " + in.position() + ")");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int[] lineColumnOfByte(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Line and column (1-based, columns in code points) of a UTF-16 offset in a text. */
    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, Math.min(offset, text.length())) + 1};
    }
}
