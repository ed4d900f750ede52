package org.siglum.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.core.EditionDocument;

/** What real editions do that ours would not is a warning with its place; only an ill-formed file is refused. */
class EditionCheckTest {

    private final EditionCheck check = new EditionCheck(new DocumentApparatus(), new TeiNoteService());

    private static EditionDocument edition(String header, String body) {
        return EditionDocument.ofText("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>" + header
                + "</teiHeader>\n<text><body>\n" + body + "\n</body></text></TEI>", "e.xml");
    }

    @Test
    void aWitnessNamedByATokenOfNoListWitIsOneWarningAtItsFirstPlaceWithTheCount() {
        EditionDocument document = edition("", """
                <p><app><lem wit="#A">a</lem><rdg wit="#B 45">b</rdg></app>
                <app><lem wit="#A">c</lem><rdg wit="B">d</rdg></app></p>""");

        List<Diagnostic> problems = check.problems("e.xml", document);

        assertThat(problems).extracting(Diagnostic::severity).containsOnly(Diagnostic.Severity.WARNING);
        assertThat(problems).extracting(Diagnostic::toString).containsExactly(
                "e.xml:3:14: warning: @wit names witness A (2 places, the first here), which no <witness> of a "
                        + "listWit declares: shown as its siglum \"A\"",
                "e.xml:3:35: warning: @wit names witness B (2 places, the first here), which no <witness> of a "
                        + "listWit declares: shown as its siglum \"B\"",
                "e.xml:3:35: warning: @wit names witness 45, which no <witness> of a listWit declares: shown as its "
                        + "siglum \"45\"");
        assertThat(EditionCheck.refusals(problems, false)).isEmpty();
        assertThat(EditionCheck.refusals(problems, true)).isEqualTo(problems);
    }

    @Test
    void aWitnessThatPointsToABiblWithACitedRangeIsShownByTheBiblsNumber() {
        EditionDocument document = edition("<fileDesc><sourceDesc><bibl xml:id=\"ed1\" n=\"Ch\"/></sourceDesc>"
                + "</fileDesc>", "<p><app><lem>a</lem><rdg wit=\"#ed1?citedRange=12\">b</rdg></app></p>");

        assertThat(check.problems("e.xml", document)).extracting(Diagnostic::message).containsExactly(
                "@wit names witness ed1, which no <witness> of a listWit declares (it is a <bibl>): shown as its "
                        + "siglum \"Ch\"");
    }

    @Test
    void declaredWitnessesAndPointersThatLeadSomewhereAreNotOdd() {
        EditionDocument document = edition("<fileDesc><sourceDesc><listWit><witness xml:id=\"A\"/>"
                + "<witness xml:id=\"B\"/></listWit></sourceDesc></fileDesc>", """
                <p xml:id="p1"><app><lem wit="#A">a</lem><rdg wit="#B">b</rdg></app><pb edRef="#B" n="2"/>
                <ref target="#p1">here</ref> <ref target="http://example.org/#x">there</ref></p>""");

        assertThat(check.problems("e.xml", document)).isEmpty();
    }

    @Test
    void aPointerToNowhereAndABreakOfAnUndeclaredEditionAreWarnings() {
        EditionDocument document = edition("", """
                <p><persName ref="#nobody">X</persName><pb ed="#first" n="12"/>
                <ptr target="#nowhere"/></p>""");

        assertThat(check.problems("e.xml", document)).extracting(Diagnostic::toString).containsExactly(
                "e.xml:3:44: warning: @ed names the edition first, which is not a declared witness: its breaks are "
                        + "labelled \"first\"",
                "e.xml:3:14: warning: @ref points to #nobody, which is not in the edition: shown as plain text",
                "e.xml:4:6: warning: @target points to #nowhere, which is not in the edition: shown as plain text");
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithItsErrorsAlone() {
        EditionDocument document = EditionDocument.ofText("<TEI><text><p wit=\"#X\"></text></TEI>", "e.xml");

        List<Diagnostic> problems = check.problems("e.xml", document);

        assertThat(problems).isNotEmpty().extracting(Diagnostic::severity).containsOnly(Diagnostic.Severity.ERROR);
        assertThat(EditionCheck.refusals(problems, false)).isEqualTo(problems);
    }
}
