package cn.lifeinfo.compliance.identity;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionIdentityCheckTest {

    @Test
    void theDevelopmentKeyIsRecognisedWithOrWithoutPemArmour() throws Exception {
        String pem = Files.readString(Path.of("src/main/dev/dev-sign-in-public.pem"));
        String bare = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        assertTrue(ProductionIdentityCheck.isDevelopmentKey(pem, bare));
        assertTrue(ProductionIdentityCheck.isDevelopmentKey(bare, pem));
        assertFalse(ProductionIdentityCheck.isDevelopmentKey("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAother", bare));
        assertFalse(ProductionIdentityCheck.isDevelopmentKey(null, bare));
    }
}
