package org.siglum.export.html.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siglum.core.EditionDocument;
import org.siglum.core.TextLocation;
import org.siglum.core.XmlElement;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ExportRequest;
import org.siglum.export.OutputFiles;

/**
 * The facsimile's page images of a web edition (decision 0048): each {@code facsimile//graphic/@url} that names a
 * file beside the edition is copied into the web edition's folder under the same relative path, so the folder is
 * complete to serve or to open offline and {@code index.html} refers to its images as the TEI does. An image outside
 * the edition's folder ({@code ../scans/p1.png}, an absolute path) is copied into {@code pages/} under its name; an
 * address with a scheme ({@code https:}) is referred to as it is; a file that is not there is a warning with the
 * graphic's line and column, and the page shows its text without the image.
 */
final class FacsimileImages {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private final Map<String, String> hrefs = new LinkedHashMap<>();
    private final Map<Path, String> copies = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private FacsimileImages() {
    }

    static FacsimileImages of(ExportRequest request) {
        FacsimileImages images = new FacsimileImages();
        EditionDocument document = request.document();
        Path folder = request.edition().toAbsolutePath().getParent();
        Set<String> taken = new HashSet<>();
        for (XmlElement graphic : document.tree().elementsNamed(TEI, "graphic")) {
            if (!insideFacsimile(graphic)) {
                continue;
            }
            String url = graphic.attribute("url").map(String::strip).orElse("");
            if (url.isEmpty() || images.hrefs.containsKey(url)) {
                continue;
            }
            if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !url.startsWith("file:")) {
                images.hrefs.put(url, url); // a web address: the reader's browser fetches it
                continue;
            }
            Path file;
            try {
                String path = url.startsWith("file:") ? java.net.URI.create(url).getPath() : url;
                file = folder.resolve(java.net.URLDecoder.decode(path.replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8)).normalize();
            } catch (IllegalArgumentException e) { // InvalidPathException too
                images.warn(request, document, graphic, "the page image " + url + " is not a file name: "
                        + e.getMessage());
                images.hrefs.put(url, url);
                continue;
            }
            if (!Files.isRegularFile(file)) {
                images.warn(request, document, graphic, "the page image " + url + " is not there (" + file
                        + "): the web edition shows its page without the image");
                images.hrefs.put(url, url);
                continue;
            }
            String href;
            if (file.startsWith(folder) && !url.startsWith("file:") && !url.startsWith("/")) {
                href = folder.relativize(file).toString().replace('\\', '/');
            } else {
                String name = file.getFileName().toString();
                href = "pages/" + name;
                for (int n = 2; taken.contains(href); n++) {
                    href = "pages/" + n + "-" + name;
                }
            }
            taken.add(href);
            images.hrefs.put(url, href);
            images.copies.put(file, href);
        }
        return images;
    }

    /** graphic/@url as written, to where the web edition has it, relative to index.html. */
    Map<String, String> hrefs() {
        return hrefs;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The copies' paths relative to the web edition's folder. */
    List<String> copied() {
        return List.copyOf(copies.values());
    }

    /** Copies the images into the folder being written (each complete or not at all). */
    void copyInto(Path folder) throws IOException, ExportException {
        for (Map.Entry<Path, String> copy : copies.entrySet()) {
            Path target;
            try {
                target = folder.resolve(copy.getValue()).normalize();
            } catch (InvalidPathException e) {
                throw new IOException("cannot name the copy of " + copy.getKey() + ": " + e.getMessage(), e);
            }
            if (!target.startsWith(folder)) {
                throw new IOException("the page image " + copy.getKey() + " would be copied outside " + folder);
            }
            Files.createDirectories(target.getParent());
            OutputFiles.write(target, out -> Files.copy(copy.getKey(), out));
        }
    }

    private void warn(ExportRequest request, EditionDocument document, XmlElement graphic, String message) {
        TextLocation at = document.locate(graphic.start());
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, request.edition().getFileName().toString(),
                at.line(), at.column(), message));
    }

    private static boolean insideFacsimile(XmlElement e) {
        for (XmlElement a = e.parent(); a != null; a = a.parent()) {
            if (a.is(TEI, "facsimile")) {
                return true;
            }
        }
        return false;
    }
}
