package org.siglum.core.internal;

import java.util.Arrays;

/**
 * A hand-written, tolerant XML 1.0 + Namespaces scanner over a char array. It reports nodes with exact offsets to a
 * {@link TreeSink} and well-formedness problems as it goes. It never recurses over element depth, never reads a file
 * or the network, and never expands entities while scanning (it only measures them, see {@link Source#measure}).
 * Line and column are not tracked while scanning; messages that need one build a {@link LineIndex} on demand.
 */
public final class XmlScanner {
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    public static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
    static final int MAX_PROBLEMS = 100;
    private static final int MAX_CLOSE_REPORTS = 3;

    private final char[] buf;
    private final int n;
    private final TreeSink sink;
    private final Source src;
    private final NameTable names = new NameTable();
    private final String xmlPrefix;
    private final String xmlnsPrefix;
    private final String emptyPrefix;
    private LineIndex lines;
    private int problems;

    // open elements
    private String[] openNames = new String[64];
    private int[] openStarts = new int[64];
    private int[] nsMarks = new int[64];
    private int depth;

    // in-scope namespace bindings (a stack; "" is the default namespace)
    private String[] nsPrefixes = new String[16];
    private String[] nsUris = new String[16];
    private int nsCount;

    // attributes of the start tag being read
    private String[] aQName = new String[16];
    private int[] aColon = new int[16];
    private int[] aNameStart = new int[16];
    private int[] aValueStart = new int[16];
    private int[] aValueEnd = new int[16];
    private int[] aEnd = new int[16];
    private char[] aQuote = new char[16];
    private boolean[] aPlain = new boolean[16];
    private String[] aPrefix = new String[16];
    private String[] aLocal = new String[16];
    private String[] aNs = new String[16];
    private int aCount;

    // results of small helpers
    private int colon; // index of the first ':' in the last name scanned, -1 if none
    private boolean badQName;
    private boolean valuePlain;
    private String literal;

    private boolean seenRoot;
    private boolean seenDoctype;
    private boolean hasExternalSubset;
    private boolean hasPeReferences;
    private boolean standaloneYes;
    private long expanded;

    private XmlScanner(Source src, TreeSink sink) {
        this.buf = src.buf;
        this.n = src.length;
        this.sink = sink;
        this.src = src;
        this.xmlPrefix = names.intern("xml");
        this.xmlnsPrefix = names.intern("xmlns");
        this.emptyPrefix = "";
        nsPrefixes[0] = xmlPrefix;
        nsUris[0] = XML_NS;
        nsCount = 1;
    }

    /** Scans the source's text, reporting to the sink; the source then holds the declared entities. */
    public static void scan(Source src, TreeSink sink) {
        new XmlScanner(src, sink).run();
    }

    // ------------------------------------------------------------------ main loop

    private void run() {
        if (n == 0) {
            problem(true, 0, "the document is empty: there is no root element");
            return;
        }
        int p = 0;
        if (buf[0] == '\uFEFF') {
            p = 1; // a byte-order mark left in the text is not content
        }
        if (startsWith(p, "<?xml") && p + 5 < n && (XmlChars.isWhitespace(buf[p + 5]) || buf[p + 5] == '?')) {
            p = xmlDeclaration(p);
        }
        while (p < n) {
            if (buf[p] == '<') {
                p = markup(p);
            } else {
                p = text(p, p);
            }
        }
        if (depth > 0) {
            int innermost = depth - 1;
            problem(true, openStarts[innermost], "element '" + openNames[innermost]
                    + "' is not closed: the document ends before its end tag </" + openNames[innermost] + ">");
            if (depth > 1) {
                StringBuilder list = new StringBuilder();
                for (int i = depth - 2, k = 0; i >= 0 && k < 5; i--, k++) {
                    list.append(k == 0 ? "" : ", ").append(openNames[i]);
                }
                if (depth - 1 > 5) {
                    list.append(", ...");
                }
                problem(true, n, (depth - 1) + " enclosing element" + (depth == 2 ? " is" : "s are")
                        + " not closed either (" + list + ")");
            }
            while (depth > 0) {
                sink.endElement(-1, -1, n);
                depth--;
            }
        }
        if (!seenRoot) {
            problem(true, n, "the document has no root element");
        }
    }

    private int markup(int p) {
        if (p + 1 >= n) {
            problem(true, p, "'<' at the end of the document: write &lt; for a literal '<'");
            return text(p, p + 1);
        }
        char c1 = buf[p + 1];
        if (c1 == '/') {
            return endTag(p);
        }
        if (c1 == '?') {
            return processingInstruction(p);
        }
        if (c1 == '!') {
            if (startsWith(p, "<!--")) {
                return comment(p);
            }
            if (startsWith(p, "<![CDATA[")) {
                return cdata(p);
            }
            if (startsWith(p, "<!DOCTYPE")) {
                return doctype(p);
            }
            problem(true, p, "'<!' must begin a comment (<!--), a CDATA section (<![CDATA[) or a DOCTYPE");
            return text(p, p + 1);
        }
        if (isNameStartAt(p + 1)) {
            return startTag(p);
        }
        problem(true, p, "'<' must begin a tag: write &lt; for a literal '<'");
        return text(p, p + 1);
    }

