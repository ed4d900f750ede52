package org.eclipse.core.runtime;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Private stand-in for the two methods of Eclipse's {@code Platform} that org.eclipse.jface.text calls. The real class
 * lives in org.eclipse.core.runtime, which needs the Equinox framework. Not exported: only this bundle sees it.
 */
public final class Platform {

    private Platform() {
    }

    /** There are no Eclipse debug options under Felix: every option is off. */
    public static String getDebugOption(String option) {
        return null;
    }

    /** The installed bundle with that symbolic name (the highest version), or {@code null}. */
    public static Bundle getBundle(String symbolicName) {
        Bundle self = FrameworkUtil.getBundle(Platform.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return null;
        }
        Bundle best = null;
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())
                    && (best == null || bundle.getVersion().compareTo(best.getVersion()) > 0)) {
                best = bundle;
            }
        }
        return best;
    }
}
