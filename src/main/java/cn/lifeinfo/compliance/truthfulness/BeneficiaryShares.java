package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.vocabulary.record.Person;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Catalog TRU-BEN-002: shares within each order total 100; a lone beneficiary of an order without a share has 100. */
final class BeneficiaryShares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BeneficiaryShares() {
    }

    static boolean totalHundredPerOrder(List<Person> beneficiaries) {
        Map<Integer, List<Person>> byOrder = new TreeMap<>();
        for (Person b : beneficiaries) {
            if (b != null) {
                byOrder.computeIfAbsent(b.order() == null ? 1 : b.order(), k -> new java.util.ArrayList<>()).add(b);
            }
        }
        for (List<Person> order : byOrder.values()) {
            if (order.size() == 1 && order.get(0).sharePercent() == null) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Person b : order) {
                total = total.add(b.sharePercent() == null ? BigDecimal.ZERO : b.sharePercent());
            }
            if (total.compareTo(HUNDRED) != 0) {
                return false;
            }
        }
        return true;
    }
}
