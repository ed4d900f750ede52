package org.siglum.plugins;

/** A change to the plugins that cannot be made; the message is one line for the user. */
public class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
