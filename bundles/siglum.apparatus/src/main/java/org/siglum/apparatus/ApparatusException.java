package org.siglum.apparatus;

/**
 * An operation refused, because it would break the edition or names something that is not there. The message is one
 * sentence saying why; {@link #offset()} says where in the text, when there is a place to point to.
 */
public class ApparatusException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public ApparatusException(String reason, int offset) {
        super(reason);
        this.offset = offset;
    }

    public ApparatusException(String reason) {
        this(reason, -1);
    }

    /** The offset in the text the refusal is about, -1 when none. */
    public int offset() {
        return offset;
    }
}
