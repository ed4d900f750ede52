/**
 * Finding text in an edition's source the way a reader of Thai expects: whole words by ICU's dictionary word breaks
 * (Thai writes no spaces between words), optionally across markup (a word split by {@code <pb/>} or an {@code app} is
 * still one word), and the grapheme clusters a caret must not split. Plain functions over strings. docs/decisions/0028.
 */
@Export
@Version("1.0.0")
package org.siglum.thai.find;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
