package org.siglum.validation.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siglum.core.XmlElement;

/**
 * Jing's terse messages as sentences a scholar reads: the facts kept, the element named where it is. The original
 * stays in the finding's detail.
 */
final class JingMessages {

    private static final Pattern ELEMENT_NOT_ALLOWED =
            Pattern.compile("element \"([^\"]+)\" not allowed (here|yet|anywhere)(?:; (expected .*))?", Pattern.DOTALL);
    private static final Pattern ELEMENT_INCOMPLETE =
            Pattern.compile("element \"([^\"]+)\" incomplete; (.*)", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_NOT_ALLOWED =
            Pattern.compile("(?:found )?attribute \"([^\"]+)\" not allowed (?:here|at this point)(?:; (expected .*))?",
                    Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_MISSING = Pattern.compile(
            "element \"([^\"]+)\" missing required attributes? (.*)", Pattern.DOTALL);
    private static final Pattern BAD_VALUE =
            Pattern.compile("(?:bad )?value of attribute \"([^\"]+)\" is invalid; (.*)", Pattern.DOTALL);
    private static final Pattern TEXT_NOT_ALLOWED =
            Pattern.compile("(?:character content|text) not allowed (?:here|in this context)(?:; (expected .*))?",
                    Pattern.DOTALL);
    private static final Pattern BAD_CONTENT = Pattern.compile("character content of element \"([^\"]+)\" invalid; (.*)",
            Pattern.DOTALL);

    // Jing's ID checks (RELAX NG DTD Compatibility): an id given twice, where it came first, a reference to nowhere
    private static final Pattern ID_AGAIN = Pattern.compile("ID \"([^\"]*)\" has already been defined");
    private static final Pattern ID_FIRST = Pattern.compile("first occurrence of ID \"([^\"]*)\"");
    private static final Pattern IDREF_NOWHERE = Pattern.compile("IDREFS? \"([^\"]*)\" without matching ID");

    private JingMessages() {
    }

    /** The attribute a message is about, or null. */
    static String attributeOf(String message) {
        Matcher m = ATTRIBUTE_NOT_ALLOWED.matcher(message);
        if (m.matches()) {
            return m.group(1);
        }
        m = BAD_VALUE.matcher(message);
        if (m.matches()) {
            return m.group(1);
        }
        return ID_AGAIN.matcher(message).matches() || ID_FIRST.matcher(message).matches() ? "xml:id" : null;
    }

    /**
     * A sentence for Jing's message.
     *
     * @param element the element the message is about (its start or end tag is where Jing spoke), or null
     * @param around the element whose content holds the place, or null
     */
    static String sentence(String message, XmlElement element, XmlElement around) {
        String m = message.strip();
        Matcher x = ELEMENT_NOT_ALLOWED.matcher(m);
        if (x.matches()) {
            String in = element != null && element.parent() != null ? " inside " + tag(element.parent()) : "";
            String expected = x.group(3) != null ? " (" + x.group(3) + ")" : "";
            return switch (x.group(2)) {
                case "anywhere" -> "The element " + tag(x.group(1)) + in
                        + " is not part of this schema: it is allowed nowhere" + expected + ".";
                case "yet" -> "The element " + tag(x.group(1)) + " is not allowed here yet" + in
                        + ": something the schema requires must come before it" + expected + ".";
                default -> "The element " + tag(x.group(1)) + " is not allowed here" + in + expected + ".";
            };
        }
        x = ELEMENT_INCOMPLETE.matcher(m);
        if (x.matches()) {
            return "The element " + tag(x.group(1)) + " is incomplete: " + x.group(2) + ".";
        }
        x = ATTRIBUTE_MISSING.matcher(m);
        if (x.matches()) {
            return "The element " + tag(x.group(1)) + " lacks a required attribute: " + x.group(2) + ".";
        }
        x = ATTRIBUTE_NOT_ALLOWED.matcher(m);
        if (x.matches()) {
            return "The attribute @" + x.group(1) + " is not allowed" + (element != null ? " on " + tag(element) : " here")
                    + (x.group(2) != null ? " (" + x.group(2) + ")" : "") + ".";
        }
        x = BAD_VALUE.matcher(m);
        if (x.matches()) {
            return "The value of @" + x.group(1) + (element != null ? " on " + tag(element) : "") + " is not valid: "
                    + x.group(2) + ".";
        }
        x = TEXT_NOT_ALLOWED.matcher(m);
        if (x.matches()) {
            return "Text is not allowed directly" + (around != null ? " inside " + tag(around) : " here")
                    + (x.group(1) != null ? " (" + x.group(1) + ")" : "") + ".";
        }
        x = BAD_CONTENT.matcher(m);
        if (x.matches()) {
            return "The text of " + tag(x.group(1)) + " is not valid: " + x.group(2) + ".";
        }
        x = ID_AGAIN.matcher(m);
        if (x.matches()) {
            return "The id \"" + x.group(1) + "\"" + (element != null ? " on " + tag(element) : "")
                    + " is used twice: an earlier element already has it. Each xml:id must be unique in the file.";
        }
        x = ID_FIRST.matcher(m);
        if (x.matches()) {
            return "The id \"" + x.group(1) + "\"" + (element != null ? " on " + tag(element) : "")
                    + " is given here first and again later in the file.";
        }
        x = IDREF_NOWHERE.matcher(m);
        if (x.matches()) {
            return "The reference \"" + x.group(1) + "\"" + (element != null ? " on " + tag(element) : "")
                    + " names an id that no element of the file has.";
        }
        String in = element != null ? " (at " + tag(element) + ")" : around != null ? " (inside " + tag(around) + ")" : "";
        return capitalise(m) + in + (m.endsWith(".") ? "" : ".");
    }

    private static String tag(XmlElement e) {
        return "<" + e.qName() + ">";
    }

    private static String tag(String name) {
        return "<" + name + ">";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
