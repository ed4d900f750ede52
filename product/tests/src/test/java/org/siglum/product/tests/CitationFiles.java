package org.siglum.product.tests;

/** A small edition with three footnotes and a BibTeX file, for the citation commands. */
final class CitationFiles {
    private CitationFiles() {
    }

    static final String EDITION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>citations</title></titleStmt>
                  <publicationStmt><p>test</p></publicationStmt>
                  <sourceDesc><p>test</p></sourceDesc>
                </fileDesc>
              </teiHeader>
              <text>
                <body>
                  <p>หนึ่ง<anchor xml:id="a1" type="note"/><note place="foot" n="1" xml:id="n1" target="#a1">ดู</note></p>
                  <p>สอง<anchor xml:id="a2" type="note"/><note place="foot" n="2" xml:id="n2" target="#a2">ดู</note></p>
                  <p>สาม<anchor xml:id="a3" type="note"/><note place="foot" n="3" xml:id="n3" target="#a3">ดู</note></p>
                </body>
              </text>
            </TEI>
            """;

    static final String BIBTEX = """
            @book{stalin1953,
              author = {Stalin, J. V.}, title = {Foundations of Leninism},
              publisher = {Foreign Languages Publishing House}, address = {Moscow}, year = {1953}
            }
            @book{kasetsiri2516,
              author = {ชาญวิทย์ เกษตรศิริ}, title = {การปฏิวัติรัสเซีย}, publisher = {มูลนิธิโครงการตำราฯ},
              address = {กรุงเทพฯ}, year = {พ.ศ. 2516}
            }
            """;

    static final String CSL_JSON = """
            [
              {"id": "stalin-foundations", "type": "book", "author": [{"family": "Stalin", "given": "J. V."}],
               "title": "Foundations of Leninism", "publisher": "Foreign Languages Publishing House",
               "issued": {"date-parts": [[1953]]}},
              {"id": "lenin1932", "type": "book", "author": [{"family": "Lenin", "given": "V. I."}],
               "title": "State and Revolution", "publisher": "International Publishers",
               "issued": {"date-parts": [[1932]]}}
            ]
            """;

    static final String BROKEN_NOTES = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>
            <p>ก<anchor xml:id="a25" type="note"/><note place="foot" n="25" xml:id="n25" target="#a25">x</note></p>
            <p>ข<anchor xml:id="a26" type="note"/><note place="foot" n="26" xml:id="n26" target="#a26">x</note></p>
            <p>ค<anchor xml:id="a26b" type="note"/><note place="foot" n="26" xml:id="n26b" target="#a26b">x</note></p>
            <p>ง<anchor xml:id="lonely" type="note"/></p>
            <p>จ<note place="foot" n="28" xml:id="n28" target="#gone">x</note></p>
            </body></text></TEI>
            """;
}
