package cn.lifeinfo.compliance.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifierHasherTest {

    static final String OLD = "old-key-old-key-old-key-old-key-old-key";
    static final String NEW = "new-key-new-key-new-key-new-key-new-key";

    static IdentifierHasher rotating() {
        return new IdentifierHasher(NEW, "2", Optional.of(OLD), Optional.of("1"));
    }

    @Test
    void withoutRotationALookupMatchesTheCurrentKeyOnly() {
        IdentifierHasher h = new IdentifierHasher(NEW, "2", Optional.empty(), Optional.empty());
        assertFalse(h.rotating());
        assertEquals("2", h.keyId());
        assertEquals(List.of(h.hash("P1")), h.hashes("P1"));
        assertEquals(List.of(h.hash("P1")), h.matching(h.hash("P1")));
        assertNull(h.previousHash("P1"));
    }

    @Test
    void duringARotationNewRowsGetTheNewKeyAndLookupsMatchBoth() {
        IdentifierHasher h = rotating();
        IdentifierHasher before = new IdentifierHasher(OLD);
        String current = h.hash("P1");
        assertEquals(new IdentifierHasher(NEW).hash("P1"), current, "rows are written with the current key");
        assertEquals(List.of(current, before.hash("P1")), h.hashes("P1"));
        assertEquals(List.of(current, before.hash("P1")), h.matching(current));
        assertEquals(current, h.asCurrent(before.hash("P1")), "a row of the previous key reads as the current key's");
        assertEquals("other", h.asCurrent("other"));
        assertEquals(Optional.of("1"), h.previousKeyId());
        assertTrue(h.hashes(null).isEmpty());
    }

    @Test
    void aPreviousKeyNeedsItsOwnId() {
        assertThrows(IllegalStateException.class,
                () -> new IdentifierHasher(NEW, "2", Optional.of(OLD), Optional.empty()));
        assertThrows(IllegalStateException.class,
                () -> new IdentifierHasher(NEW, "2", Optional.of(OLD), Optional.of("2")));
    }
}
