package cn.lifeinfo.compliance.lifecycle;

import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import cn.lifeinfo.compliance.service.ServiceParameters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The lifecycle periods are rule values: rows of the service workbook's 参数 Parameters sheet in force
 * ({@code list.destroyWithinDays}, {@code reverification.intervalMonths}), read with the catalog's defaults (30 days,
 * 12 months) from versions stored before those rows existed.
 */
@ApplicationScoped
public class LifecycleParameters {

    private final RulesetRegistry rulesets;

    public LifecycleParameters(RulesetRegistry rulesets) {
        this.rulesets = rulesets;
    }

    public int listDestroyWithinDays() {
        return inForce().listDestroyWithinDays();
    }

    public int reverificationIntervalMonths() {
        return inForce().reverificationIntervalMonths();
    }

    /** Which version the periods came from, for the answers that apply them. */
    public String version() {
        return rulesets.active(RuleFamily.SERVICE).label();
    }

    private ServiceParameters inForce() {
        return ServiceParameters.of(rulesets.active(RuleFamily.SERVICE));
    }
}
