package org.siglum.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.siglum.suspects.internal.ThaiSuspectFinder;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.workbench.internal.SwtDialogs;
import org.siglum.ui.workbench.internal.WorkbenchWindow;
import org.siglum.ui.workbench.internal.checks.CheckServices;
import org.siglum.ui.workbench.internal.views.BuiltinContributions;
import org.siglum.ui.workbench.internal.views.OutlineView;
import org.siglum.ui.workbench.internal.views.WindowCommands;
import org.siglum.validation.internal.JingSchematronValidator;
import org.siglum.validation.internal.assist.RngSchemaGuide;

/**
 * Keystroke to updated highlighting and outline in the real window (SWT, JFace, jface.text, the real services), on the
 * sample and on a ~5 MB edition made of the sample's chapter repeated (ids made unique per copy).
 *
 * <p>One keystroke is a KeyDown/KeyUp pair sent to the editor's StyledText, typing a Thai letter into the last
 * chapter's heading. Measured per round:
 * <ul>
 * <li><b>highlighting</b>: from the key event until its handling returns: the document changed, the presentation
 * reconciler re-tokenised and restyled the damaged region (synchronous in jface.text), the title marked;</li>
 * <li><b>outline</b>: from the key event until the outline's tree shows the typed letter, pumping the event loop: this
 * includes the window's 250 ms pause after typing (the refresh is debounced), which is reported apart;</li>
 * <li><b>outline work</b>: the outline part's own refresh (re-reading divisions and refilling the tree), timed alone.</li>
 * </ul>
 * Peer in the same run: the same keystroke into a bare SWT StyledText holding the same text (no document, no
 * highlighting, no listeners). Five warm-up rounds, then ROUNDS timed rounds; medians. Each round's letter is removed
 * again (undo by replace) before the next.
 */
public final class KeystrokeBench {

    private static final int WARM_UP = 5;

    private final Display display;

    private KeystrokeBench(Display display) {
        this.display = display;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Files.createDirectories(work);
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        String sample = Files.readString(root.resolve("samples/chapter-3.xml"));
        Path small = Files.writeString(work.resolve("chapter-3.xml"), sample);
        Path large = Files.writeString(work.resolve("edition-5mb.xml"), repeatChapters(sample, 5_000_000));
        Display display = new Display();
        KeystrokeBench bench = new KeystrokeBench(display);
        List<String> rows = new ArrayList<>();
        rows.add("| edition | size | highlighting: keystroke handled, median (ms) | bare StyledText, median (ms) | ratio |"
                + " outline shows the letter, median (ms) | of which the pause after typing (ms) | outline work, median (ms) |");
        rows.add("|---|---|---|---|---|---|---|---|");
        for (Path file : List.of(small, large)) {
            rows.add(bench.measure(file, work.resolve("config"), rounds));
        }
        display.dispose();
        System.out.println(String.join("\n", rows));
    }

    private String measure(Path file, Path config, int rounds) throws Exception {
        CheckServices services = new CheckServices(new JingSchematronValidator(), new ThaiSuspectFinder(), new RngSchemaGuide());
        WorkbenchWindow window = new WorkbenchWindow(display, SwtDialogs::new, services, config);
        for (CommandSpec command : WindowCommands.all()) {
            window.addCommand(command);
            window.addHandler(command.id(), command.handler(), 0);
        }
        for (ViewContribution view : BuiltinContributions.views()) {
            window.addView(view);
        }
        window.shell().setSize(1400, 900);
        window.shell().open();
        if (!window.open(file)) {
            throw new IllegalStateException("could not open " + file);
        }
        settle(3_000);
        String text = window.viewer().getDocument().get();
        int lastHead = text.lastIndexOf("<head>") + "<head>".length();
        StyledText widget = window.viewer().getTextWidget();
        OutlineView.Part outline = window.part(OutlineView.ID, OutlineView.Part.class).orElseThrow();

        double[] highlight = new double[rounds];
        double[] outlined = new double[rounds];
        double[] work = new double[rounds];
        for (int round = -WARM_UP; round < rounds; round++) {
            String letter = round % 2 == 0 ? "ก" : "ข";
            widget.setFocus();
            widget.setCaretOffset(lastHead);
            long start = System.nanoTime();
            type(widget, letter.charAt(0));
            long handled = System.nanoTime();
            if (!letter.equals(widget.getText(lastHead, lastHead))) {
                throw new IllegalStateException("the keystroke did not reach the text");
            }
            waitUntil(() -> anyLabelStartsWith(outline.viewer().getTree().getItems(), letter),
                    "the outline to show the letter");
            long shown = System.nanoTime();
            long workStart = System.nanoTime();
            outline.documentChanged(window.edition().model());
            long workEnd = System.nanoTime();
            if (round >= 0) {
                highlight[round] = (handled - start) / 1e6;
                outlined[round] = (shown - start) / 1e6;
                work[round] = (workEnd - workStart) / 1e6;
            }
            window.viewer().getDocument().replace(lastHead, 1, "");
            settle(300);
        }
        double peer = bare(text, lastHead, rounds);
        String name = file.getFileName().toString();
        long size = Files.size(file);
        window.shell().dispose();
        double h = median(highlight);
        return String.format(Locale.ROOT, "| %s | %.1f MB | %.2f | %.2f | %.1f | %.1f | %d | %.2f |", name,
                size / 1e6, h, peer, h / peer, median(outlined), WorkbenchWindowDelay.MS, median(work));
    }

