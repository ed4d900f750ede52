package org.siglum.validation.internal.assist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.validation.assist.AttributeSpec;
import org.siglum.validation.assist.Proposal;
import org.siglum.validation.assist.SchemaGuide;

/**
 * The {@link SchemaGuide} over siglum.rng, read once (from the siglum.tei-schemas bundle) when first asked. Child
 * elements by the derivatives of the element's content model over the siblings before and after the place.
 */
@Component(service = SchemaGuide.class)
public final class RngSchemaGuide implements SchemaGuide {

    static final String GRAMMAR = "org/siglum/tei/schemas/siglum.rng";

    private volatile RngGrammar grammar;

    private RngGrammar grammar() {
        RngGrammar g = grammar;
        if (g == null) {
            synchronized (this) {
                if (grammar == null) {
                    URL url = RngSchemaGuide.class.getClassLoader().getResource(GRAMMAR);
                    if (url == null) {
                        throw new IllegalStateException(GRAMMAR + " is not on the class path (siglum.tei-schemas)");
                    }
                    try {
                        grammar = RngGrammar.read(url);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                g = grammar;
            }
        }
        return g;
    }

    @Override
    public Set<String> elements() {
        return grammar().elements();
    }

    @Override
    public List<String> childElements(String parent, List<String> before, List<String> after) {
        Pattern content = grammar().content(parent);
        if (content == null) {
            return List.of();
        }
        Pattern here = content;
        for (String name : before) {
            here = Pattern.derive(here, name);
        }
        if (here instanceof Pattern.NotAllowed) {
            return List.copyOf(Pattern.names(content)); // already invalid: every child, order ignored
        }
        List<String> allowed = new ArrayList<>();
        for (String candidate : Pattern.first(here)) {
            Pattern rest = Pattern.derive(here, candidate);
            for (String name : after) {
                rest = Pattern.derive(rest, name);
            }
            if (!(rest instanceof Pattern.NotAllowed)) {
                allowed.add(candidate);
            }
        }
        return allowed;
    }

    @Override
    public List<AttributeSpec> attributes(String element) {
        return grammar().attributes(element);
    }

    @Override
    public List<Proposal> propose(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        Place place = Place.at(text, offset);
        List<Proposal> proposals = new ArrayList<>();
        switch (place.kind()) {
            case CONTENT -> {
                for (String name : childElements(place.element(), place.before(), place.after())) {
                    proposals.add(element(name, offset, 0));
                }
            }
            case ELEMENT_NAME -> {
                List<String> names = place.element() == null ? List.of("TEI")
                        : childElements(place.element(), place.before(), place.after());
                for (String name : names) {
                    if (name.startsWith(place.prefix())) {
                        if (place.nameContinues()) {
                            int nameEnd = nameEnd(text, offset);
                            proposals.add(new Proposal(Proposal.Kind.ELEMENT, name, place.start() + 1,
                                    nameEnd - place.start() - 1, name, name.length()));
                        } else {
                            proposals.add(element(name, place.start(), 1 + place.prefix().length()));
                        }
                    }
                }
            }
            case ATTRIBUTES -> {
                for (AttributeSpec spec : attributes(place.element())) {
                    if (spec.name().startsWith(place.prefix()) && !place.written().contains(spec.name())) {
                        int length = place.nameContinues() ? nameEnd(text, offset) - place.start()
                                : place.prefix().length();
                        String insert = place.nameContinues() ? spec.name() : spec.name() + "=\"\"";
                        proposals.add(new Proposal(Proposal.Kind.ATTRIBUTE, spec.name(), place.start(), length, insert,
                                place.nameContinues() ? insert.length() : spec.name().length() + 2));
                    }
                }
            }
            case VALUE -> {
                for (AttributeSpec spec : attributes(place.element())) {
                    if (spec.name().equals(place.attribute())) {
                        for (String value : spec.values()) {
                            if (value.startsWith(place.prefix())) {
                                proposals.add(new Proposal(Proposal.Kind.VALUE, value, place.start(),
                                        place.prefix().length(), value, value.length()));
                            }
                        }
                    }
                }
            }
            default -> {
            }
        }
        return proposals;
    }

    /** {@code <name></name>} with the caret between the tags, or {@code <name/>} for an element that is always empty. */
    private Proposal element(String name, int offset, int length) {
        if (grammar().alwaysEmpty(name)) {
            String text = "<" + name + "/>";
            return new Proposal(Proposal.Kind.ELEMENT, name, offset, length, text, text.length());
        }
        return new Proposal(Proposal.Kind.ELEMENT, name, offset, length, "<" + name + "></" + name + ">",
                name.length() + 2);
    }

    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || ":_-.".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }
}
