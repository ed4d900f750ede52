package org.siglum.ui.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siglum.ui.api.testing.Ui.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.testing.TestWorkbench;

/**
 * View › Web Preview in a real (test) window: the html exporter's page in a real SWT Browser (WebKitGTK, Debian's
 * libwebkit2gtk-4.1-0, which scripts/environment.sh installs), and the fallback where no Browser can be made.
 */
class WebPreviewTest {

    @TempDir
    Path dir;

    private TestWorkbench workbench;
    private EditionDocument document;
    private WebPreviewHandler preview;
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void openTheSampleInAWindow() throws Exception {
        Path edition = Files.copy(Services.sample(), dir.resolve("chapter-3.xml"));
        workbench = new TestWorkbench();
        document = EditionDocument.read(edition);
        workbench.open(document);
        preview = new WebPreviewHandler();
        preview.opener = opened::add;
        workbench.handle(WebPreviewHandler.ID, preview);
    }

    @AfterEach
    void close() {
        waitUntil(workbench.display(), () -> !preview.isExporting(), "the preview's export to end");
        PreviewWindow window = preview.window();
        if (window != null) {
            window.close();
        }
        workbench.close();
    }

    @Test
    void theBrowserShowsTheWebEditionOfTheTextInTheEditor() {
        assertThat(preview.isEnabled(workbench)).as("no html format yet").isFalse();
        preview.addExporter(Services.HTML);
        assertThat(preview.isEnabled(workbench)).isTrue();
        int at = document.text().indexOf("นโยบายเศรษฐกิจใหม่</head>");
        document.replace(at, 0, "ร่าง ");

        assertThat(workbench.execute(WebPreviewHandler.ID)).isTrue();
        waitUntil(workbench.display(), () -> preview.window() != null && preview.window().isLoaded(),
                "the preview page to load in the browser");

        Object title = preview.window().browser().evaluate("return document.title;");
        assertThat(title).asString().contains("บทที่ 3 นโยบายเศรษฐกิจใหม่");
        Object text = preview.window().browser().evaluate("return document.body.textContent;");
        assertThat(text).asString().contains("ร่าง นโยบายเศรษฐกิจใหม่");
        assertThat(preview.window().page().getFileName().toString()).isEqualTo("index.html");
        assertThat(workbench.messages()).last().asString()
                .startsWith("Web preview of the text in the editor");
        assertThat(opened).isEmpty();
    }

    @Test
    void withoutABrowserWidgetThePageOpensInTheSystemBrowserAndTheStatusLineSaysSo() {
        preview.addExporter(Services.HTML);
        preview.windows = parent -> {
            // what SWT throws on GTK when WebKitGTK cannot be loaded
            throw new SWTError(SWT.ERROR_NO_HANDLES, "No more handles [Browser style SWT.NONE and Java system "
                    + "property org.eclipse.swt.browser.DefaultType=null]");
        };
        assertThat(workbench.execute(WebPreviewHandler.ID)).isTrue();
        waitUntil(workbench.display(), () -> !preview.isExporting(), "the preview's export");
        workbench.flush();

        assertThat(preview.window()).isNull();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).getFileName().toString()).isEqualTo("index.html");
        assertThat(workbench.messages()).last().asString().contains("libwebkit2gtk-4.1-0")
                .contains("the preview opened in the system browser");
    }
}
