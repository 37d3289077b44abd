package cn.lifeinfo.compliance.vocabulary.parse;

/**
 * Parsed policyholder address (catalog §2.5). A placeholder part counts as missing for its level.
 *
 * @param missing          TRU-ADDR-001: every part absent or a placeholder; the other address rules then stay silent
 * @param cityMissing      TRU-ADDR-003, after the municipality exemption
 * @param districtMissing  TRU-ADDR-004, after the exemptions for cities without districts and province-administered
 *                         county-level units in the city field
 * @param normalisedDetail NFKC detail with whitespace runs collapsed, only when {@code detail == PRESENT}
 * @param hierarchyKnown   TRU-ADDR-006; null when the address is missing or the province is not recognised
 * @param fullKey          comparison key for cross-record checks; null when the address is missing
 */
public record AddressCheck(boolean missing, ProvinceStatus province, boolean cityMissing, boolean districtMissing,
                           DetailStatus detail, String normalisedDetail, Boolean hierarchyKnown, String fullKey) {
}
