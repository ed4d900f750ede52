package org.siglum.cli.edition.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.siglum.cli.CommandException;
import org.siglum.ocr.LayoutFormat;
import org.siglum.ocr.LayoutOcrImporter;
import org.siglum.ocr.OcrSource;

/**
 * The files of an import of OCR with coordinates, as a person gives them: one file or a folder of pages (in the
 * natural order of their names: p2 before p10), each with its page image found next to it and the engine's plain
 * text beside it (Tesseract's {@code .txt}, which keeps the spaces hOCR and ALTO lose). Where a folder holds the same
 * pages in more than one format (Tesseract writes hOCR and ALTO side by side), the richest is read: PAGE, then ALTO,
 * then hOCR.
 */
final class LayoutFiles {

    static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "tif", "tiff", "jp2", "webp", "gif",
            "bmp");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** A file read, with its format (empty for a file that is none of them). */
    record Candidate(Path path, String shown, String content, Optional<LayoutFormat> format) {
    }

    record Found(LayoutFormat format, List<OcrSource> sources, List<String> notes) {
    }

    private LayoutFiles() {
    }

    /**
     * The OCR files with coordinates among the inputs, or empty if there are none (a plain text, say). A folder
     * without any is an error.
     */
    static Optional<Found> find(List<Path> inputs, List<String> shown, Path editionFolder, LayoutOcrImporter importer)
            throws CommandException {
        List<Candidate> candidates = new ArrayList<>();
        boolean folder = false;
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            if (Files.isDirectory(input)) {
                folder = true;
                for (Path file : list(input, shown.get(i))) {
                    String name = shown.get(i).replaceAll("/+$", "") + "/" + file.getFileName();
                    String ext = extension(file);
                    if (IMAGE_EXTENSIONS.contains(ext) || ext.equals("txt")) {
                        continue;
                    }
                    String content = read(file, name);
                    candidates.add(new Candidate(file, name, content, importer.detect(content)));
                }
            } else {
                if (!Files.exists(input)) {
                    throw new CommandException(shown.get(i) + ": no such file");
                }
                String content = read(input, shown.get(i));
                candidates.add(new Candidate(input, shown.get(i), content, importer.detect(content)));
            }
        }
        Map<LayoutFormat, List<Candidate>> byFormat = new EnumMap<>(LayoutFormat.class);
        for (Candidate c : candidates) {
            c.format().ifPresent(f -> byFormat.computeIfAbsent(f, k -> new ArrayList<>()).add(c));
        }
        if (byFormat.isEmpty()) {
            if (folder) {
                throw new CommandException(shown.get(0) + ": no hOCR, ALTO or PAGE XML file in this folder");
            }
            return Optional.empty();
        }
        LayoutFormat format = byFormat.containsKey(LayoutFormat.PAGE) ? LayoutFormat.PAGE
                : byFormat.containsKey(LayoutFormat.ALTO) ? LayoutFormat.ALTO : LayoutFormat.HOCR;
        List<String> notes = new ArrayList<>();
        for (Map.Entry<LayoutFormat, List<Candidate>> other : byFormat.entrySet()) {
            if (other.getKey() != format) {
                notes.add(other.getValue().size() + " " + other.getKey().label() + " file"
                        + (other.getValue().size() == 1 ? "" : "s") + " left aside: " + format.label()
                        + " is read where a folder has both");
            }
        }
        for (Candidate c : candidates) {
            if (c.format().isEmpty() && !folder) {
                throw new CommandException(c.shown() + ": not hOCR, ALTO or PAGE XML, and more than one file was"
                        + " given (a plain OCR text is imported alone)");
            }
        }
        List<OcrSource> sources = new ArrayList<>();
        for (Candidate c : byFormat.get(format)) {
            OcrSource source = OcrSource.of(c.shown(), c.content());
            Optional<Path> image = image(c, format);
            if (image.isPresent()) {
                source = source.withImageUrl(url(editionFolder, image.get()));
            } else if (!named(c).isEmpty()) {
                notes.add(c.shown() + ": its page image " + named(c) + " was not found next to it: the edition keeps"
                        + " that name");
            }
            if (format != LayoutFormat.PAGE) {
                Path text = sibling(c.path(), "txt");
                if (Files.isRegularFile(text)) {
                    source = source.withPlainText(read(text, text.getFileName().toString()));
                }
            }
            sources.add(source);
        }
        return Optional.of(new Found(format, sources, notes));
    }

    /** The regular files of a folder in the natural order of their names (numbers compared as numbers). */
    static List<Path> list(Path folder, String shown) throws CommandException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString(),
                    LayoutFiles::natural)).toList();
        } catch (IOException e) {
            throw new CommandException(shown + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    static int natural(String a, String b) {
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        int ia = 0;
        int ib = 0;
        while (ma.find(ia) && mb.find(ib) && ma.start() - ia == mb.start() - ib
                && a.substring(ia, ma.start()).equals(b.substring(ib, mb.start()))) {
            int c = new java.math.BigInteger(ma.group()).compareTo(new java.math.BigInteger(mb.group()));
            if (c != 0) {
                return c;
            }
            ia = ma.end();
            ib = mb.end();
        }
        return a.substring(ia).compareTo(b.substring(ib));
    }

    /** The image the file names, or one of the file's own name, beside it or in a folder beside its folder. */
    private static Optional<Path> image(Candidate c, LayoutFormat format) {
        Path folder = c.path().toAbsolutePath().getParent();
        List<Path> places = new ArrayList<>();
        places.add(folder);
        Path up = folder.getParent();
        if (up != null) {
            places.add(up);
            try (Stream<Path> siblings = Files.list(up)) {
                siblings.filter(Files::isDirectory).filter(d -> !d.equals(folder)).sorted().limit(50)
                        .forEach(places::add);
            } catch (IOException e) {
                // only the places we can see are searched
            }
        }
        String named = named(c);
        if (!named.isEmpty()) {
            try {
                Path direct = folder.resolve(named);
                if (Files.isRegularFile(direct)) {
                    return Optional.of(direct);
                }
                String base = Path.of(named.replace('\\', '/')).getFileName().toString();
                for (Path place : places) {
                    if (Files.isRegularFile(place.resolve(base))) {
                        return Optional.of(place.resolve(base));
                    }
                }
            } catch (RuntimeException e) { // a name that is no path here
                // go on with the file's own name
            }
        }
        String stem = stem(c.path().getFileName().toString());
        for (Path place : places) {
            for (String ext : IMAGE_EXTENSIONS) {
                for (String e : new String[] {ext, ext.toUpperCase(Locale.ROOT)}) {
                    Path candidate = place.resolve(stem + "." + e);
                    if (Files.isRegularFile(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The image name the file gives, from its content (the readers keep it too; this is only to find the file). */
    private static String named(Candidate c) {
        Pattern p = switch (c.format().orElseThrow()) {
            case HOCR -> Pattern.compile("image\\s+[\"']([^\"']+)[\"']");
            case ALTO -> Pattern.compile("<(?:\\w+:)?fileName>\\s*([^<]+?)\\s*</");
            case PAGE -> Pattern.compile("imageFilename=[\"']([^\"']+)[\"']");
        };
        Matcher m = p.matcher(c.content());
        return m.find() ? m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&") : "";
    }

    /** The address of a file relative to the edition's folder, with forward slashes, as TEI's graphic/@url. */
    static String url(Path editionFolder, Path file) {
        Path from = editionFolder.toAbsolutePath().normalize();
        Path to = file.toAbsolutePath().normalize();
        String rel;
        try {
            rel = from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // another drive
            return to.toUri().toString();
        }
        StringBuilder out = new StringBuilder();
        for (char ch : rel.toCharArray()) {
            if (ch == ' ' || ch == '%' || ch == '#' || ch == '?') {
                out.append('%').append(String.format("%02X", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static Path sibling(Path file, String extension) {
        return file.resolveSibling(stem(file.getFileName().toString()) + "." + extension);
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        String s = dot > 0 ? name.substring(0, dot) : name;
        // p001.page.xml, p001.alto.xml
        for (String inner : new String[] {".page", ".alto", ".hocr"}) {
            if (s.endsWith(inner)) {
                return s.substring(0, s.length() - inner.length());
            }
        }
        return s;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String read(Path file, String name) throws CommandException {
        return ImportOcrCommand.readUtf8(file, name);
    }
}
