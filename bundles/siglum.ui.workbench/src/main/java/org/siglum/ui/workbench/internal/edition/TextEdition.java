package org.siglum.ui.workbench.internal.edition;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManager;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The window's edition until siglum.core's EditionDocument is wired in: a UTF-8 file in an
 * {@link org.eclipse.jface.text.Document} with Eclipse's document undo, well-formedness checked by the JDK's parser.
 */
public final class TextEdition implements Edition {

    private final Document document;
    private final IDocumentUndoManager undo;
    private Path path;
    private String savedText;
    private long problemsStamp = -1;
    private List<SourceProblem> problems = List.of();

    private TextEdition(Path path, String text) {
        this.path = path;
        this.savedText = text;
        this.document = new Document(text);
        this.undo = new DocumentUndoManager(document);
        undo.connect(this);
    }

    /** Reads a file as UTF-8 (a byte-order mark is skipped); a file that is not well-formed still opens. */
    public static TextEdition read(Path file) throws EditionOpenException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EditionOpenException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new EditionOpenException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return new TextEdition(file.toAbsolutePath(), decode(file, bytes));
    }

    private static String decode(Path file, byte[] bytes) throws EditionOpenException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new EditionOpenException(file.getFileName() + " is not UTF-8 text (" + e.getMessage()
                    + "). Siglum reads editions in UTF-8; convert the file first (for example with iconv).", e);
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public IDocument document() {
        return document;
    }

    @Override
    public boolean isDirty() {
        return !document.get().equals(savedText);
    }

    @Override
    public void save() throws IOException {
        saveAs(path);
    }

    @Override
    public void saveAs(Path target) throws IOException {
        String text = document.get();
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        path = absolute;
        savedText = text;
    }

    @Override
    public List<SourceProblem> problems() {
        if (problemsStamp != document.getModificationStamp()) {
            problems = check(document.get());
            problemsStamp = document.getModificationStamp();
        }
        return problems;
    }

    private static List<SourceProblem> check(String text) {
        List<SourceProblem> found = new ArrayList<>();
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            // well-formedness only: never fetch a DTD or an external entity
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.parse(new InputSource(new StringReader(text)), new DefaultHandler() {
                @Override
                public void error(SAXParseException e) {
                    // recoverable errors are validity errors; without a schema there are none worth showing
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    found.add(new SourceProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                    throw e;
                }
            });
        } catch (SAXParseException e) {
            if (found.isEmpty()) {
                found.add(new SourceProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        } catch (Exception e) {
            found.add(new SourceProblem(1, 1, "The text could not be checked: " + e.getMessage()));
        }
        return List.copyOf(found);
    }

    @Override
    public SourceLocation locate(int offset) {
        try {
            int clamped = Math.max(0, Math.min(offset, document.getLength()));
            int line = document.getLineOfOffset(clamped);
            return new SourceLocation(line + 1, clamped - document.getLineOffset(line) + 1);
        } catch (BadLocationException e) {
            return new SourceLocation(1, 1);
        }
    }

    @Override
    public boolean canUndo() {
        return undo.undoable();
    }

    @Override
    public void undo() {
        try {
            undo.undo();
        } catch (ExecutionException e) {
            throw new IllegalStateException("undo failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean canRedo() {
        return undo.redoable();
    }

    @Override
    public void redo() {
        try {
            undo.redo();
        } catch (ExecutionException e) {
            throw new IllegalStateException("redo failed: " + e.getMessage(), e);
        }
    }
}
