package org.siglum.export;

import java.net.URL;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The one Saxon-HE pipeline every format shares: one {@link Processor}, stylesheets compiled once and cached, a fresh
 * transformer per run in a safe configuration. A stylesheet may read only the edition's folder and stylesheets of
 * our own (their bundle or jar); {@code xsl:result-document} may write only into the request's output folder;
 * {@code xsl:message} goes to the run's diagnostics; no extension functions beyond those we register.
 */
@ProviderType
public interface XsltService {

    /** The shared processor, for building trees and values; its configuration must not be changed. */
    Processor processor();

    /**
     * The compiled stylesheet at a location (a resource of the format's bundle); compiled on the first call, from the
     * cache afterwards. Its includes and imports resolve relative to it.
     */
    XsltExecutable compile(URL stylesheet) throws ExportException;

    /**
     * A fresh transformer for one run of a request: its messages go to {@code diagnostics}, its reads and writes are
     * confined as this interface says. The global context item is not set; pass the edition with
     * {@link #edition(ExportRequest)}.
     */
    Xslt30Transformer transformer(XsltExecutable stylesheet, ExportRequest request, Consumer<Diagnostic> diagnostics);

    /**
     * The edition of a request as a tree with line numbers, from the document's current text (unsaved edits
     * included), parsed without reading any DTD or external entity; its base URI is the edition's file.
     */
    XdmNode edition(ExportRequest request) throws ExportException;
}
