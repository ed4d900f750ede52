/**
 * XML source as tokens ({@link org.siglum.ui.editor.xml.XmlTokens}): tags, names, attribute values, comments, text,
 * read forgivingly so that text which is not well-formed still has tokens. The source editor colours them; the
 * workbench's outline finds the divisions' heads with them. No widgets here.
 */
@Export
@Version("1.0.0")
package org.siglum.ui.editor.xml;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
