package cn.lifeinfo.compliance.commission;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of POST /api/v1/commission/payment-runs: the commission of one intermediary for one period.
 *
 * @param period         {@code YYYY-MM}
 * @param intermediaryId the institution registry's id of the agency, broker or bank outlet
 * @param lines          one per policy: its number and the commission to pay (yuan, at most 2 decimals)
 */
public record PaymentRunRequest(String period, String intermediaryId, List<Line> lines) {

    public record Line(String policyNo, BigDecimal amount) {
    }
}
