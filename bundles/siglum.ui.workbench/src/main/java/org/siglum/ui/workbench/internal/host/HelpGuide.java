package org.siglum.ui.workbench.internal.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.siglum.ui.api.CommandContribution;

/**
 * Help › Keys and Workflow: the keys of every command registered now (so the list is never out of date, and a
 * plugin's commands are in it), then how a chapter of OCR is corrected in Siglum. No widgets, tested without a window.
 */
public final class HelpGuide {

    private HelpGuide() {
    }

    /** The keys, by menu, as the menus show them. */
    public static List<String> keyLines(List<CommandContribution> commands) {
        List<String> lines = new ArrayList<>();
        for (MenuLayout.Menu menu : MenuLayout.menus(commands)) {
            for (CommandContribution command : menu.items()) {
                if (command == null) {
                    continue;
                }
                Optional<String> keys = command.keys().filter(k -> !k.isBlank());
                if (keys.isEmpty()) {
                    continue;
                }
                String shown;
                try {
                    shown = Keys.parse(keys.get()).text();
                } catch (IllegalArgumentException e) {
                    continue; // the window reports such a binding already
                }
                lines.add(String.format("%-16s %s › %s", shown, menu.name(), plain(command.label())));
            }
        }
        return lines;
    }

    /** The whole guide. */
    public static String text(List<CommandContribution> commands) {
        StringBuilder b = new StringBuilder();
        b.append("KEYS\n\n");
        keyLines(commands).forEach(line -> b.append(line).append('\n'));
        b.append("""

                In the source: Ctrl+Space proposes the elements and attributes the schema allows here. The arrow keys
                and Backspace move over and delete a Thai letter with its vowels and tone marks as one.

                CORRECTING A CHAPTER OF OCR

                1. Import the OCR text (siglum import-ocr FILE.txt -o chapter.xml), or OCR with coordinates
                   (siglum import-ocr PAGES/ -o chapter.xml: hOCR, ALTO or PAGE XML), and open the edition. The
                   Facsimile view then shows the page of the caret with its line outlined; click a line to go there.
                2. The Suspects view lists the words that look like OCR errors, most suspect first, with the reasons
                   and a correction. Click one to go to it in the text.
                3. Apparatus › Record suspect as reading (or select a word and Record OCR reading, Ctrl+Shift+R)
                   records the correction: the corrected text becomes the lemma of the edited text, what the OCR read
                   becomes the OCR witness's reading, with its cause. The OCR witness still gives back the text as
                   imported.
                4. The Apparatus view lists every entry; filter it by witness or cause, promote a reading to the
                   lemma, or delete an entry. Undo takes back any step; typing is undone a word or a burst at a
                   time (a pause of a second, a space or a punctuation mark ends a step).
                5. Notes and Sources: add a note at the caret, cite a source from the bibliography; the Problems view
                   shows what the schema and our rules find, and a click goes to the place.
                6. File › Save writes the file atomically and keeps the version before as FILE~. Export writes the web
                   edition, the print edition (PDF), LaTeX and plain text.
                """);
        return b.toString();
    }

    private static String plain(String label) {
        return label.replace("&", "").replace("\u2026", "");
    }
}
