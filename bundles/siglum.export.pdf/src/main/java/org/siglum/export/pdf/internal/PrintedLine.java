package org.siglum.export.pdf.internal;

import java.util.List;

/**
 * A line as pass 1 printed it: the galley block it belongs to (its id, kind and section), whether it is the block's
 * first line, its content as formatting objects, its height in millipoints, and the ids on it of lemmata
 * ({@code app-}), note markers ({@code nm-}) and the source's page breaks ({@code pb-}).
 */
record PrintedLine(String block, String kind, String section, boolean firstOfBlock, String content, int bpd,
        List<String> ids) {

    boolean isHeading() {
        return kind.startsWith("head");
    }

    /** The ids of the source's page breaks on this line ({@code pb-3}), in order. */
    List<String> pageBreaks() {
        return ids.stream().filter(id -> id.startsWith("pb-")).toList();
    }

    /** The source's page that begins on this line ({@code pb-3} gives 3), or null. */
    String sourcePage() {
        String pb = null;
        for (String id : ids) {
            if (id.startsWith("pb-")) {
                pb = id.substring(3);
            }
        }
        return pb;
    }
}
