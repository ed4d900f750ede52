package org.siglum.citations.internal;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.text.StringEscapeUtils;
import org.siglum.core.Xml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** citeproc-java's output made plain text, well-formed XHTML (no named entities) or XSL-FO. */
final class CiteprocOutput {
    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");

    private CiteprocOutput() {
    }

    static String plain(String s) {
        String t = s.replaceAll("<[^>]*>", "");
        return StringEscapeUtils.unescapeHtml4(t);
    }

    /** Named entities (&ndash;) become numeric references; the XML five stay. */
    static String xhtml(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot")) {
                replacement = m.group();
            } else {
                String ch = StringEscapeUtils.unescapeHtml4(m.group());
                replacement = ch.equals(m.group()) ? "&amp;" + name + ";" : "&#" + ch.codePointAt(0) + ";";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("<br>", "<br/>");
    }

    /** XHTML as XSL-FO: a block for a bibliography entry, inlines for a note's citations. */
    static String fo(String xhtml, boolean block) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = f.newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<r>" + xhtml + "</r>"))).getDocumentElement();
            StringBuilder out = new StringBuilder();
            out.append(block ? "<fo:block xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">"
                    : "<fo:inline xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">");
            children(root, out);
            out.append(block ? "</fo:block>" : "</fo:inline>");
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("citation markup is not well-formed: " + xhtml, e);
        }
    }

    private static void children(Node n, StringBuilder out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                out.append(Xml.escapeText(c.getNodeValue()));
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) c;
                String props = properties(e);
                if (props.isEmpty()) {
                    children(e, out);
                } else {
                    out.append("<fo:inline").append(props).append('>');
                    children(e, out);
                    out.append("</fo:inline>");
                }
            }
        }
    }

    private static String properties(Element e) {
        String style = e.getAttribute("style").replace(" ", "");
        String tag = e.getTagName();
        StringBuilder p = new StringBuilder();
        if (style.contains("font-style:italic") || tag.equals("i") || tag.equals("em")) {
            p.append(" font-style=\"italic\"");
        }
        if (style.contains("font-weight:bold") || tag.equals("b") || tag.equals("strong")) {
            p.append(" font-weight=\"bold\"");
        }
        if (style.contains("font-variant:small-caps")) {
            p.append(" font-variant=\"small-caps\"");
        }
        if (tag.equals("sup") || style.contains("vertical-align:sup")) {
            p.append(" baseline-shift=\"super\" font-size=\"smaller\"");
        }
        if (tag.equals("sub") || style.contains("vertical-align:sub")) {
            p.append(" baseline-shift=\"sub\" font-size=\"smaller\"");
        }
        return p.toString();
    }
}