    // ------------------------------------------------------------------ character data

    /** Character data from start (scanning from 'from') to the next '<'. */
    private int text(int start, int from) {
        int p = from;
        boolean ws = start == from;
        int firstNonWs = ws ? -1 : start;
        boolean plain = true;
        final char[] b = buf;
        final int end = n;
        while (p < end) {
            char c = b[p];
            if (c > ']') {
                if (c >= 0xD800) {
                    p = checkHighChar(p);
                } else {
                    p++;
                }
                if (ws) {
                    ws = false;
                    firstNonWs = p - 1;
                }
                continue;
            }
            if (c == '<') {
                break;
            }
            if (c == ' ' || c == '\n' || c == '\t') {
                p++;
                continue;
            }
            if (c == '\r') {
                plain = false;
                p++;
                continue;
            }
            if (ws) {
                ws = false;
                firstNonWs = p;
            }
            if (c == '&') {
                plain = false;
                p = reference(p, false);
                continue;
            }
            if (c == ']' && p + 2 < end && b[p + 1] == ']' && b[p + 2] == '>') {
                problem(true, p, "']]>' is not allowed in text: write ]]&gt;");
                p += 3;
                continue;
            }
            if (c < 0x20) {
                illegalChar(p, c);
            }
            p++;
        }
        if (depth == 0 && !ws) {
            problem(true, firstNonWs, seenRoot ? "text is not allowed after the root element"
                    : "text is not allowed before the root element");
        }
        sink.text(start, p, ws, plain);
        return p;
    }

    /** Checks a char >= U+D800 (surrogates, U+FFFE, U+FFFF) and returns the position after it. */
    private int checkHighChar(int p) {
        char c = buf[p];
        if (c <= 0xDBFF) {
            if (p + 1 < n && Character.isLowSurrogate(buf[p + 1])) {
                return p + 2;
            }
            problem(true, p, "unpaired surrogate U+" + hex(c) + ": not a character");
        } else if (c <= 0xDFFF) {
            problem(true, p, "unpaired surrogate U+" + hex(c) + ": not a character");
        } else if (c >= 0xFFFE) {
            illegalChar(p, c);
        }
        return p + 1;
    }

    private void illegalChar(int p, char c) {
        problem(true, p, "character U+" + hex(c) + " is not allowed in XML");
    }

    private int reference(int s, boolean inAttr) {
        int p = s + 1;
        if (p < n && buf[p] == '#') {
            p++;
            boolean hex = p < n && buf[p] == 'x';
            if (hex) {
                p++;
            }
            int ds = p;
            while (p < n && (hex ? Character.digit(buf[p], 16) >= 0 && buf[p] < 128 : buf[p] >= '0' && buf[p] <= '9')) {
                p++;
            }
            if (p == ds || p >= n || buf[p] != ';') {
                problem(true, s, "malformed character reference: write &amp; for a literal '&'");
                return s + 1;
            }
            p++;
            if (Source.charRef(buf, s + 2, p - 1) < 0) {
                problem(true, s, "character reference " + new String(buf, s, p - s)
                        + " denotes a character that XML does not allow");
            }
            return p;
        }
        if (p < n && isNameStartAt(p)) {
            int ns = p;
            p = scanName(p);
            if (p < n && buf[p] == ';') {
                entityReference(s, names.intern(buf, ns, p), inAttr);
                return p + 1;
            }
        }
        problem(true, s, "'&' must begin an entity or character reference: write &amp; for a literal '&'");
        return s + 1;
    }

    private void entityReference(int s, String name, boolean inAttr) {
        if (Source.predefined(name) != 0) {
            return;
        }
        Entity e = src.entities.get(name);
        if (e == null) {
            if ((hasExternalSubset || hasPeReferences) && !standaloneYes) {
                problem(false, s, "entity '" + name + "' is not declared here (it may be declared in the external"
                        + " DTD, which Siglum never reads)");
            } else {
                problem(true, s, "entity '" + name + "' is not declared");
            }
            return;
        }
        if (e.notation != null) {
            problem(true, s, "unparsed entity '" + name + "' cannot be referenced");
            return;
        }
        if (e.external()) {
            if (inAttr) {
                problem(true, s, "external entity '" + name + "' cannot be referenced in an attribute value");
            } else {
                problem(false, s, "external entity '" + name + "' not loaded (Siglum never reads external entities)");
            }
            return;
        }
        src.measure(e);
        if (e.recursive) {
            problem(true, s, "entity '" + name + "' refers to itself (a recursive entity): not expanded");
        } else if (e.height > Source.MAX_ENTITY_DEPTH) {
            problem(true, s, "entity expansion limit exceeded: entity '" + name + "' nests more than "
                    + Source.MAX_ENTITY_DEPTH + " levels deep");
        } else if (inAttr && e.containsLt) {
            problem(true, s, "'<' is not allowed in attribute values (entity '" + name + "' contains one)");
        } else if (e.undeclared != null && !((hasExternalSubset || hasPeReferences) && !standaloneYes)) {
            problem(true, s, "entity '" + name + "' refers to entity '" + e.undeclared + "', which is not declared");
        } else if (e.refersToExternal && inAttr) {
            problem(true, s, "entity '" + name + "' refers to an external entity, not allowed in an attribute value");
        } else if (!src.expansionStopped) {
            expanded += e.length;
            if (e.length > src.budget || expanded > src.budget) {
                src.expansionStopped = true;
                problem(true, s, "entity expansion limit exceeded: entity '" + name + "' would expand to "
                        + (e.length > src.budget ? "more than " + src.budget : String.valueOf(expanded))
                        + " characters in all (the limit is " + src.budget
                        + "); no entities are expanded in this document");
            }
        }
    }

