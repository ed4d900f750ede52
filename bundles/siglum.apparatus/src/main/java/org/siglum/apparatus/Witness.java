package org.siglum.apparatus;

/**
 * A witness declared in a {@code listWit}.
 *
 * @param id its {@code @xml:id}, the name readings use in {@code @wit} (without '#')
 * @param siglum its siglum: a child {@code abbr[@type='siglum']} or {@code idno}, else {@code @n}, else the id
 * @param name its description: the text content, whitespace collapsed
 * @param offset offset of the {@code witness} element
 */
public record Witness(String id, String siglum, String name, int offset) {
}
