package cn.lifeinfo.compliance.common;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionSecretsCheckTest {

    private static final String STRONG = "q3J0c1Vx7mQ2aZ9kL4pW8sT1vB6nY5eR0hG3dF7c"; // 40 bytes

    @Test
    void aLongUnpublishedKeyIsAccepted() {
        assertTrue(ProductionSecretsCheck.problem("k", STRONG).isEmpty());
        assertTrue(ProductionSecretsCheck.problem("k", "x".repeat(32)).isEmpty());
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertEquals("k has 31 bytes, fewer than 32", ProductionSecretsCheck.problem("k", "x".repeat(31)).orElseThrow());
        // bytes, not characters: 10 Chinese characters are 30 bytes in UTF-8
        assertTrue(ProductionSecretsCheck.problem("k", "密钥密钥密钥密钥密钥").isPresent());
        assertTrue(ProductionSecretsCheck.problem("k", "").isPresent());
        assertTrue(ProductionSecretsCheck.problem("k", null).isPresent());
    }

    @Test
    void theDevelopmentDefaultsAndTheExamplePlaceholdersAreRefused() throws Exception {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        for (String property : new String[] {"compliance.hash-key", "compliance.impact.encryption-key"}) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(property) + "=\\$\\{[A-Z_]+:([^}]+)}$").matcher(properties);
            assertTrue(m.find(), "development default of " + property);
            assertTrue(ProductionSecretsCheck.problem(property, m.group(1)).orElseThrow().contains("development default"));
        }
        String example = Files.readString(Path.of("k8s/examples/secret.example.yaml"));
        for (String key : new String[] {"hash-key", "input-key"}) {
            Matcher m = Pattern.compile("(?m)^  " + key + ": (\\S+)$").matcher(example);
            assertTrue(m.find(), "placeholder of " + key);
            // padded past 32 bytes, a placeholder is still public
            assertTrue(ProductionSecretsCheck.problem(key, m.group(1)).orElseThrow().contains("placeholder"), key);
        }
    }
}