    // ------------------------------------------------------------------ tags

    private int startTag(int start) {
        int p = start + 1;
        int nameStart = p;
        p = scanName(p);
        String qName = names.intern(buf, nameStart, p);
        int elementColon = colon;
        boolean elementBadQName = badQName;
        aCount = 0;
        boolean selfClosing = false;
        boolean reported = false;
        while (true) {
            int wsStart = p;
            p = skipWs(p);
            if (p >= n) {
                problem(true, start, "start tag '<" + qName + "' is not closed: the document ends inside it");
                break;
            }
            char c = buf[p];
            if (c == '>') {
                p++;
                break;
            }
            if (c == '/') {
                if (p + 1 < n && buf[p + 1] == '>') {
                    p += 2;
                    selfClosing = true;
                    break;
                }
                if (!reported) {
                    problem(true, p, "'/' in the start tag of '" + qName + "' must be followed by '>'");
                    reported = true;
                }
                p++;
                continue;
            }
            if (c == '<') {
                problem(true, p, "start tag '<" + qName + "' is not closed: '>' is missing");
                break;
            }
            if (!isNameStartAt(p)) {
                if (!reported) {
                    problem(true, p, "unexpected character '" + printable(p) + "' in the start tag of '" + qName
                            + "'");
                    reported = true;
                }
                p += Character.isHighSurrogate(c) && p + 1 < n ? 2 : 1;
                continue;
            }
            if (wsStart == p && !reported) {
                problem(true, p, "whitespace is required before attribute '" + attributeNameAt(p) + "'");
                reported = true;
            }
            int an = p;
            p = scanName(p);
            String aq = names.intern(buf, an, p);
            int acolon = colon;
            if (badQName) {
                problem(true, an, "'" + aq + "' is not a valid qualified name");
            }
            p = skipWs(p);
            if (p >= n || buf[p] != '=') {
                problem(true, p < n ? p : an, "attribute '" + aq + "' has no value: '=' and a quoted value are expected");
                addAttribute(aq, acolon, an, p, p, p, '\0', true);
                continue;
            }
            p = skipWs(p + 1);
            if (p < n && (buf[p] == '"' || buf[p] == '\'')) {
                char q = buf[p];
                int vs = p + 1;
                p = attributeValue(vs, q);
                int ve = p;
                if (p < n) {
                    p++;
                } else {
                    problem(true, vs - 1, "the value of attribute '" + aq + "' is not closed: the closing " + q
                            + " is missing");
                }
                addAttribute(aq, acolon, an, vs, ve, p, q, valuePlain);
            } else {
                problem(true, p < n ? p : an, "the value of attribute '" + aq + "' must be in quotes");
                int vs = p;
                while (p < n && !XmlChars.isWhitespace(buf[p]) && buf[p] != '>' && buf[p] != '<'
                        && !(buf[p] == '/' && p + 1 < n && buf[p + 1] == '>')) {
                    p++;
                }
                addAttribute(aq, acolon, an, vs, p, p, '\0', false);
            }
        }
        if (depth == 0) {
            if (seenRoot) {
                problem(true, start, "only one root element is allowed: '<" + qName + ">' follows the root element");
            }
            seenRoot = true;
        }
        if (elementBadQName) {
            problem(true, nameStart, "'" + qName + "' is not a valid qualified name");
        }
        int mark = nsCount;
        declareNamespaces();
        String prefix = emptyPrefix;
        String local = qName;
        if (elementColon > 0) {
            prefix = names.intern(buf, nameStart, nameStart + elementColon);
            local = names.intern(buf, nameStart + elementColon + 1, nameStart + qName.length());
        }
        String ns = lookup(prefix);
        if (ns == null && prefix != emptyPrefix) {
            problem(true, start, "prefix '" + prefix + "' of element '" + qName + "' is not bound to a namespace");
        }
        sink.startElement(start, qName, prefix, local, ns);
        resolveAttributes();
        for (int i = 0; i < aCount; i++) {
            sink.attribute(aQName[i], aPrefix[i], aLocal[i], aNs[i], aNameStart[i], aValueStart[i], aValueEnd[i],
                    aEnd[i], aQuote[i], aPlain[i]);
        }
        sink.startTagEnd(p, selfClosing);
        if (selfClosing) {
            nsCount = mark;
        } else {
            push(qName, start, mark);
        }
        return p;
    }

