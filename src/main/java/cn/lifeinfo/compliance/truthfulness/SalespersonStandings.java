package cn.lifeinfo.compliance.truthfulness;

import java.time.LocalDate;

/**
 * Where a salesperson stands under the assessment scheme (catalog §5.3), as the underwriting gate needs it
 * (GATE-UW-004). The assessment family answers it; truthfulness only asks, so neither imports the other's internals.
 */
public interface SalespersonStandings {

    /** Whether the agent's assessment on {@code on} carries the GREY_LIST flag; false for unknown or null codes. */
    boolean greyListed(String agentCode, LocalDate on);
}
