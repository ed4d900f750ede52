package org.siglum.core;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.siglum.core.internal.Encodings;
import org.siglum.core.tei.TeiEdition;

/**
 * A TEI edition as its source text. The text is the truth, held unnormalised in an {@link IDocument} (line ends and
 * Unicode exactly as read), so that {@link #toBytes()} gives back the file's bytes exactly and an edit changes only
 * the bytes it touches. The XML tree is a parse of the text, made again lazily after each change.
 * <p>
 * Undo and redo use the document's {@link IDocumentUndoManager} from {@link DocumentUndoManagerRegistry}, the same
 * one an SWT text viewer over {@link #document()} connects to, so the editor and this API share one history.
 * <p>
 * The undo manager is connected on first need (the first call of {@link #document()}, an edit, or an undo query),
 * so that a read-only use (such as {@code siglum info}) registers nothing; {@link #close()} disconnects it.
 * <p>
 * Not thread-safe: use an edition from one thread (the UI thread in the workbench).
 */
public final class EditionDocument implements AutoCloseable {
    private static final int UNDO_LEVELS = 1000;

    private final IDocument document;
    private IDocumentUndoManager undo;
    private final SourceEncoding encoding;
    private final List<EditionChangeListener> listeners = new CopyOnWriteArrayList<>();
    private String name;
    private Path path;

    private long version;
    private long savedVersion;
    private String savedText;
    private XmlTree tree;
    private long treeVersion = -1;

    // a batch (compound edit, undo, redo) reports one change covering [batchStart, length - batchTail)
    private int batchDepth;
    private int batchStart;
    private int batchTail;
    private int batchOldLength;
    private boolean batchChanged;
    private int pendingLength;