    private void push(String qName, int start, int mark) {
        if (depth == openNames.length) {
            int len = depth * 2;
            openNames = Arrays.copyOf(openNames, len);
            openStarts = Arrays.copyOf(openStarts, len);
            nsMarks = Arrays.copyOf(nsMarks, len);
        }
        openNames[depth] = qName;
        openStarts[depth] = start;
        nsMarks[depth] = mark;
        depth++;
    }

    private void addAttribute(String qName, int acolon, int nameStart, int vs, int ve, int end, char quote,
            boolean plain) {
        if (aCount == aQName.length) {
            int len = aCount * 2;
            aQName = Arrays.copyOf(aQName, len);
            aColon = Arrays.copyOf(aColon, len);
            aNameStart = Arrays.copyOf(aNameStart, len);
            aValueStart = Arrays.copyOf(aValueStart, len);
            aValueEnd = Arrays.copyOf(aValueEnd, len);
            aEnd = Arrays.copyOf(aEnd, len);
            aQuote = Arrays.copyOf(aQuote, len);
            aPlain = Arrays.copyOf(aPlain, len);
            aPrefix = Arrays.copyOf(aPrefix, len);
            aLocal = Arrays.copyOf(aLocal, len);
            aNs = Arrays.copyOf(aNs, len);
        }
        for (int i = 0; i < aCount; i++) {
            if (aQName[i] == qName) {
                problem(true, nameStart, "attribute '" + qName + "' appears twice in the same start tag");
                break;
            }
        }
        int i = aCount++;
        aQName[i] = qName;
        aColon[i] = acolon;
        aNameStart[i] = nameStart;
        aValueStart[i] = vs;
        aValueEnd[i] = ve;
        aEnd[i] = end;
        aQuote[i] = quote;
        aPlain[i] = plain;
    }

    private void declareNamespaces() {
        for (int i = 0; i < aCount; i++) {
            String q = aQName[i];
            int c = aColon[i];
            String prefix;
            if (q == xmlnsPrefix) {
                prefix = emptyPrefix;
            } else if (c == 5 && q.startsWith("xmlns")) {
                prefix = names.intern(q.substring(6));
            } else {
                continue;
            }
            String uri = aPlain[i] ? src.raw(aValueStart[i], aValueEnd[i])
                    : src.decodeAttribute(aValueStart[i], aValueEnd[i]);
            int at = aNameStart[i];
            if (prefix == xmlnsPrefix) {
                problem(true, at, "the prefix 'xmlns' cannot be declared");
                continue;
            }
            if (prefix == xmlPrefix) {
                if (!XML_NS.equals(uri)) {
                    problem(true, at, "the prefix 'xml' can only be bound to " + XML_NS);
                }
                continue;
            }
            if (XML_NS.equals(uri)) {
                problem(true, at, "only the prefix 'xml' may be bound to " + XML_NS);
                continue;
            }
            if (XMLNS_NS.equals(uri)) {
                problem(true, at, "no prefix may be bound to " + XMLNS_NS);
                continue;
            }
            if (uri.isEmpty() && prefix != emptyPrefix) {
                problem(true, at, "the prefix '" + prefix + "' cannot be bound to an empty namespace name");
                continue;
            }
            if (nsCount == nsPrefixes.length) {
                nsPrefixes = Arrays.copyOf(nsPrefixes, nsCount * 2);
                nsUris = Arrays.copyOf(nsUris, nsCount * 2);
            }
            nsPrefixes[nsCount] = prefix;
            nsUris[nsCount] = uri.isEmpty() ? null : uri;
            nsCount++;
        }
    }

    private String lookup(String prefix) {
        for (int i = nsCount - 1; i >= 0; i--) {
            if (nsPrefixes[i] == prefix) {
                return nsUris[i];
            }
        }
        return null;
    }

    private void resolveAttributes() {
        int prefixed = 0;
        for (int i = 0; i < aCount; i++) {
            String q = aQName[i];
            int c = aColon[i];
            if (q == xmlnsPrefix) {
                aPrefix[i] = emptyPrefix;
                aLocal[i] = q;
                aNs[i] = XMLNS_NS;
            } else if (c > 0) {
                String prefix = names.intern(q.substring(0, c));
                aPrefix[i] = prefix;
                aLocal[i] = names.intern(q.substring(c + 1));
                if (prefix == xmlnsPrefix) {
                    aNs[i] = XMLNS_NS;
                } else {
                    String ns = lookup(prefix);
                    if (ns == null) {
                        problem(true, aNameStart[i], "prefix '" + prefix + "' of attribute '" + q
                                + "' is not bound to a namespace");
                    }
                    aNs[i] = ns;
                    prefixed++;
                }
            } else {
                aPrefix[i] = emptyPrefix;
                aLocal[i] = q;
                aNs[i] = null;
            }
        }
        if (prefixed > 1) {
            for (int i = 0; i < aCount; i++) {
                if (aNs[i] == null || aNs[i] == XMLNS_NS) {
                    continue;
                }
                for (int k = 0; k < i; k++) {
                    if (aNs[i].equals(aNs[k]) && aLocal[i] == aLocal[k] && aQName[i] != aQName[k]) {
                        problem(true, aNameStart[i], "attributes '" + aQName[k] + "' and '" + aQName[i]
                                + "' have the same namespace and local name");
                    }
                }
            }
        }
    }

