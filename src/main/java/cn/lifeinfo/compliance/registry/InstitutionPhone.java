package cn.lifeinfo.compliance.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class InstitutionPhone {

    @Column(name = "phone_masked")
    public String masked;
    @Column(name = "phone_key")
    public String key;

    public InstitutionPhone() {
    }

    public InstitutionPhone(String masked, String key) {
        this.masked = masked;
        this.key = key;
    }
}
