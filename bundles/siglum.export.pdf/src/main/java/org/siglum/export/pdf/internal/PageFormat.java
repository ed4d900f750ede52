package org.siglum.export.pdf.internal;

/** A book page. */
enum PageFormat {
    A5(148, 210), B5(176, 250);

    final int widthMm;
    final int heightMm;

    PageFormat(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }
}
