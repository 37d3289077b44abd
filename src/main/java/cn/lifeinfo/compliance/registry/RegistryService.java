package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.access.FieldMasker;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.TextLimits;
import cn.lifeinfo.compliance.vocabulary.parse.TextNormaliser;
import cn.lifeinfo.compliance.vocabulary.record.Address;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Stores and reads the salesperson and institution registries; the cross-record rules read their keys. */
@ApplicationScoped
public class RegistryService {

    private final ContactKeys keys;
    private final ZoneId zone;

    public RegistryService(ContactKeys keys, @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.keys = keys;
        this.zone = zone;
    }

    /** @return true when the agent was created, false when replaced */
    @Transactional
    public boolean putAgent(String agentCode, AgentRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.agentCode() != null && !r.agentCode().equals(agentCode)) {
            errors.add(new FieldError("agentCode", "must equal the agent code in the path"));
        }
        if (TextNormaliser.nfkc(r.name()) == null) {
            errors.add(new FieldError("name", "required"));
        }
        // the widths of the agent table (V2__registries.sql)
        TextLimits.check(errors, "agentCode", agentCode, 64);
        TextLimits.check(errors, "name", r.name(), 100);
        TextLimits.check(errors, "gender", r.gender(), 8);
        TextLimits.check(errors, "birthDate", r.birthDate(), 10);
        TextLimits.check(errors, "idType", r.idType(), 40);
        TextLimits.check(errors, "branchCode", r.branchCode(), 40);
        TextLimits.check(errors, "status", r.status(), 20);
        TextLimits.check(errors, "teamLeaderCode", r.teamLeaderCode(), 64);
        checkAddress(errors, r.address());
        LocalDate commitment = commitmentDate(errors, r.commitmentSignedOn());
        reject(errors);
        AgentEntity e = AgentEntity.findById(agentCode);
        boolean created = e == null;
        if (created) {
            e = new AgentEntity();
            e.agentCode = agentCode;
        }
        e.name = TextNormaliser.name(r.name());
        e.gender = r.gender();
        e.birthDate = r.birthDate();
        e.idType = r.idType();
        e.idNumberMasked = FieldMasker.idNumber(r.idNumber());
        e.idKey = keys.idKey(r.idNumber());
        e.mobileMasked = FieldMasker.phone(keys.normalisedPhone(r.mobile()));
        e.mobileKey = keys.phoneKey(r.mobile());
        e.branchCode = r.branchCode();
        e.status = r.status();
        e.teamLeaderCode = r.teamLeaderCode();
        e.address = MaskedAddress.of(r.address(), keys);
        e.commitmentSignedOn = commitment;
        e.updatedAt = Instant.now();
        e.hashKeyId = keys.keyId();
        if (created) {
            e.persist();
        }
        return created;
    }

    /** PEN-STAFF-007's date: a real day, not after today (a commitment cannot be signed in advance). */
    private LocalDate commitmentDate(List<FieldError> errors, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.trim());
            if (d.isAfter(LocalDate.now(zone))) {
                errors.add(new FieldError("commitmentSignedOn", "is in the future"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("commitmentSignedOn", "not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    @Transactional
    public boolean putInstitution(String institutionId, InstitutionRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.institutionId() != null && !r.institutionId().equals(institutionId)) {
            errors.add(new FieldError("institutionId", "must equal the institution id in the path"));
        }
        if (TextNormaliser.nfkc(r.type()) == null) {
            errors.add(new FieldError("type", "required (INSURER_BRANCH, BANK_OUTLET, INTERMEDIARY_OFFICE, …)"));
        }
        // the widths of the institution table (V2__registries.sql)
        TextLimits.check(errors, "institutionId", institutionId, 64);
        TextLimits.check(errors, "type", r.type(), 40);
        TextLimits.check(errors, "name", r.name(), 200);
        checkAddress(errors, r.address());
        reject(errors);
        InstitutionEntity e = InstitutionEntity.findById(institutionId);
        boolean created = e == null;
        if (created) {
            e = new InstitutionEntity();
            e.institutionId = institutionId;
        }
        e.type = TextNormaliser.nfkc(r.type()).toUpperCase();
        e.name = r.name();
        Set<String> raw = new LinkedHashSet<>();
        if (r.phone() != null) {
            raw.add(r.phone());
        }
        if (r.phones() != null) {
            r.phones().stream().filter(Objects::nonNull).forEach(raw::add);
        }
        e.phones.clear();
        for (String phone : raw) {
            String key = keys.phoneKey(phone);
            if (key != null) {
                e.phones.add(new InstitutionPhone(FieldMasker.phone(keys.normalisedPhone(phone)), key));
            }
        }
        e.address = MaskedAddress.of(r.address(), keys);
        e.updatedAt = Instant.now();
        e.hashKeyId = keys.keyId();
        if (created) {
            e.persist();
        }
        return created;
    }

    public Optional<AgentView> agent(String agentCode) {
        return AgentEntity.<AgentEntity>findByIdOptional(agentCode).map(AgentView::of);
    }

    public Optional<InstitutionView> institution(String institutionId) {
        return InstitutionEntity.<InstitutionEntity>findByIdOptional(institutionId).map(InstitutionView::of);
    }

    private static void checkAddress(List<FieldError> errors, Address a) {
        if (a != null) {
            TextLimits.check(errors, "address.province", a.province(), 40);
            TextLimits.check(errors, "address.city", a.city(), 40);
            TextLimits.check(errors, "address.district", a.district(), 40);
        }
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                    "The registry entry is invalid").withErrors(errors));
        }
    }
}
