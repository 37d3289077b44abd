package cn.lifeinfo.compliance.audit;

/** The database refused this row for its content (too long, out of range, a constraint): retrying cannot help. */
public class RowRejectedException extends RuntimeException {

    public RowRejectedException(String writer, String why) {
        super(writer + " could not store the row: " + why, null, false, false);
    }
}
