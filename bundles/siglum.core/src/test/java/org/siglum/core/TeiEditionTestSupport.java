package org.siglum.core;

import org.siglum.core.tei.TeiCounts;
import org.siglum.core.tei.TeiEdition;

final class TeiEditionTestSupport {
    private TeiEditionTestSupport() {
    }

    static TeiCounts counts(XmlTree tree) {
        return TeiEdition.of(tree).counts();
    }
}
