package org.siglum.ui.workbench.internal;

/** Small editions the tests open. */
final class Samples {

    static final String CHAPTER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- two chapters -->
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <text><body>
                <div type="chapter">
                  <head>บทที่ ๑ กำเนิดกรุงศรีอยุธยา</head>
                  <p>พระเจ้าอู่ทอง &amp; <hi rend="italic">อโยธยา</hi></p>
                  <div type="section"><head>การค้า</head><p>ค.ศ. 1511</p></div>
                </div>
                <div type="chapter">
                  <head>บทที่ ๒</head>
                  <p>ประทัดประหาร</p>
                </div>
              </body></text>
            </TEI>
            """;

    private Samples() {
    }
}
