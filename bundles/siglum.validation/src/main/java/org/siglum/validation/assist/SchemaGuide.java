package org.siglum.validation.assist;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What our TEI customisation (siglum.rng) allows where, for an editor's content assistance. Order and counts are
 * respected for the element's children: a child is proposed only where the elements already before and after the
 * place still fit the content model with it (a child list that is already invalid gets every child the element may
 * have, in any order).
 */
@ProviderType
public interface SchemaGuide {

    /** Every element name the grammar declares, sorted. */
    Set<String> elements();

    /**
     * The elements allowed as a child of {@code parent} between the children {@code before} and {@code after} (their
     * names, in document order), sorted; empty for an unknown parent.
     */
    List<String> childElements(String parent, List<String> before, List<String> after);

    /** The attributes allowed on an element, sorted by name; empty for an unknown element. */
    List<AttributeSpec> attributes(String element);

    /**
     * The proposals at an offset of an edition's text (which need not be well-formed): child elements in content,
     * attributes not yet written inside a start tag, values inside an attribute's quotes; filtered by the part of the
     * name already typed before the offset.
     */
    List<Proposal> propose(String text, int offset);
}
