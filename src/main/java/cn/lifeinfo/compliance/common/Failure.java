package cn.lifeinfo.compliance.common;

/**
 * What went wrong, in the services' words: services and registries throw a {@link ProblemException} of one of
 * these, and only the edge ({@link ProblemMappers}) speaks HTTP. Each names the status it is answered with.
 */
public enum Failure {
    /** The caller's input is malformed or incomplete (a field, a body, a query parameter). */
    INVALID(400, "Bad Request"),
    /** The caller is known but may not do this (a branch outside his token, a nameless user). */
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not Found"),
    /** The request contradicts the stored state (a duplicate, a version that cannot be activated). */
    CONFLICT(409, "Conflict"),
    /** Well-formed but refused on its content (a workbook that does not compile, a decision not recorded). */
    UNPROCESSABLE(422, "Unprocessable Content"),
    /** Not now: no rules in force yet, the compiler busy, the database not taking rows. */
    UNAVAILABLE(503, "Service Unavailable");

    private final int status;
    private final String title;

    Failure(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
