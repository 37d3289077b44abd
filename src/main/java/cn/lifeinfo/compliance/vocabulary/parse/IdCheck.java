package cn.lifeinfo.compliance.vocabulary.parse;

import java.time.LocalDate;

/**
 * Result of {@link IdNumbers#check}. The derived fields (birth date, gender, address code, lookup) are filled only for a
 * structurally valid number, because the consistency rules must never run on a broken one (catalog §1.5).
 *
 * @param normalised       the number after §1.3.2 normalisation, or null when absent
 * @param birthDate        embedded birth date (resident-format IDs and HMT permits only)
 * @param gender           "M"/"F" from the sequence parity (same types as birthDate)
 * @param addressCode      the first six digits (same types as birthDate)
 * @param fifteenDigit     a first-generation 15-digit resident-format number (TRU-ID-007/008)
 * @param addressCodeKnown TRU-ID-006 lookup; null when not looked up (see {@link IdNumbers#check})
 */
public record IdCheck(IdDefect defect, String normalised, LocalDate birthDate, String gender, String addressCode,
                      boolean fifteenDigit, Boolean addressCodeKnown) {

    public boolean structurallyValid() {
        return defect == IdDefect.NONE;
    }
}