    private int attributeValue(int p, char q) {
        boolean plain = true;
        boolean ltReported = false;
        final char[] b = buf;
        while (p < n) {
            char c = b[p];
            if (c == q) {
                break;
            }
            if (c > '<') {
                p = c >= 0xD800 ? checkHighChar(p) : p + 1;
                continue;
            }
            if (c == '&') {
                plain = false;
                p = reference(p, true);
                continue;
            }
            if (c == '<') {
                if (!ltReported) {
                    problem(true, p, "'<' is not allowed in attribute values: write &lt;");
                    ltReported = true;
                }
            } else if (c < 0x20) {
                if (c == '\n' || c == '\r' || c == '\t') {
                    plain = false;
                } else {
                    illegalChar(p, c);
                }
            }
            p++;
        }
        valuePlain = plain;
        return p;
    }

    private int endTag(int s) {
        int p = s + 2;
        if (!(p < n && isNameStartAt(p))) {
            problem(true, s, "'</' must be followed by an element name");
            return text(s, s + 2);
        }
        int ns = p;
        p = scanName(p);
        String name = names.intern(buf, ns, p);
        p = skipWs(p);
        if (p < n && buf[p] == '>') {
            p++;
        } else {
            problem(true, s, "end tag '</" + name + "' is not closed: '>' is missing");
        }
        if (depth == 0) {
            problem(true, s, "end tag '</" + name + ">' has no matching start tag");
            return p;
        }
        if (openNames[depth - 1] != name) {
            int k = depth - 2;
            while (k >= 0 && openNames[k] != name) {
                k--;
            }
            if (k < 0) {
                problem(true, s, "end tag '</" + name + ">' does not match the open element '<"
                        + openNames[depth - 1] + ">' (opened at " + at(openStarts[depth - 1]) + ")");
                return p;
            }
            int reports = 0;
            while (depth - 1 > k) {
                if (reports++ < MAX_CLOSE_REPORTS) {
                    problem(true, s, "element '" + openNames[depth - 1] + "' (opened at " + at(openStarts[depth - 1])
                            + ") is not closed before '</" + name + ">'");
                }
                sink.endElement(-1, -1, s);
                nsCount = nsMarks[depth - 1];
                depth--;
            }
        }
        sink.endElement(s, p, p);
        nsCount = nsMarks[depth - 1];
        depth--;
        return p;
    }

    // ------------------------------------------------------------------ comments, CDATA, PIs

    private int comment(int s) {
        int p = s + 4;
        boolean reported = false;
        while (p < n) {
            char c = buf[p];
            if (c == '-') {
                if (p + 1 < n && buf[p + 1] == '-') {
                    if (p + 2 < n && buf[p + 2] == '>') {
                        sink.comment(s, p + 3);
                        return p + 3;
                    }
                    if (!reported) {
                        problem(true, p, "'--' is not allowed inside a comment");
                        reported = true;
                    }
                }
                p++;
            } else if (c < 0x20 || c >= 0xD800) {
                p = otherChar(p, c);
            } else {
                p++;
            }
        }
        problem(true, s, "comment is not closed: '-->' is missing");
        sink.comment(s, n);
        return n;
    }

    private int otherChar(int p, char c) {
        if (c >= 0xD800) {
            return checkHighChar(p);
        }
        if (c != '\n' && c != '\r' && c != '\t') {
            illegalChar(p, c);
        }
        return p + 1;
    }

    private int cdata(int s) {
        if (depth == 0) {
            problem(true, s, "a CDATA section is allowed only inside the root element");
        }
        int p = s + 9;
        while (p < n) {
            char c = buf[p];
            if (c == ']' && p + 2 < n && buf[p + 1] == ']' && buf[p + 2] == '>') {
                sink.cdata(s, p + 3);
                return p + 3;
            }
            p = c < 0x20 || c >= 0xD800 ? otherChar(p, c) : p + 1;
        }
        problem(true, s, "CDATA section is not closed: ']]>' is missing");
        sink.cdata(s, n);
        return n;
    }

    private int processingInstruction(int s) {
        int p = s + 2;
        String target = "";
        if (isNameStartAt(p)) {
            int ts = p;
            p = scanName(p);
            target = names.intern(buf, ts, p);
            if (target.equalsIgnoreCase("xml")) {
                problem(true, s, target.equals("xml")
                        ? "the XML declaration is allowed only at the very start of the document"
                        : "processing-instruction target '" + target + "' is reserved");
            } else if (colon >= 0) {
                problem(true, ts, "a processing-instruction target must not contain ':'");
            }
        } else {
            problem(true, s, "'<?' must be followed by a processing-instruction target name");
        }
        int ds = p;
        if (!(p + 1 < n && buf[p] == '?' && buf[p + 1] == '>')) {
            if (p < n && !XmlChars.isWhitespace(buf[p]) && !target.isEmpty()) {
                problem(true, p, "whitespace is required after the processing-instruction target '" + target + "'");
            }
            ds = skipWs(p);
        }
        p = ds;
        while (p < n) {
            char c = buf[p];
            if (c == '?' && p + 1 < n && buf[p + 1] == '>') {
                sink.processingInstruction(s, p + 2, target, ds, p);
                return p + 2;
            }
            p = c < 0x20 || c >= 0xD800 ? otherChar(p, c) : p + 1;
        }
        problem(true, s, "processing instruction is not closed: '?>' is missing");
        sink.processingInstruction(s, n, target, ds, n);
        return n;
    }

