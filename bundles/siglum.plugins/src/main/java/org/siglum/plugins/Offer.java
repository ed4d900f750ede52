package org.siglum.plugins;

/**
 * Something a bundle offers through a registered service.
 *
 * @param kind {@code format} (an export format), {@code command} (of the command line), {@code view} (of the window),
 *        {@code window-command}, {@code application}, or {@code service} for any other service
 * @param name the format's or view's id, the command's name, or the service's interface
 * @param ranking the service's {@code service.ranking}: among services for the same job the highest is used
 */
public record Offer(String kind, String name, int ranking) {

    /** As {@code siglum plugins list} prints it: {@code format wordcount}, with {@code (ranking N)} when not 0. */
    @Override
    public String toString() {
        return kind + " " + name + (ranking == 0 ? "" : " (ranking " + ranking + ")");
    }
}
