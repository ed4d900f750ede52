package org.siglum.ocr.internal;

/** A rectangle in a page image's pixels: upper left and lower right corners, as TEI's zone has them. */
record Box(int ulx, int uly, int lrx, int lry) {

    int width() {
        return lrx - ulx;
    }

    int height() {
        return lry - uly;
    }

    Box union(Box o) {
        return o == null ? this : new Box(Math.min(ulx, o.ulx), Math.min(uly, o.uly), Math.max(lrx, o.lrx), Math.max(lry, o.lry));
    }

    Box scale(double sx, double sy) {
        return new Box((int) Math.round(ulx * sx), (int) Math.round(uly * sy), (int) Math.round(lrx * sx),
                (int) Math.round(lry * sy));
    }
}
