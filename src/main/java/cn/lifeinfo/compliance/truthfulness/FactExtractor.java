package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.truthfulness.facts.AddressFacts;
import cn.lifeinfo.compliance.truthfulness.facts.ContactFacts;
import cn.lifeinfo.compliance.truthfulness.facts.PersonFacts;
import cn.lifeinfo.compliance.truthfulness.facts.PhoneShareFacts;
import cn.lifeinfo.compliance.truthfulness.facts.PolicyFacts;
import cn.lifeinfo.compliance.truthfulness.facts.RelationshipFacts;
import cn.lifeinfo.compliance.truthfulness.facts.SalesFacts;
import cn.lifeinfo.compliance.vocabulary.parse.AddressCheck;
import cn.lifeinfo.compliance.vocabulary.parse.AddressChecker;
import cn.lifeinfo.compliance.vocabulary.parse.Ages;
import cn.lifeinfo.compliance.vocabulary.parse.CoverageScope;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.parse.IdCheck;
import cn.lifeinfo.compliance.vocabulary.parse.IdNumbers;
import cn.lifeinfo.compliance.vocabulary.parse.IsoDates;
import cn.lifeinfo.compliance.vocabulary.parse.LandlineCheck;
import cn.lifeinfo.compliance.vocabulary.parse.Landlines;
import cn.lifeinfo.compliance.vocabulary.parse.MobileCheck;
import cn.lifeinfo.compliance.vocabulary.parse.MobileNumbers;
import cn.lifeinfo.compliance.vocabulary.parse.NameClassifier;
import cn.lifeinfo.compliance.vocabulary.parse.NameFormat;
import cn.lifeinfo.compliance.vocabulary.parse.TextNormaliser;
import cn.lifeinfo.compliance.vocabulary.record.Address;
import cn.lifeinfo.compliance.vocabulary.record.CoverageTerm;
import cn.lifeinfo.compliance.vocabulary.record.Person;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import cn.lifeinfo.compliance.vocabulary.record.Product;
import cn.lifeinfo.compliance.vocabulary.record.Salesperson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a raw record into the facts the truthfulness sheets judge. All parsing and normalisation (catalog §1.3)
 * happens here, once; the rules then compare plain values, which keeps the engine's work per record small.
 * Out-of-scope records (§1.4) yield only the policy facts, so only the policy sheet can report on them; a record whose
 * scope cannot be decided is evaluated as in scope, and its policy facts name what kept scope open (TRU-SCOPE-002).
 */
public final class FactExtractor {

