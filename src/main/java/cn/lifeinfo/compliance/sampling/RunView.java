package cn.lifeinfo.compliance.sampling;

/**
 * A sampling run as the API shows it.
 *
 * @param population policies in the branch's population for the period
 * @param quota      the rate rounded up, at least the minimum, at most the population
 * @param greyListed policies taken because their seller was grey-listed on the application date (inside the size)
 * @param size       policies drawn: the quota, or every grey-listed policy when they are more
 * @param verified   items verified so far
 * @param created    true when this request opened the run, false when it existed already
 */
public record RunView(String runId, String kind, String ruleId, String period, String branchCode,
                      String rulesetVersion, int ratePercent, int minimum, int population, int quota, int greyListed,
                      long size, long verified, String openedBy, String openedAt, Boolean created) {

    static RunView of(SamplingRun r, Boolean created) {
        return new RunView(r.runId, r.kind.name(), r.kind.ruleId(), r.period, r.branchCode, r.rulesetVersion,
                r.ratePercent, r.minimum, r.population, r.quota, r.greyListed,
                SamplingItem.count("runId", r.runId),
                SamplingVerification.count("itemId in (select i.itemId from SamplingItem i where i.runId = ?1)",
                        r.runId),
                r.openedBy, r.openedAt.toString(), created);
    }
}