    private int xmlDeclaration(int s) {
        int p = s + 5;
        int ds = p;
        String[] order = {"version", "encoding", "standalone"};
        int next = 0;
        boolean ok = true;
        while (ok) {
            int wsStart = p;
            p = skipWs(p);
            if (p + 1 < n && buf[p] == '?' && buf[p + 1] == '>') {
                if (next == 0) {
                    problem(true, s, "the XML declaration must give the version (version=\"1.0\")");
                }
                sink.processingInstruction(s, p + 2, "xml", skipWs(ds), p);
                return p + 2;
            }
            if (p >= n || !isNameStartAt(p)) {
                problem(true, p < n ? p : s, "malformed XML declaration: expected version, encoding, standalone or '?>'");
                break;
            }
            int ns = p;
            p = scanName(p);
            String name = new String(buf, ns, p - ns);
            int idx = Arrays.asList(order).indexOf(name);
            if (wsStart == ns) {
                problem(true, ns, "whitespace is required before '" + name + "' in the XML declaration");
                break;
            }
            if (idx < next || idx < 0 || (next == 0 && idx != 0)) {
                problem(true, ns, idx < 0 ? "'" + name + "' is not allowed in the XML declaration"
                        : next == 0 && idx != 0 ? "the XML declaration must give the version first"
                        : "'" + name + "' is out of order in the XML declaration (version, encoding, standalone)");
                break;
            }
            next = idx + 1;
            p = skipWs(p);
            if (p >= n || buf[p] != '=') {
                problem(true, p < n ? p : ns, "'=' expected after '" + name + "' in the XML declaration");
                break;
            }
            p = skipWs(p + 1);
            if (p >= n || (buf[p] != '"' && buf[p] != '\'')) {
                problem(true, p < n ? p : ns, "the value of '" + name + "' in the XML declaration must be in quotes");
                break;
            }
            char q = buf[p];
            int vs = p + 1;
            int ve = vs;
            while (ve < n && buf[ve] != q && buf[ve] != '>') {
                ve++;
            }
            if (ve >= n || buf[ve] != q) {
                problem(true, p, "the value of '" + name + "' in the XML declaration is not closed");
                break;
            }
            String v = new String(buf, vs, ve - vs);
            p = ve + 1;
            if (idx == 0 && !v.matches("1\\.[0-9]+")) {
                problem(true, vs, "unsupported XML version '" + v + "' (expected 1.0)");
            } else if (idx == 1 && !v.matches("[A-Za-z][A-Za-z0-9._-]*")) {
                problem(true, vs, "'" + v + "' is not a valid encoding name");
            } else if (idx == 2) {
                if (v.equals("yes")) {
                    standaloneYes = true;
                } else if (!v.equals("no")) {
                    problem(true, vs, "standalone must be \"yes\" or \"no\", not '" + v + "'");
                }
            }
        }
        int end = find(p, "?>");
        if (end < 0) {
            problem(true, s, "the XML declaration is not closed: '?>' is missing");
            sink.processingInstruction(s, n, "xml", ds, n);
            return n;
        }
        sink.processingInstruction(s, end + 2, "xml", skipWs(ds), end);
        return end + 2;
    }

    // ------------------------------------------------------------------ DOCTYPE

    private int doctype(int s) {
        if (seenDoctype) {
            problem(true, s, "only one DOCTYPE is allowed");
        } else if (seenRoot) {
            problem(true, s, "the DOCTYPE must come before the root element");
        } else if (depth > 0) {
            problem(true, s, "a DOCTYPE is not allowed inside an element");
        }
        seenDoctype = true;
        int p = s + 9;
        if (p >= n || !XmlChars.isWhitespace(buf[p])) {
            problem(true, p, "whitespace is required after '<!DOCTYPE'");
        }
        p = skipWs(p);
        String name = "";
        if (p < n && isNameStartAt(p)) {
            int ns = p;
            p = scanName(p);
            name = new String(buf, ns, p - ns);
        } else {
            problem(true, p, "the DOCTYPE must name the root element");
        }
        p = skipWs(p);
        String publicId = null;
        String systemId = null;
        if (startsWith(p, "SYSTEM") || startsWith(p, "PUBLIC")) {
            boolean pub = buf[p] == 'P';
            p = skipWs(p + 6);
            if (pub) {
                p = quotedLiteral(p, "public identifier");
                publicId = literal;
                p = skipWs(p);
            }
            p = quotedLiteral(p, "system identifier");
            systemId = literal;
            hasExternalSubset = true;
            p = skipWs(p);
        }
        int ss = -1;
        int se = -1;
        if (p < n && buf[p] == '[') {
            ss = p + 1;
            p = internalSubset(ss);
            se = p;
            if (p < n) {
                p++;
            }
            p = skipWs(p);
        }
        if (p < n && buf[p] == '>') {
            p++;
        } else {
            problem(true, p < n ? p : s, "the DOCTYPE is not closed: '>' expected");
            int gt = find(p, ">");
            p = gt < 0 ? n : gt + 1;
        }
        sink.doctype(s, p, name, publicId, systemId, ss, se);
        return p;
    }