    /** The same keystrokes into a bare StyledText with the same text and font. */
    private double bare(String text, int offset, int rounds) {
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        StyledText widget = new StyledText(shell, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        Font font = new Font(display, new FontData("DejaVu Sans Mono,Loma,Monospace", 11, SWT.NORMAL));
        widget.setFont(font);
        widget.setWordWrap(true);
        widget.setText(text);
        shell.setSize(1000, 700);
        shell.open();
        settle(500);
        double[] times = new double[rounds];
        for (int round = -WARM_UP; round < rounds; round++) {
            widget.setFocus();
            widget.setCaretOffset(offset);
            long start = System.nanoTime();
            type(widget, 'ก');
            long end = System.nanoTime();
            if (round >= 0) {
                times[round] = (end - start) / 1e6;
            }
            widget.replaceTextRange(offset, 1, "");
            settle(50);
        }
        shell.dispose();
        font.dispose();
        return median(times);
    }

    /** Whether a heading in the outline (at any depth) starts with the letter typed into the last heading. */
    private static boolean anyLabelStartsWith(TreeItem[] items, String letter) {
        for (TreeItem item : items) {
            if (item.getText().startsWith(letter) || anyLabelStartsWith(item.getItems(), letter)) {
                return true;
            }
        }
        return false;
    }

    private static void type(StyledText text, char c) {
        Event down = new Event();
        down.character = c;
        down.keyCode = c;
        text.notifyListeners(SWT.KeyDown, down);
        Event up = new Event();
        up.character = c;
        up.keyCode = c;
        text.notifyListeners(SWT.KeyUp, up);
    }

    private void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    private void waitUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(1, () -> { });
                display.sleep();
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The sample's chapter repeated in its body until the file has at least {@code size} bytes; body ids per copy. */
    static String repeatChapters(String sample, int size) {
        int bodyStart = sample.indexOf("<body>") + "<body>".length();
        int bodyEnd = sample.indexOf("</body>");
        String body = sample.substring(bodyStart, bodyEnd);
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = Pattern.compile("xml:id=\"([^\"]+)\"").matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        Pattern ref = Pattern.compile("(xml:id=\"|#)([A-Za-z_][\\w.-]*)");
        StringBuilder copies = new StringBuilder(body);
        int copy = 1;
        while (true) {
            copy++;
            int k = copy;
            copies.append(ref.matcher(body).replaceAll(r -> ids.contains(r.group(2))
                    ? Matcher.quoteReplacement(r.group(1) + r.group(2) + "-c" + k) : Matcher.quoteReplacement(r.group())));
            String whole = sample.substring(0, bodyStart) + copies + sample.substring(bodyEnd);
            if (whole.getBytes(StandardCharsets.UTF_8).length >= size) {
                return whole;
            }
        }
    }

    /** The window's pause after typing before it refreshes views (WorkbenchWindow.REFRESH_DELAY_MS). */
    private static final class WorkbenchWindowDelay {
        static final int MS = 250;
    }
}
