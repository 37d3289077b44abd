package cn.lifeinfo.compliance.assessment.facts;

/** A hiring or engagement check (PEN-STAFF-008): is the candidate on the no-rehire list? */
public record HiringCase(boolean onNoRehireList) {

    public boolean isOnNoRehireList() { return onNoRehireList; }
}
