package cn.lifeinfo.compliance.access;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** The access benchmark's requests: permits (with and without masks) and denials from several rules, 50 users. */
public final class AccessRequestMix {

    private AccessRequestMix() {
    }

    public static List<String> bodies() {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < 50; u++) {
            String user = "bench-" + u;
            out.add(AccessRequests.with(AccessRequests.agent(), "subject.userId", user).toString());
            ObjectNode uw = AccessRequests.underwriter();
            out.add(AccessRequests.with(uw, "subject.userId", user).toString());
            ObjectNode cs = AccessRequests.as("CUSTOMER_SERVICE", "CUSTOMER_SERVICE");
            out.add(AccessRequests.with(AccessRequests.with(cs, "context.callerVerified", true), "subject.userId", user)
                    .toString());
            out.add(AccessRequests.with(AccessRequests.with(AccessRequests.agent(), "resource.servicingAgentCode", "A9"),
                    "subject.userId", user).toString());
            out.add(AccessRequests.with(AccessRequests.with(AccessRequests.agent(), "purpose", "PERSONAL"),
                    "subject.userId", user).toString());
        }
        return out;
    }
}