    private int quotedLiteral(int p, String what) {
        literal = null;
        if (p >= n || (buf[p] != '"' && buf[p] != '\'')) {
            problem(true, Math.min(p, n), "the " + what + " must be in quotes");
            return p;
        }
        char q = buf[p];
        int e = p + 1;
        while (e < n && buf[e] != q) {
            e++;
        }
        if (e >= n) {
            problem(true, p, "the " + what + " is not closed");
            return n;
        }
        literal = new String(buf, p + 1, e - p - 1);
        return e + 1;
    }

    /** Returns the offset of the closing ']' (or n). */
    private int internalSubset(int p) {
        while (true) {
            p = skipWs(p);
            if (p >= n) {
                problem(true, n, "the DOCTYPE's internal subset is not closed: ']' is missing");
                return n;
            }
            char c = buf[p];
            if (c == ']') {
                return p;
            }
            if (c == '%') {
                hasPeReferences = true;
                int ns = p + 1;
                int e = ns < n && isNameStartAt(ns) ? scanName(ns) : ns;
                if (e == ns || e >= n || buf[e] != ';') {
                    problem(true, p, "malformed parameter-entity reference");
                    p++;
                } else {
                    p = e + 1;
                }
            } else if (startsWith(p, "<!ENTITY")) {
                p = entityDeclaration(p);
            } else if (startsWith(p, "<!--")) {
                int e = find(p + 4, "-->");
                if (e < 0) {
                    problem(true, p, "comment is not closed: '-->' is missing");
                    return n;
                }
                int dd = find(p + 4, "--");
                if (dd < e) {
                    problem(true, dd, "'--' is not allowed inside a comment");
                }
                p = e + 3;
            } else if (startsWith(p, "<?")) {
                int e = find(p + 2, "?>");
                if (e < 0) {
                    problem(true, p, "processing instruction is not closed: '?>' is missing");
                    return n;
                }
                p = e + 2;
            } else if (startsWith(p, "<!ATTLIST") || startsWith(p, "<!ELEMENT") || startsWith(p, "<!NOTATION")) {
                p = skipDeclaration(p);
            } else {
                problem(true, p, "unexpected text in the DOCTYPE's internal subset");
                while (p < n && buf[p] != '>' && buf[p] != ']') {
                    p++;
                }
                if (p < n && buf[p] == '>') {
                    p++;
                }
            }
        }
    }

    /** Skips a markup declaration to its '>' (quoted strings may contain '>'). */
    private int skipDeclaration(int s) {
        int p = s + 2;
        while (p < n) {
            char c = buf[p];
            if (c == '"' || c == '\'') {
                int e = p + 1;
                while (e < n && buf[e] != c) {
                    e++;
                }
                p = e + 1;
                continue;
            }
            if (c == '>') {
                return p + 1;
            }
            if (c == '<') {
                problem(true, s, "markup declaration is not closed: '>' is missing");
                return p;
            }
            p++;
        }
        problem(true, s, "markup declaration is not closed: '>' is missing");
        return n;
    }

