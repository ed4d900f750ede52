package org.example.siglum.characters;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;

/**
 * The Characters view: a tab beside the notes. A plugin adds a view to the window by registering a
 * {@link ViewContribution} service; the window shows a tab while the service is there and removes it when the bundle
 * stops, with no restart.
 */
@Component(service = ViewContribution.class)
public final class CharactersView implements ViewContribution {

    static final String ID = "org.example.characters";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Characters";
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
        return new CharactersPart(parent, workbench);
    }
}
