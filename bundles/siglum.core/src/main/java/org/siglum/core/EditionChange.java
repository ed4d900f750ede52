package org.siglum.core;

/**
 * One change of an edition's text: at offset, lengthRemoved chars were replaced by textInserted. A compound edit
 * ({@link EditionDocument#apply}) and the undo or redo of one are reported as a single change covering the span from
 * the first to the last char touched.
 *
 * @param offset where the change starts, in the text before and after it
 * @param lengthRemoved how many chars of the old text were replaced
 * @param textInserted the new text of that span
 * @param tree the parse of the text after the change
 */
public record EditionChange(int offset, int lengthRemoved, String textInserted, XmlTree tree) {
}