    private int entityDeclaration(int s) {
        int p = s + 8;
        if (p >= n || !XmlChars.isWhitespace(buf[p])) {
            problem(true, p, "whitespace is required after '<!ENTITY'");
            return skipDeclaration(s);
        }
        p = skipWs(p);
        boolean parameter = false;
        if (p < n && buf[p] == '%') {
            parameter = true;
            p = skipWs(p + 1);
        }
        if (p >= n || !isNameStartAt(p)) {
            problem(true, p, "the entity declaration must give a name");
            return skipDeclaration(s);
        }
        int ns = p;
        p = scanName(p);
        String name = names.intern(buf, ns, p);
        if (colon >= 0) {
            problem(true, ns, "an entity name must not contain ':'");
        }
        p = skipWs(p);
        Entity entity;
        if (p < n && (buf[p] == '"' || buf[p] == '\'')) {
            char q = buf[p];
            StringBuilder value = new StringBuilder();
            p++;
            while (p < n && buf[p] != q) {
                char c = buf[p];
                if (c == '%') {
                    problem(true, p, "a parameter-entity reference is not allowed inside a declaration in the internal"
                            + " subset");
                    p++;
                } else if (c == '&') {
                    int e = p + 1;
                    if (e < n && buf[e] == '#') {
                        int semi = e;
                        while (semi < n && semi < p + 12 && buf[semi] != ';') {
                            semi++;
                        }
                        int cp = semi < n && buf[semi] == ';' ? Source.charRef(buf, e + 1, semi) : -1;
                        if (cp < 0) {
                            problem(true, p, "malformed or illegal character reference in entity value");
                            value.append('&');
                            p++;
                        } else {
                            value.appendCodePoint(cp);
                            p = semi + 1;
                        }
                    } else {
                        int ne = e < n && isNameStartAt(e) ? scanName(e) : e;
                        if (ne == e || ne >= n || buf[ne] != ';') {
                            problem(true, p, "'&' must begin a reference: write &amp; for a literal '&'");
                            value.append('&');
                            p++;
                        } else {
                            value.append(buf, p, ne + 1 - p);
                            p = ne + 1;
                        }
                    }
                } else if (c == '\r') {
                    value.append('\n'); // line ends are normalised before parsing
                    p += p + 1 < n && buf[p + 1] == '\n' ? 2 : 1;
                } else {
                    value.append(c);
                    p++;
                }
            }
            if (p >= n) {
                problem(true, s, "the value of entity '" + name + "' is not closed");
                return n;
            }
            p++;
            entity = new Entity(name, value.toString(), null, null, null);
        } else if (startsWith(p, "SYSTEM") || startsWith(p, "PUBLIC")) {
            boolean pub = buf[p] == 'P';
            p = skipWs(p + 6);
            String publicId = null;
            if (pub) {
                p = quotedLiteral(p, "public identifier");
                publicId = literal;
                p = skipWs(p);
            }
            p = quotedLiteral(p, "system identifier");
            String systemId = literal;
            int before = p;
            p = skipWs(p);
            String notation = null;
            if (startsWith(p, "NDATA")) {
                if (parameter) {
                    problem(true, p, "a parameter entity cannot be unparsed (NDATA)");
                }
                if (before == p) {
                    problem(true, p, "whitespace is required before NDATA");
                }
                p = skipWs(p + 5);
                int nn = p;
                p = p < n && isNameStartAt(p) ? scanName(p) : p;
                notation = new String(buf, nn, p - nn);
            }
            entity = new Entity(name, null, systemId, publicId, notation);
        } else {
            problem(true, p, "entity '" + name + "' needs a quoted value or an external identifier");
            return skipDeclaration(s);
        }
        p = skipWs(p);
        if (p < n && buf[p] == '>') {
            p++;
        } else {
            problem(true, p < n ? p : s, "the declaration of entity '" + name + "' is not closed: '>' expected");
            p = skipDeclaration(p - 2 < s ? s : p - 1);
        }
        if (!parameter) {
            src.entities.putIfAbsent(name, entity); // the first declaration binds
        }
        return p;
    }

    // ------------------------------------------------------------------ names and small helpers

    private boolean isNameStartAt(int p) {
        if (p >= n) {
            return false; // "<?" or "<!" at the very end (found by fuzzing)
        }
        char c = buf[p];
        if (c < 0xD800 || c > 0xDFFF) {
            return XmlChars.isNameStartBmp(c);
        }
        return p + 1 < n && XmlChars.isNameSurrogatePair(c, buf[p + 1]);
    }

    /** Scans a Name starting at p (which must be a name start); sets colon and badQName. */
    private int scanName(int p) {
        int s = p;
        int firstColon = -1;
        int colons = 0;
        final char[] b = buf;
        while (p < n) {
            char c = b[p];
            if (c < 128) {
                if ((XmlChars.ASCII[c] & XmlChars.NAME) == 0) {
                    break;
                }
                if (c == ':') {
                    if (colons++ == 0) {
                        firstColon = p - s;
                    }
                }
                p++;
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (p + 1 < n && XmlChars.isNameSurrogatePair(c, b[p + 1])) {
                    p += 2;
                } else {
                    break;
                }
            } else if (XmlChars.isNameBmp(c)) {
                p++;
            } else {
                break;
            }
        }
        colon = firstColon;
        badQName = colons > 1 || firstColon == 0 || (colons == 1 && (p - s == firstColon + 1
                || !isNameStartAt(s + firstColon + 1)));
        return p;
    }

    private String attributeNameAt(int p) {
        int e = scanName(p);
        return new String(buf, p, e - p);
    }

    private int skipWs(int p) {
        while (p < n) {
            char c = buf[p];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                break;
            }
            p++;
        }
        return p;
    }

    private boolean startsWith(int p, String s) {
        if (p + s.length() > n) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int find(int from, String s) {
        char first = s.charAt(0);
        for (int i = from; i + s.length() <= n; i++) {
            if (buf[i] == first && startsWith(i, s)) {
                return i;
            }
        }
        return -1;
    }

    private String printable(int p) {
        char c = buf[p];
        return c < 0x20 ? "U+" + hex(c) : Character.isHighSurrogate(c) && p + 1 < n ? new String(buf, p, 2)
                : String.valueOf(c);
    }

    private static String hex(int c) {
        String h = Integer.toHexString(c).toUpperCase();
        return "0000".substring(Math.min(4, h.length())) + h;
    }

    private String at(int offset) {
        if (lines == null) {
            lines = LineIndex.of(buf, n);
        }
        return lines.line(offset) + ":" + lines.column(offset);
    }

    private void problem(boolean error, int offset, String message) {
        problems++;
        if (problems <= MAX_PROBLEMS) {
            sink.problem(error, offset, message);
        } else if (problems == MAX_PROBLEMS + 1) {
            sink.problem(error, offset, "too many problems: no more are reported");
        }
    }
}
