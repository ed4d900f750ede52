package org.siglum.validation.internal.assist;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.siglum.validation.assist.AttributeSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A RELAX NG grammar in XML syntax read for editing help: per element name, its children's content model as a
 * {@link Pattern} and its attributes with their closed value lists. Elements are told apart by name only (our
 * customisation declares each name once); name classes other than a plain name, {@code include} and
 * {@code externalRef} are not read (siglum.rng uses none).
 */
final class RngGrammar {

    static final String RNG = "http://relaxng.org/ns/structure/1.0";

    private final Map<String, List<org.w3c.dom.Element>> defines = new HashMap<>();
    private final Map<String, String> combines = new HashMap<>();
    private final Map<String, org.w3c.dom.Element> elements = new TreeMap<>();
    private final Map<String, Pattern> translatedDefines = new HashMap<>();
    private final Map<String, Pattern> contents = new HashMap<>();
    private final Map<String, List<AttributeSpec>> attributes = new HashMap<>();

    private RngGrammar(Document document) {
        collect(document.getDocumentElement());
    }

    static RngGrammar read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return new RngGrammar(builder.parse(in, url.toString()));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(url + ": cannot read the grammar: " + e.getMessage(), e);
        }
    }

    private void collect(org.w3c.dom.Element node) {
        if (isRng(node, "define")) {
            defines.computeIfAbsent(node.getAttribute("name").trim(), k -> new ArrayList<>()).add(node);
            if (!node.getAttribute("combine").isEmpty()) {
                combines.put(node.getAttribute("name").trim(), node.getAttribute("combine"));
            }
        } else if (isRng(node, "element")) {
            String name = nameOf(node);
            if (name != null) {
                elements.putIfAbsent(name, node);
            }
        }
        for (org.w3c.dom.Element child : children(node)) {
            collect(child);
        }
    }

    /** Every element name declared. */
    Set<String> elements() {
        return elements.keySet();
    }

    /** The children's content model of the element with that name, or null if there is none. */
    synchronized Pattern content(String element) {
        org.w3c.dom.Element declaration = elements.get(element);
        if (declaration == null) {
            return null;
        }
        return contents.computeIfAbsent(element, k -> sequence(contentChildren(declaration)));
    }

    /** Whether the element has no content at all: no child element and no text (like {@code pb}). */
    synchronized boolean alwaysEmpty(String element) {
        org.w3c.dom.Element declaration = elements.get(element);
        if (declaration == null || !(content(element) instanceof Pattern.Empty)) {
            return false;
        }
        for (org.w3c.dom.Element child : contentChildren(declaration)) {
            if (hasText(child, new TreeSet<>())) {
                return false;
            }
        }
        return true;
    }

    private boolean hasText(org.w3c.dom.Element node, Set<String> seenDefines) {
        switch (node.getLocalName()) {
            case "text", "data", "value", "list", "mixed":
                return true;
            case "attribute", "element":
                return false;
            case "ref", "parentRef": {
                String ref = node.getAttribute("name").trim();
                if (seenDefines.add(ref)) {
                    for (org.w3c.dom.Element define : defines.getOrDefault(ref, List.of())) {
                        if (hasText(define, seenDefines)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            default:
                for (org.w3c.dom.Element child : children(node)) {
                    if (hasText(child, seenDefines)) {
                        return true;
                    }
                }
                return false;
        }
    }

    /** The attributes of the element with that name, sorted by name; empty if there is none. */
    synchronized List<AttributeSpec> attributes(String element) {
        org.w3c.dom.Element declaration = elements.get(element);
        if (declaration == null) {
            return List.of();
        }
        return attributes.computeIfAbsent(element, k -> {
            Map<String, AttributeSpec> found = new TreeMap<>();
            for (org.w3c.dom.Element child : contentChildren(declaration)) {
                attributesIn(child, true, found, new TreeSet<>());
            }
            return List.copyOf(found.values());
        });
    }

    private void attributesIn(org.w3c.dom.Element node, boolean required, Map<String, AttributeSpec> found,
            Set<String> seenDefines) {
        String kind = node.getLocalName();
        if (!RNG.equals(node.getNamespaceURI()) || kind.equals("element")) {
            return;
        }
        if (kind.equals("attribute")) {
            String name = nameOf(node);
            if (name != null) {
                Set<String> values = new java.util.LinkedHashSet<>();
                boolean open = valuesIn(node, values, new TreeSet<>()) || values.isEmpty();
                AttributeSpec before = found.get(name);
                boolean mustHave = required && (before == null || before.required());
                found.put(name, new AttributeSpec(name, mustHave, open ? List.of() : List.copyOf(values)));
            }
            return;
        }
        if (kind.equals("ref") || kind.equals("parentRef")) {
            String ref = node.getAttribute("name").trim();
            if (seenDefines.add(ref)) {
                for (org.w3c.dom.Element define : defines.getOrDefault(ref, List.of())) {
                    for (org.w3c.dom.Element child : children(define)) {
                        attributesIn(child, required, found, seenDefines);
                    }
                }
                seenDefines.remove(ref);
            }
            return;
        }
        boolean stillRequired = required && (kind.equals("group") || kind.equals("interleave")
                || kind.equals("oneOrMore") || kind.equals("define"));
        for (org.w3c.dom.Element child : children(node)) {
            attributesIn(child, stillRequired, found, seenDefines);
        }
    }

    /** Collects the {@code value}s of an attribute's pattern; true if it also allows open data or text. */
    private boolean valuesIn(org.w3c.dom.Element node, Set<String> values, Set<String> seenDefines) {
        boolean open = false;
        for (org.w3c.dom.Element child : children(node)) {
            String kind = child.getLocalName();
            switch (kind) {
                case "value" -> values.add(child.getTextContent().trim());
                case "data", "text" -> open = true;
                case "ref" -> {
                    String ref = child.getAttribute("name").trim();
                    if (seenDefines.add(ref)) {
                        for (org.w3c.dom.Element define : defines.getOrDefault(ref, List.of())) {
                            open |= valuesIn(define, values, seenDefines);
                        }
                    }
                }
                default -> open |= valuesIn(child, values, seenDefines);
            }
        }
        return open;
    }

    /** An element's pattern children, without its name class. */
    private static List<org.w3c.dom.Element> contentChildren(org.w3c.dom.Element element) {
        List<org.w3c.dom.Element> content = new ArrayList<>(children(element));
        if (!element.hasAttribute("name") && !content.isEmpty()) {
            content.remove(0);
        }
        return content;
    }

    private Pattern translate(org.w3c.dom.Element node) {
        return switch (node.getLocalName()) {
            case "element" -> {
                String name = nameOf(node);
                yield name == null ? Pattern.NOT_ALLOWED : new Pattern.Element(name);
            }
            case "notAllowed" -> Pattern.NOT_ALLOWED;
            case "choice" -> {
                Pattern p = Pattern.NOT_ALLOWED;
                for (org.w3c.dom.Element child : children(node)) {
                    p = Pattern.choice(p, translate(child));
                }
                yield p;
            }
            case "interleave" -> {
                Pattern p = Pattern.EMPTY;
                for (org.w3c.dom.Element child : children(node)) {
                    p = Pattern.interleave(p, translate(child));
                }
                yield p;
            }
            case "group", "mixed" -> sequence(children(node));
            case "optional" -> Pattern.choice(sequence(children(node)), Pattern.EMPTY);
            case "zeroOrMore" -> Pattern.choice(Pattern.oneOrMore(sequence(children(node))), Pattern.EMPTY);
            case "oneOrMore" -> Pattern.oneOrMore(sequence(children(node)));
            case "ref", "parentRef" -> define(node.getAttribute("name").trim());
            // attributes, text and data say nothing about the order of child elements
            default -> Pattern.EMPTY;
        };
    }

    private Pattern sequence(List<org.w3c.dom.Element> nodes) {
        Pattern p = Pattern.EMPTY;
        for (org.w3c.dom.Element child : nodes) {
            p = Pattern.group(p, translate(child));
        }
        return p;
    }

    private Pattern define(String name) {
        Pattern done = translatedDefines.get(name);
        if (done != null) {
            return done;
        }
        List<org.w3c.dom.Element> bodies = defines.getOrDefault(name, List.of());
        boolean interleave = "interleave".equals(combines.get(name));
        Pattern p = null;
        for (org.w3c.dom.Element body : bodies) {
            Pattern one = sequence(children(body));
            p = p == null ? one : interleave ? Pattern.interleave(p, one) : Pattern.choice(p, one);
        }
        p = p == null ? Pattern.NOT_ALLOWED : p;
        translatedDefines.put(name, p);
        return p;
    }

    private static String nameOf(org.w3c.dom.Element node) {
        if (node.hasAttribute("name")) {
            return node.getAttribute("name").trim();
        }
        List<org.w3c.dom.Element> children = children(node);
        if (!children.isEmpty() && isRng(children.get(0), "name")) {
            return children.get(0).getTextContent().trim();
        }
        return null;
    }

    private static boolean isRng(org.w3c.dom.Element node, String localName) {
        return RNG.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    /** The RELAX NG element children (annotations in other namespaces left out). */
    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element node) {
        List<org.w3c.dom.Element> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element e && RNG.equals(e.getNamespaceURI())) {
                children.add(e);
            }
        }
        return children;
    }

}
