package cn.lifeinfo.compliance.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The verdicts the service answers are exactly the codes its workbook's 结论 Decision column may hold. */
class ServiceVerdictTest {

    @Test
    void theVerdictsAreTheCodesTheWorkbookGrammarAllows() throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        try (InputStream in = ServiceVerdictTest.class.getResourceAsStream(
                "/cn/lifeinfo/compliance/service/decision-tables.json")) {
            assertNotNull(in, "the service family's decision tables");
            for (JsonNode table : new ObjectMapper().readTree(in).path("tables")) {
                for (JsonNode column : table.path("columns")) {
                    if (column.path("header").asText().startsWith("结论")) {
                        column.path("grammar").path("codes").forEach(c -> codes.add(c.asText()));
                    }
                }
            }
        }
        assertEquals(Arrays.stream(ServiceVerdict.values()).map(Enum::name).collect(Collectors.toSet()), codes);
    }

    @Test
    void onlyPermitPermitsAndBothCompletionsComplete() {
        assertEquals(Set.of(ServiceVerdict.PERMIT), Arrays.stream(ServiceVerdict.values())
                .filter(ServiceVerdict::permitted).collect(Collectors.toSet()));
        assertEquals(Set.of(ServiceVerdict.COMPLETED, ServiceVerdict.COMPLETED_LATE), Arrays.stream(
                ServiceVerdict.values()).filter(ServiceVerdict::completed).collect(Collectors.toSet()));
    }
}
