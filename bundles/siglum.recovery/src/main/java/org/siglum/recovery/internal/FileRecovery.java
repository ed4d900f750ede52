package org.siglum.recovery.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.siglum.core.EditionDocument;
import org.siglum.core.TextReplacement;
import org.siglum.recovery.Recovery;

/** A journal left by an earlier run, as read. */
final class FileRecovery implements Recovery {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final FileRecoveryJournals owner;
    private final Path journal;
    private final Path edition;
    private final JournalFormat.Contents contents;
    private final boolean unchanged;

    FileRecovery(FileRecoveryJournals owner, Path journal, Path edition, JournalFormat.Contents contents,
            boolean unchanged) {
        this.owner = owner;
        this.journal = journal;
        this.edition = edition;
        this.contents = contents;
        this.unchanged = unchanged;
    }

    @Override
    public Path edition() {
        return edition;
    }

    @Override
    public Instant lastEdit() {
        return Instant.ofEpochMilli(contents.lastEdit());
    }

    long lastEditMillis() {
        return contents.lastEdit();
    }

    @Override
    public int edits() {
        return contents.edits();
    }

    @Override
    public boolean tornRecordDropped() {
        return contents.torn();
    }

    @Override
    public boolean fileUnchanged() {
        return unchanged;
    }

    @Override
    public String text() {
        return contents.text();
    }

    @Override
    public void applyTo(EditionDocument document) {
        if (!unchanged) {
            throw new IllegalStateException(edition.getFileName() + " changed since the edits were made: "
                    + "write them to a separate file instead");
        }
        byte[] bytes = document.toBytes();
        if (bytes.length != contents.header().baseLength()
                || !Arrays.equals(FileRecoveryJournals.sha256(bytes), contents.header().baseDigest())) {
            throw new IllegalStateException(document.name() + " is not the text of " + edition.getFileName()
                    + " as it was when the edits were made");
        }
        String now = document.text();
        String target = contents.text();
        // one replacement over the span that differs: one undoable change, and the editor keeps its place
        int prefix = 0;
        int max = Math.min(now.length(), target.length());
        while (prefix < max && now.charAt(prefix) == target.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(now.charAt(prefix - 1))) {
            prefix--; // never split a surrogate pair
        }
        int suffix = 0;
        while (suffix < max - prefix
                && now.charAt(now.length() - 1 - suffix) == target.charAt(target.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(now.charAt(now.length() - suffix))) {
            suffix--;
        }
        if (prefix == now.length() && prefix == target.length()) {
            return;
        }
        document.apply("Recover unsaved changes", List.of(new TextReplacement(prefix,
                now.length() - prefix - suffix, target.substring(prefix, target.length() - suffix))));
    }

    @Override
    public Path writeCopy() throws IOException {
        byte[] bytes = encode(contents.text(), contents.header().charset(), contents.header().bom());
        try {
            return writeNew(edition.toAbsolutePath().getParent(), bytes);
        } catch (AccessDeniedException | NoSuchFileException e) {
            // the edition's folder cannot take it: keep it with the journals
            Files.createDirectories(owner.folder());
            return writeNew(owner.folder(), bytes);
        }
    }

    private Path writeNew(Path folder, byte[] bytes) throws IOException {
        String name = edition.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".xml";
        String stamp = STAMP.format(lastEdit().atZone(ZoneId.systemDefault()));
        for (int n = 1;; n++) {
            Path target = folder.resolve(stem + ".recovered-" + stamp + (n == 1 ? "" : "-" + n) + extension);
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    out.write(b);
                }
                out.force(true);
                return target;
            } catch (FileAlreadyExistsException e) {
                // never over an existing file: try the next name
            }
        }
    }

    /** The text in the edition's charset (with its BOM again), else UTF-8 when that charset cannot hold it. */
    static byte[] encode(String text, String charsetName, boolean bom) {
        try {
            Charset charset = Charset.forName(charsetName);
            ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(bom ? "\uFEFF" + text : text));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void discard() throws IOException {
        Files.deleteIfExists(journal);
    }

    @Override
    public String toString() {
        return "Recovery[" + edition + ", " + edits() + " edits, " + lastEdit() + (unchanged ? "" : ", file changed")
                + "]";
    }
}
