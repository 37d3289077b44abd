package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.vocabulary.parse.AddressCheck;
import cn.lifeinfo.compliance.vocabulary.parse.AddressChecker;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.parse.LandlineCheck;
import cn.lifeinfo.compliance.vocabulary.parse.LandlineDefect;
import cn.lifeinfo.compliance.vocabulary.parse.Landlines;
import cn.lifeinfo.compliance.vocabulary.parse.MobileCheck;
import cn.lifeinfo.compliance.vocabulary.parse.MobileDefect;
import cn.lifeinfo.compliance.vocabulary.parse.MobileNumbers;
import cn.lifeinfo.compliance.vocabulary.parse.TextNormaliser;
import cn.lifeinfo.compliance.vocabulary.record.Address;
import jakarta.inject.Singleton;

/**
 * Keys under which phones, ID numbers and addresses are compared across records and registries: the normalised
 * value (catalog §1.3) under a keyed hash, so that equal numbers match while no table holds them in clear.
 * <p>
 * {@code @Singleton}, not {@code @ApplicationScoped}: called several times for each record of a book, where a client
 * proxy would look the instance up in its context on every call.
 */
@Singleton
public class ContactKeys {

    private final IdentifierHasher hasher;
    private final Divisions divisions = Divisions.standard();

    public ContactKeys(IdentifierHasher hasher) {
        this.hasher = hasher;
    }

    /** The id of the key the keys are computed with (stored beside them). */
    public String keyId() {
        return hasher.keyId();
    }

    /** The normalised digits of a phone, or null when there is nothing that looks like a number. */
    public String normalisedPhone(String raw) {
        MobileCheck mobile = MobileNumbers.check(raw);
        if (mobile.present() && mobile.normalised() != null && mobile.defect() != MobileDefect.FORMAT
                && mobile.defect() != MobileDefect.SERVICE_NUMBER) {
            return mobile.normalised();
        }
        LandlineCheck landline = Landlines.check(raw, divisions);
        if (landline.present() && landline.normalised() != null && landline.defect() != LandlineDefect.AREA_CODE
                && landline.defect() != LandlineDefect.SERVICE_NUMBER) {
            return landline.normalised();
        }
        String nfkc = TextNormaliser.nfkc(raw);
        if (nfkc == null) {
            return null;
        }
        String digits = nfkc.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }

    public String phoneKey(String raw) {
        return keyOfNormalisedPhone(normalisedPhone(raw));
    }

    /** The key of a phone the caller has already normalised (saves parsing it twice on the decision path). */
    public String keyOfNormalisedPhone(String normalised) {
        return normalised == null ? null : hasher.hash("phone:" + normalised);
    }

    public String idKey(String rawIdNumber) {
        String id = TextNormaliser.idNumber(rawIdNumber);
        return id == null ? null : hasher.hash("id:" + id);
    }

    public String addressKey(Address a) {
        if (a == null) {
            return null;
        }
        AddressCheck check = AddressChecker.check(a.province(), a.city(), a.district(), a.detail(), divisions);
        return check.missing() || check.fullKey() == null ? null : hasher.hash("addr:" + check.fullKey());
    }
}
