package org.siglum.ui.facsimile.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Commands;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.facsimile.internal.model.PageImages;

/**
 * The Facsimile view (right of the editor): the page image of the caret with its line outlined (decision 0048), and
 * its commands in the View menu and the view's bar: Fit width, Fit page, Zoom in, Zoom out. One cache of decoded
 * pages for all the windows.
 */
@Component(service = ViewContribution.class)
public final class FacsimileView implements ViewContribution {

    public static final String ID = "siglum.facsimile";
    public static final String FIT_WIDTH = "siglum.facsimile.fitWidth";
    public static final String FIT_PAGE = "siglum.facsimile.fitPage";
    public static final String ZOOM_IN = "siglum.facsimile.zoomIn";
    public static final String ZOOM_OUT = "siglum.facsimile.zoomOut";

    /** About 64 MB of decoded pixels: a few pages at screen size, or the regions of one zoomed in. */
    static final long CACHE_PIXELS = 16_000_000;

    private final PageImages images = new PageImages(CACHE_PIXELS);
    private final Map<Workbench, FacsimilePart> parts = new ConcurrentHashMap<>();
    private Commands registered;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Facsimile";
    }

    @Override
    public ViewPlacement placement() {
        return ViewPlacement.RIGHT;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public ViewPart createPart(Composite parent, Workbench workbench) {
        FacsimilePart part = new FacsimilePart(parent, workbench, images, commands(), () -> parts.remove(workbench));
        parts.put(workbench, part);
        return part;
    }

    /** The view's commands, declared as data (decision 0037); enabled while the view shows a page image. */
    List<CommandSpec> commands() {
        String menu = CommandContribution.MENU_VIEW;
        return List.of(
                CommandSpec.of(FIT_WIDTH, "Page Fit &Width").inMenu(menu, 900).withToolbarText("Fit width")
                        .withDescription("Show the page image as wide as the Facsimile view")
                        .enabledWhen(this::showsPage).does(on(FacsimilePart::fitWidth)),
                CommandSpec.of(FIT_PAGE, "Page Fit Pa&ge").inMenu(menu, 910).withToolbarText("Fit page")
                        .withDescription("Show the whole page image in the Facsimile view")
                        .enabledWhen(this::showsPage).does(on(FacsimilePart::fitPage)),
                CommandSpec.of(ZOOM_IN, "Page Zoom &In").inMenu(menu, 920).withToolbarText("+")
                        .withDescription("Enlarge the page image (Ctrl+wheel on the image)")
                        .enabledWhen(this::showsPage).does(on(FacsimilePart::zoomIn)),
                CommandSpec.of(ZOOM_OUT, "Page Zoom &Out").inMenu(menu, 930).withToolbarText("\u2212")
                        .withDescription("Reduce the page image (Ctrl+wheel on the image)")
                        .enabledWhen(this::showsPage).does(on(FacsimilePart::zoomOut)));
    }

    private boolean showsPage(Workbench workbench) {
        return part(workbench).map(FacsimilePart::showsPage).orElse(false);
    }

    private CommandSpec.Action on(Consumer<FacsimilePart> action) {
        return workbench -> part(workbench).ifPresent(action);
    }

    @Activate
    void activate(BundleContext context) {
        registered = Commands.register(context, commands());
    }

    @Deactivate
    void deactivate() {
        registered.unregister();
    }

    /** The part shown in a workbench, if any. */
    Optional<FacsimilePart> part(Workbench workbench) {
        return Optional.ofNullable(parts.get(workbench));
    }
}
