package org.siglum.product.tests.plugins;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The activator of a deliberately broken bundle (PluginFailureIT): it throws on start, as a faulty plugin might. */
public final class FailingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("this test bundle always fails to start");
    }

    @Override
    public void stop(BundleContext context) {
    }
}