    static final Set<String> RELATIONSHIPS = Set.of("SELF", "SPOUSE", "CHILD", "PARENT", "GRANDCHILD",
            "GRANDPARENT", "SIBLING", "GUARDIAN", "EMPLOYEE", "OTHER_RELATIVE", "OTHER");
    private static final List<String> PHONE_FIELDS = List.of("mobile", "landline");
    private static final Person NOBODY = new Person(null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    private final Divisions divisions;

    public FactExtractor(Divisions divisions) {
        this.divisions = divisions;
    }

    public ExtractedFacts extract(PolicyRecord record) {
        return extract(record, CrossRecordView.NONE);
    }

    public ExtractedFacts extract(PolicyRecord record, CrossRecordView cross) {
        LocalDate applied = IsoDates.parse(record.applicationDate());
        LocalDate effective = IsoDates.parse(record.effectiveDate());
        CoverageTerm term = record.coverageTerm();
        String unit = term == null ? null : upper(term.unit());
        Integer termValue = term == null ? null : term.value();
        String businessType = upper(record.businessType());
        CoverageScope.Assessment scope = CoverageScope.assess(businessType, unit, termValue, effective);
        boolean inScope = scope.inScope();
        Person ph = orNobody(record.policyholder());
        Person ins = orNobody(record.insured());

        PersonFacts holder = person("policyholder", "policyholder", ph, applied);
        List<Object> facts = new ArrayList<>();
        facts.add(policy(record, scope, holder.getAge()).salespersonGreyListed(cross.salespersonGreyListed()));
        if (!inScope) {
            return new ExtractedFacts(false, facts);
        }
        facts.add(holder.idConflictElsewhere(cross.idConflict("policyholder")));
        facts.add(contact(ph, cross));
        for (String field : PHONE_FIELDS) {
            int sharing = cross.phoneComponents(field);
            if (sharing > 0) {
                facts.add(new PhoneShareFacts(field, sharing, cross.salespersonPhone(field),
                        cross.phoneSharedWithinOneSalesperson(field)));
            }
        }
        facts.add(address(ph.address(), cross));
        String relationship = upper(ins.relationshipToPolicyholder());
        boolean sameIdentity = sameIdentity(ph, ins);
        PersonFacts insured = person("insured", "insured", ins, applied);
        // catalog §1.2: the SELF insured who is the policyholder is reported once, as the policyholder
        if (!("SELF".equals(relationship) && sameIdentity)) {
            facts.add(insured.idConflictElsewhere(cross.idConflict("insured")));
        }
        facts.add(relationship(ph, ins, relationship, sameIdentity, holder, insured, record.product()));
        String insuredId = TextNormaliser.idNumber(ins.idNumber());
        List<Person> beneficiaries = record.beneficiariesOrEmpty();
        for (int i = 0; i < beneficiaries.size(); i++) {
            Person b = orNobody(beneficiaries.get(i));
            String role = "beneficiary[" + i + "]";
            facts.add(person(role, "beneficiary", b, applied)
                    .sameIdAsInsured(insuredId != null && insuredId.equals(TextNormaliser.idNumber(b.idNumber())))
                    .idConflictElsewhere(cross.idConflict(role))
                    .registeredSalesperson(cross.registeredSalesperson(role)));
        }
        facts.add(sales(record.salesperson(), upper(record.channel())));
        return new ExtractedFacts(true, facts);
    }

    PersonFacts person(String role, String roleKind, Person p, LocalDate applied) {
        String name = TextNormaliser.name(p.name());
        LocalDate birth = IsoDates.parse(p.birthDate());
        String gender = upper(p.gender());
        boolean genderValid = "M".equals(gender) || "F".equals(gender);
        IdCheck id = IdNumbers.check(upper(p.idType()), p.idNumber(), applied, divisions);
        return new PersonFacts().role(role).roleKind(roleKind)
                .name(name).nameMissing(name == null)
                .nameFormatValid(name != null && NameClassifier.classify(name) != NameFormat.INVALID)
                .genderValid(genderValid)
                .birthDateValid(birth != null)
                .birthAfterApplication(birth != null && applied != null && birth.isAfter(applied))
                .age(Ages.completedYears(birth, applied))
                .idType(upper(p.idType()))
                .idDefect(id.defect().name())
                .idAddressCodeKnown(id.addressCodeKnown())
                .idFifteenDigit(id.fifteenDigit())
                .applicationDate(applied == null ? null : applied.toString())
                .idExpired(expired(p.idValidUntil(), applied))
                .birthMatchesId(id.birthDate() == null || birth == null ? null : id.birthDate().equals(birth))
                .genderMatchesId(id.gender() == null || !genderValid ? null : id.gender().equals(gender));
    }

    private static boolean expired(String validUntil, LocalDate applied) {
        if (applied == null || "LONG_TERM".equals(upper(validUntil))) {
            return false;
        }
        LocalDate until = IsoDates.parse(validUntil);
        return until != null && until.isBefore(applied);
    }

    /** An institution's number counts as a service number: catalog §1.3.6 reports both only by TRU-PHONE-009. */
    private ContactFacts contact(Person ph, CrossRecordView cross) {
        MobileCheck mobile = MobileNumbers.check(ph.mobile());
        LandlineCheck landline = Landlines.check(ph.landline(), divisions);
        return new ContactFacts().role("policyholder")
                .mobilePresent(mobile.present())
                .mobileDefect(cross.institutionPhone("mobile") ? "SERVICE_NUMBER" : mobile.defect().name())
                .landlinePresent(landline.present())
                .landlineDefect(cross.institutionPhone("landline") ? "SERVICE_NUMBER" : landline.defect().name());
    }

    private AddressFacts address(Address a, CrossRecordView cross) {
        AddressFacts facts = new AddressFacts().role("policyholder");
        AddressCheck check = a == null ? null
                : AddressChecker.check(a.province(), a.city(), a.district(), a.detail(), divisions);
        if (check == null || check.missing()) {
            return facts.missing(true);
        }
        return facts.missing(false)
                .provinceStatus(check.province().name())
                .cityMissing(check.cityMissing())
                .districtMissing(check.districtMissing())
                .detailStatus(check.detail().name())
                .detail(check.normalisedDetail())
                .hierarchyKnown(check.hierarchyKnown())
                .institutionOrAgentAddress(cross.institutionOrAgentAddress())
                .sharedAddressComponents(cross.addressComponents());
    }

    private static RelationshipFacts relationship(Person ph, Person ins, String relationship, boolean sameIdentity,
                                                  PersonFacts holder, PersonFacts insured, Product product) {
        boolean idsEqual = sameId(ph, ins);
        boolean consistent = relationship == null
                || ("SELF".equals(relationship) ? sameIdentity || !bothIds(ph, ins) : !idsEqual);
        LocalDate phBirth = IsoDates.parse(ph.birthDate());
        LocalDate insBirth = IsoDates.parse(ins.birthDate());
        Integer parentAge = switch (relationship == null ? "" : relationship) {
            case "CHILD" -> Ages.completedYears(phBirth, insBirth);
            case "PARENT" -> Ages.completedYears(insBirth, phBirth);
            default -> null;
        };
        return new RelationshipFacts().role("insured")
                .relationship(relationship)
                .relationshipMissing(relationship == null)
                .relationshipValid(relationship != null && RELATIONSHIPS.contains(relationship))
                .identityConsistent(consistent)
                .parentAgeAtChildBirth(parentAge)
                .policyholderGender(upper(ph.gender())).policyholderAge(holder.getAge())
                .insuredGender(upper(ins.gender())).insuredAge(insured.getAge())
                .hasDeathBenefit(product != null && Boolean.TRUE.equals(product.hasDeathBenefit()));
    }

    /** Undeterminable scope is evaluated as in scope (§1.4): individual business over one year, for GATE-REC-001 too. */
    private static PolicyFacts policy(PolicyRecord r, CoverageScope.Assessment scope, Integer policyholderAge) {
        Product product = r.product();
        return new PolicyFacts().role("policy")
                .individual(scope.individual())
                .inScope(scope.inScope())
                .scopeUndeterminedBy(scope.undeterminedBy())
                .channel(upper(r.channel()))
                .termOverOneYear(scope.termOverOneYear())
                .policyholderAge(policyholderAge)
                .investmentLinked(product != null && Boolean.TRUE.equals(product.investmentLinked()))
                .recordingCompleted(r.salesRecording() != null
                        && Boolean.TRUE.equals(r.salesRecording().completed()))
                .beneficiaryDesignation(upper(r.beneficiaryDesignation()))
                .beneficiaryCount(r.beneficiariesOrEmpty().size())
                .beneficiarySharesValid(BeneficiaryShares.totalHundredPerOrder(r.beneficiariesOrEmpty()));
    }

    private static SalesFacts sales(Salesperson s, String channel) {
        Salesperson sp = s == null ? new Salesperson(null, null, null, null) : s;
        return new SalesFacts().role("salesperson").channel(channel)
                .agentCodeMissing(TextNormaliser.isAbsentOrPlaceholder(sp.agentCode()))
                .nameMissing(TextNormaliser.isAbsentOrPlaceholder(sp.name()))
                .outletNameMissing(sp.outlet() == null || TextNormaliser.isAbsentOrPlaceholder(sp.outlet().name()));
    }

    /** Catalog §1.2: a SELF insured with the policyholder's ID number and name is the policyholder. */
    public static boolean selfInsuredIsPolicyholder(Person ph, Person ins) {
        return ph != null && ins != null && "SELF".equals(upper(ins.relationshipToPolicyholder()))
                && sameIdentity(ph, ins);
    }

    private static boolean sameIdentity(Person a, Person b) {
        return sameId(a, b) && Objects.equals(TextNormaliser.name(a.name()), TextNormaliser.name(b.name()));
    }

    private static boolean sameId(Person a, Person b) {
        String x = TextNormaliser.idNumber(a.idNumber());
        return x != null && x.equals(TextNormaliser.idNumber(b.idNumber()));
    }

    private static boolean bothIds(Person a, Person b) {
        return TextNormaliser.idNumber(a.idNumber()) != null && TextNormaliser.idNumber(b.idNumber()) != null;
    }

    private static Person orNobody(Person p) {
        return p == null ? NOBODY : p;
    }

    public static String upper(String s) {
        String v = TextNormaliser.nfkc(s);
        return v == null ? null : v.toUpperCase();
    }
}
