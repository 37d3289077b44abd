package cn.lifeinfo.compliance.vocabulary.record;

import java.math.BigDecimal;

/**
 * One person of a record. The policyholder also carries contacts, the insured the relationship to the policyholder,
 * a beneficiary the relationship to the insured, order and share; the other roles leave those null.
 */
public record Person(String name, String gender, String birthDate, String idType, String idNumber, String idValidUntil,
                     String mobile, String landline, Address address, String relationshipToPolicyholder,
                     String relationshipToInsured, Integer order, BigDecimal sharePercent) {
}
