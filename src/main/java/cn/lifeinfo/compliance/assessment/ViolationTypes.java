package cn.lifeinfo.compliance.assessment;

import java.util.List;

/**
 * The violation types of catalog §5.3. What each is worth and how it reads comes from the Types sheet; this list
 * only says which names to ask the sheet about when listing them (types recorded under other names are added).
 */
final class ViolationTypes {

    static final List<String> CATALOG = List.of("KEY_INFO_MISSING", "INFO_NOT_CORRECTED_IN_TIME",
            "LIST_NOT_DESTROYED", "NON_CUSTOMER_CONTACT", "SHARED_FAKE_CONTACT", "PROXY_CALLBACK",
            "UNAUTHORIZED_CHANGE_OR_SIGNATURE", "INDUCE_FALSE_INFO", "FORGE_OR_TAMPER", "ACCESS_BEYOND_SCOPE",
            "LEAK_OR_SELL");

    private ViolationTypes() {
    }
}