    private EditionDocument(String text, String name, Path path, SourceEncoding encoding) {
        this.document = new Document(text);
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.encoding = encoding;
        this.savedText = text;
        document.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                pendingLength = document.getLength();
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                changed(event);
            }
        });
    }

    /**
     * Reads an edition file: detects its encoding (byte-order mark; XML 1.0 appendix F; the XML declaration's
     * encoding; else UTF-8) and decodes strictly.
     *
     * @throws EditionException if the bytes do not decode or the file is binary; a 0-byte file is not an error
     *         (it opens empty, with the problem that it has no root element)
     */
    public static EditionDocument read(Path file) throws EditionException {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EditionException(fileName, 0, 0, "cannot read the file: " + e, e);
        }
        Encodings.Decoded d = Encodings.decode(bytes, fileName);
        return new EditionDocument(d.text(), fileName, file, d.encoding());
    }

    /** Decodes bytes as {@link #read} does; name is used in messages. The edition has no path until saved. */
    public static EditionDocument parse(byte[] bytes, String name) throws EditionException {
        Encodings.Decoded d = Encodings.decode(bytes, name);
        return new EditionDocument(d.text(), name, null, d.encoding());
    }

    /** A new edition over a text, to be written as UTF-8 without BOM. */
    public static EditionDocument ofText(String text, String name) {
        return new EditionDocument(text, name, null, SourceEncoding.utf8());
    }

    /** The name used in messages: the file name, or the name given. */
    public String name() {
        return name;
    }

    /** Where the edition is saved, empty for one not yet saved. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The text buffer. Edits made here directly (by an editor) are seen like any other: listeners hear of them and
     * they can be undone.
     */
    public IDocument document() {
        undoManager();
        return document;
    }

    private IDocumentUndoManager undoManager() {
        if (undo == null) {
            DocumentUndoManagerRegistry.connect(document);
            undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
            undo.connect(this);
            undo.setMaximalUndoLevel(UNDO_LEVELS);
        }
        return undo;
    }

    /** Disconnects the undo history (it is lost); the edition stays readable and editable. */
    @Override
    public void close() {
        if (undo != null) {
            undo.disconnect(this);
            DocumentUndoManagerRegistry.disconnect(document);
            undo = null;
        }
    }

    /** The current text. */
    public String text() {
        return version == 0 ? savedText : document.get();
    }

    public SourceEncoding encoding() {
        return encoding;
    }

    /**
     * The text encoded as read: same charset, BOM again if there was one.
     *
     * @throws IllegalStateException if the text holds a character the encoding cannot represent (the message says
     *         where)
     */
    public byte[] toBytes() {
        String text = text();
        try {
            return Encodings.encode(text, encoding);
        } catch (CharacterCodingException e) {
            int at = Encodings.firstUnencodable(text, encoding.charset());
            TextLocation loc = locate(Math.max(0, at));
            throw new IllegalStateException(name + ":" + loc + ": the character "
                    + String.format("U+%04X", text.codePointAt(Math.max(0, at)))
                    + " cannot be written in " + encoding.charset().name() + " (write it as a character reference)", e);
        }
    }

    /** Saves to {@link #path()} atomically, keeping the previous version as {@code NAME~}. */
    public void save() throws IOException {
        if (path == null) {
            throw new IllegalStateException(name + " has no file yet: use saveAs");
        }
        saveAs(path);
    }

    /**
     * Saves to target atomically (temporary file in the same folder, forced to disk, atomic rename) and makes it this
     * edition's path. An existing target is kept as {@code NAME~}. A save never leaves a cut file.
     */
    public void saveAs(Path target) throws IOException {
        byte[] bytes;
        try {
            bytes = toBytes();
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
        SafeFiles.writeKeepingBackup(target, bytes);
        path = target;
        name = target.getFileName().toString();
        savedText = text();
        savedVersion = version;
    }

    /** True if the text differs from what was last read or saved. */
    public boolean isDirty() {
        if (version == savedVersion) {
            return false;
        }
        boolean dirty = !document.get().equals(savedText);
        if (!dirty) {
            savedVersion = version; // back to the saved text through undo
        }
        return dirty;
    }

    // ------------------------------------------------------------------ edits

    /** Replaces length chars at offset by text: one undoable change. */
    public void replace(int offset, int length, String text) {
        check(offset, length);
        IDocumentUndoManager undo = undoManager();
        undo.commit();
        try {
            document.replace(offset, length, text);
        } catch (BadLocationException e) {
            throw new IndexOutOfBoundsException(e.getMessage());
        }
        undo.commit();
    }

    /**
     * Applies several replacements as one compound change that undoes and redoes as one and is reported to listeners
     * as one change. Offsets refer to the text before the edit; ranges must not overlap. Uses the undo manager's
     * compound changes.
     *
     * @param label what the edit does, for the user (kept for a future undo menu; not stored by the undo manager)
     */
    public void apply(String label, List<TextReplacement> replacements) {
        Objects.requireNonNull(label, "label");
        List<TextReplacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(TextReplacement::offset).thenComparingInt(TextReplacement::length));
        for (int i = 0; i < sorted.size(); i++) {
            TextReplacement r = sorted.get(i);
            check(r.offset(), r.length());
            if (i > 0 && sorted.get(i - 1).end() > r.offset()) {
                throw new IllegalArgumentException("overlapping replacements: " + sorted.get(i - 1) + " and " + r);
            }
        }
        if (sorted.isEmpty()) {
            return;
        }
        IDocumentUndoManager undo = undoManager();
        undo.commit();
        beginBatch();
        undo.beginCompoundChange();
        try {
            for (int i = sorted.size() - 1; i >= 0; i--) { // from the end, so earlier offsets stay valid
                TextReplacement r = sorted.get(i);
                document.replace(r.offset(), r.length(), r.text());
            }
        } catch (BadLocationException e) {
            throw new IndexOutOfBoundsException(e.getMessage());
        } finally {
            undo.endCompoundChange();
            undo.commit();
            endBatch();
        }
    }

    public boolean canUndo() {
        return undoManager().undoable();
    }

    public boolean canRedo() {
        return undoManager().redoable();
    }

    /** Undoes the last change (a compound edit as a whole); does nothing if there is none. */
    public void undo() {
        IDocumentUndoManager undo = undoManager();
        if (!undo.undoable()) {
            return;
        }
        beginBatch();
        try {
            undo.undo();
        } catch (org.eclipse.core.commands.ExecutionException e) {
            throw new IllegalStateException("undo failed", e);
        } finally {
            endBatch();
        }
    }

    /** Redoes the last undone change; does nothing if there is none. */
    public void redo() {
        IDocumentUndoManager undo = undoManager();
        if (!undo.redoable()) {
            return;
        }
        beginBatch();
        try {
            undo.redo();
        } catch (org.eclipse.core.commands.ExecutionException e) {
            throw new IllegalStateException("redo failed", e);
        } finally {
            endBatch();
        }
    }

    public void addChangeListener(EditionChangeListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeChangeListener(EditionChangeListener listener) {
        listeners.remove(listener);
    }

    private void check(int offset, int length) {
        int len = document.getLength();
        if (offset < 0 || length < 0 || offset + length > len) {
            throw new IndexOutOfBoundsException("range [" + offset + "," + (offset + length) + ") outside [0," + len
                    + "]");
        }
    }

    private void beginBatch() {
        if (batchDepth++ == 0) {
            batchOldLength = document.getLength();
            batchStart = Integer.MAX_VALUE;
            batchTail = Integer.MAX_VALUE;
            batchChanged = false;
        }
    }

    private void endBatch() {
        if (--batchDepth == 0 && batchChanged) {
            int length = document.getLength();
            int start = Math.min(batchStart, length);
            int tail = Math.min(batchTail, length - start);
            int removed = batchOldLength - start - tail;
            fire(start, removed, document.get().substring(start, length - tail));
        }
    }

    private void changed(DocumentEvent event) {
        version++;
        tree = null;
        String inserted = event.getText() == null ? "" : event.getText();
        if (batchDepth > 0) {
            batchChanged = true;
            batchStart = Math.min(batchStart, event.getOffset());
            batchTail = Math.min(batchTail, pendingLength - event.getOffset() - event.getLength());
            return;
        }
        fire(event.getOffset(), event.getLength(), inserted);
    }

    private void fire(int offset, int removed, String inserted) {
        if (listeners.isEmpty()) {
            return;
        }
        EditionChange change = new EditionChange(offset, removed, inserted, tree());
        for (EditionChangeListener l : listeners) {
            l.changed(change);
        }
    }

    // ------------------------------------------------------------------ parse

    /** The parse of the current text (made again lazily after a change; a full parse, see decision 0003). */
    public XmlTree tree() {
        if (tree == null || treeVersion != version) {
            String text = text();
            char[] buf = text.toCharArray();
            tree = XmlTree.parse(buf, buf.length);
            treeVersion = version;
        }
        return tree;
    }

    /** Well-formedness problems of the current text. */
    public List<Problem> problems() {
        return tree().problems();
    }

    /** The length of the current text in chars (UTF-16 units). */
    public int length() {
        return document.getLength();
    }

    /**
     * The offset of a position as XML parsers report it: a 1-based line and a 1-based column counted in UTF-16 chars
     * (not code points) from the line start. Clamped to the line (its delimiter excluded) and to the text.
     */
    public int offsetOf(int line, int charColumn) {
        if (line < 1) {
            return 0;
        }
        try {
            int index = Math.min(line - 1, document.getNumberOfLines() - 1);
            int start = document.getLineOffset(index);
            String delimiter = document.getLineDelimiter(index);
            int length = document.getLineLength(index) - (delimiter == null ? 0 : delimiter.length());
            return start + Math.max(0, Math.min(charColumn - 1, length));
        } catch (BadLocationException e) {
            return document.getLength();
        }
    }

    /**
     * Line and column of an offset in the current text: 1-based; the column counts code points from the line start;
     * CR LF, LF and a lone CR are each one line break.
     */
    public TextLocation locate(int offset) {
        int len = document.getLength();
        if (offset < 0 || offset > len) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0," + len + "]");
        }
        try {
            int line = document.getLineOfOffset(offset);
            int lineStart = document.getLineOffset(line);
            String before = document.get(lineStart, offset - lineStart);
            return new TextLocation(offset, line + 1, before.codePointCount(0, before.length()) + 1);
        } catch (BadLocationException e) {
            throw new IndexOutOfBoundsException(e.getMessage());
        }
    }

    /** The TEI view of the current parse. */
    public TeiEdition tei() {
        return TeiEdition.of(tree());
    }

    @Override
    public String toString() {
        return "EditionDocument[" + name + ", " + encoding.charset().name() + (encoding.bom() ? " BOM" : "") + "]";
    }
}
