package org.siglum.apparatus;

/**
 * An empty element that marks where a witness breaks off or resumes (TEI Guidelines 12.1.5): a reading made of one
 * says so rather than omitting text.
 */
public enum ReadingMarker {
    /** {@code <lacunaStart/>}: the witness's text is lost from here. */
    LACUNA_START("lacunaStart", "lacuna begins"),
    /** {@code <lacunaEnd/>}: the witness's text resumes. */
    LACUNA_END("lacunaEnd", "lacuna ends"),
    /** {@code <witStart/>}: a fragmentary witness begins. */
    WITNESS_START("witStart", "witness begins"),
    /** {@code <witEnd/>}: a fragmentary witness ends. */
    WITNESS_END("witEnd", "witness ends");

    private final String element;
    private final String label;

    ReadingMarker(String element, String label) {
        this.element = element;
        this.label = label;
    }

    /** The TEI element's local name. */
    public String element() {
        return element;
    }

    /** What an apparatus prints for it ("lacuna begins"). */
    public String label() {
        return label;
    }

    /** The marker a TEI element name stands for, or null. */
    public static ReadingMarker of(String localName) {
        for (ReadingMarker m : values()) {
            if (m.element.equals(localName)) {
                return m;
            }
        }
        return null;
    }
}
