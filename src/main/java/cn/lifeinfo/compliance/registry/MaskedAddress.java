package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.vocabulary.parse.TextNormaliser;
import cn.lifeinfo.compliance.vocabulary.record.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A registry address as stored: province, city and district in clear, the detail only masked, and the keyed hash of
 * the whole normalised address for TRU-ADDR-007.
 */
@Embeddable
public class MaskedAddress {

    public String province;
    public String city;
    public String district;
    @Column(name = "detail_masked")
    public String detailMasked;
    @Column(name = "address_key")
    public String addressKey;

    static MaskedAddress of(Address a, ContactKeys keys) {
        MaskedAddress m = new MaskedAddress();
        if (a != null) {
            m.province = a.province();
            m.city = a.city();
            m.district = a.district();
            m.detailMasked = TextNormaliser.nfkc(a.detail()) == null ? null : "****";
            m.addressKey = keys.addressKey(a);
        }
        return m;
    }

    /** What a GET shows; null when nothing was given. */
    Address view() {
        return province == null && city == null && district == null && detailMasked == null ? null
                : new Address(province, city, district, detailMasked);
    }
}
