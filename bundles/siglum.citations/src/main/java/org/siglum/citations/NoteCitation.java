package org.siglum.citations;

/**
 * A citation in a note: {@code <bibl><ptr target="#ENTRY"/><citedRange unit="page">12</citedRange></bibl>}.
 *
 * @param entryId the {@code xml:id} of the bibliography entry cited
 * @param unit the unit of the cited range ({@code page}, {@code chapter}, {@code volume}...), or null
 * @param range the cited range ("12", "12-14"), or null
 * @param offset where the {@code bibl} starts in the source
 */
public record NoteCitation(String entryId, String unit, String range, int offset) {
}
