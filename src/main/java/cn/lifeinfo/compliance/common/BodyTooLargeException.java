package cn.lifeinfo.compliance.common;

/**
 * A request body passed the limit of its route while it was being read. Unchecked so that it passes through the
 * readers (Jackson, CSV, the book reader) that would wrap an IOException into a 400 or a 500.
 */
public class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
