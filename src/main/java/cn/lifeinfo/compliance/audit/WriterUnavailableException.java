package cn.lifeinfo.compliance.audit;

/** A row could not be queued or committed in time (queue full, database away, writer closing): retry later. */
public class WriterUnavailableException extends RuntimeException {

    public WriterUnavailableException(String writer, String why) {
        super(writer + " cannot take the row: " + why, null, false, false);
    }
}
