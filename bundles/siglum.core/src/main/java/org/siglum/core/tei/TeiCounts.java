package org.siglum.core.tei;

/**
 * Counts of TEI elements in a whole document (teiHeader included), as {@code siglum info} prints them. An element
 * counts when its namespace is the edition's TEI namespace ({@value TeiEdition#TEI_NS}, or no namespace for a TEI
 * document whose root is in no namespace) and its local name is one of those listed:
 *
 * @param divisions {@code div}, {@code div1} .. {@code div7}
 * @param paragraphs {@code p}
 * @param apps {@code app}
 * @param readings {@code rdg} (lemmas not included)
 * @param witnesses {@code witness}
 * @param notes {@code note}
 * @param bibls {@code bibl} and {@code biblStruct}
 * @param names {@code persName}, {@code placeName}, {@code orgName}, {@code name}, {@code geogName}
 * @param characters Unicode code points of the whole source text (markup included)
 */
public record TeiCounts(int divisions, int paragraphs, int apps, int readings, int witnesses, int notes, int bibls,
        int names, long characters) {
}
