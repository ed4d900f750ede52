package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXParseException;

/** Our verdict against the JDK's SAX parser on tricky inputs, and where we place the first error. */
class WellFormednessTest {

    /** input, expected location of our first error ("" when well-formed). */
    static Stream<Arguments> cases() {
        return Stream.of(
                ok("<r/>"),
                ok("<?xml version=\"1.0\"?>\n<r a='1' b=\"2\"/>"),
                ok("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><r/>"),
                ok("<!-- c --><?pi data?><r><![CDATA[<&]]>&lt;&#x0E01;&#3585;</r><!-- after -->\n"),
                ok("<!DOCTYPE r [<!ENTITY e 'x<b>y</b>'><!ATTLIST r a CDATA '>'>]><r>&e;</r>"),
                ok("<r xmlns='urn:a' xmlns:p='urn:b'><p:x p:a='1' a='2'/></r>"),
                ok("<ก ข='ค'>ไทย น้ำ</ก>"),
                ok("<r>\uD835\uDD04 \uD83D\uDE00</r>"),
                ok("<r xml:lang='th' xmlns:xml='http://www.w3.org/XML/1998/namespace'/>"),
                ok("<!DOCTYPE r SYSTEM 'r.dtd'><r>&undeclared;</r>"),
                ok("<r a='&#x20;&lt;'>]]</r>"),
                bad("", "1:1"),
                bad("   ", "1:4"),
                bad("<r>", "1:1"),
                bad("<r></s>", "1:4"),
                bad("<a><b></a>", "1:7"),
                bad("<r/><s/>", "1:5"),
                bad("text<r/>", "1:1"),
                bad("<r/>text", "1:5"),
                bad("<r a='1' a='2'/>", "1:10"),
                bad("<r xmlns:p='u' xmlns:q='u' p:a='1' q:a='2'/>", "1:36"),
                bad("<r a='<'/>", "1:7"),
                bad("<r>a & b</r>", "1:6"),
                bad("<r>&#0;</r>", "1:4"),
                bad("<r>&#xD800;</r>", "1:4"),
                bad("<r>]]></r>", "1:4"),
                bad("<r><!-- a -- b --></r>", "1:11"),
                bad("<r><?xml version='1.0'?></r>", "1:4"),
                bad(" <?xml version='1.0'?><r/>", "1:2"),
                bad("<r><?XmL x?></r>", "1:4"),
                bad("<p:r/>", "1:1"),
                bad("<r p:a='1'/>", "1:4"),
                bad("<r xmlns:xml='urn:x'/>", "1:4"),
                bad("<r xmlns:xmlns='urn:x'/>", "1:4"),
                bad("<r>&e;</r>", "1:4"),
                bad("<r>< b</r>", "1:4"),
                bad("<r a=1/>", "1:6"),
                bad("<r a='1'b='2'/>", "1:9"),
                bad("<r><!-- open</r>", "1:4"),
                bad("<r><![CDATA[ open</r>", "1:4"),
                bad("<r a='open/>", "1:6"),
                bad("<1r/>", "1:1"),
                bad("<r>\u0001</r>", "1:4"),
                bad("<?xml version='2.0'?><r/>", "1:16"),
                bad("<?xml encoding='UTF-8'?><r/>", "1:7"),
                bad("<!DOCTYPE r [<!ENTITY a '&b;'><!ENTITY b '&a;'>]><r>&a;</r>", "1:53"),
                bad("<r>\r\n  <a>\r\n</r>", "3:1"),
                bad("<r>\uD835\uDD04<a></r>", "1:8"));
    }

    private static Arguments ok(String xml) {
        return Arguments.of(xml, "");
    }

    private static Arguments bad(String xml, String firstError) {
        return Arguments.of(xml, firstError);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void verdictAgreesWithTheJdkParserAndTheFirstErrorIsWhereExpected(String xml, String firstError) throws Exception {
        XmlTree tree = XmlTree.parse(xml);
        SAXParseException sax = Sax.firstError(xml);
        List<Problem> errors = tree.problems().stream().filter(Problem::isError).toList();
        assertThat(errors.isEmpty()).as("our verdict on %s: %s; SAX: %s", xml, errors, sax).isEqualTo(sax == null);
        if (firstError.isEmpty()) {
            assertThat(errors).isEmpty();
        } else {
            Problem first = errors.get(0);
            assertThat(first.line() + ":" + first.column()).as(first.toString()).isEqualTo(firstError);
        }
    }
}
