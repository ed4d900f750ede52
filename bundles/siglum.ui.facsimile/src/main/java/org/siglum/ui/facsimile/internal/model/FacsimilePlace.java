package org.siglum.ui.facsimile.internal.model;

import java.util.Optional;

/**
 * Where a place of the text is on the facsimile: the page (the surface of the {@code pb} before it) and the line
 * (the zone of the {@code lb} before it on that page), if the text says.
 *
 * @param page the page break's label ({@code pb/@n}), empty if none
 * @param surface the page's surface; empty when the page break names none (or the text has no page break)
 * @param line the line's zone; empty between a page break and its first line break, or when the break names no zone
 * @param lineNumber the line's number on its page (1 for the first {@code lb} after the {@code pb}), 0 if none
 */
public record FacsimilePlace(Optional<String> page, Optional<Surface> surface, Optional<Zone> line, int lineNumber) {

    public static final FacsimilePlace NOWHERE = new FacsimilePlace(Optional.empty(), Optional.empty(),
            Optional.empty(), 0);
}
