package cn.lifeinfo.compliance.vocabulary.parse;

import java.util.regex.Pattern;

/** Catalog TRU-ADDR-001..006 and 008 on the structured address fields. */
public final class AddressChecker {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private AddressChecker() {
    }

    /** @param d the division reference; null means {@link Divisions#standard()} */
    public static AddressCheck check(String province, String city, String district, String detail, Divisions d) {
        Divisions divisions = d == null ? Divisions.standard() : d;
        String provinceKey = DivisionNames.key(province);
        String cityKey = DivisionNames.key(city);
        String districtKey = DivisionNames.key(district);
        boolean missing = provinceKey == null && cityKey == null && districtKey == null
                && TextNormaliser.isAbsentOrPlaceholder(detail);

        String canonicalProvince = divisions.provinceOf(provinceKey);
        ProvinceStatus provinceStatus = provinceKey == null ? ProvinceStatus.MISSING
                : canonicalProvince == null ? ProvinceStatus.UNRECOGNISED : ProvinceStatus.OK;
        boolean municipality = divisions.isMunicipality(canonicalProvince);
        boolean cityMissing = cityKey == null && !municipality;
        // A municipality still needs its district even when the city field is empty (TRU-ADDR-004).
        boolean districtExempt = cityKey != null
                && (divisions.cityWithoutDistricts(cityKey) || divisions.isProvinceAdministeredCountyUnit(cityKey));
        boolean districtMissing = districtKey == null && !districtExempt;

        DetailStatus detailStatus = detailStatus(detail);
        String normalisedDetail = detailStatus == DetailStatus.PRESENT
                ? spaced(TextNormaliser.nfkc(detail)) : null;
        Boolean hierarchyKnown = missing || provinceStatus != ProvinceStatus.OK
                ? null : divisions.hierarchyExists(provinceKey, cityKey, districtKey);
        String fullKey = missing ? null
                : fullKey(divisions, canonicalProvince != null ? canonicalProvince : provinceKey, cityKey, districtKey,
                normalisedDetail);
        return new AddressCheck(missing, provinceStatus, cityMissing, districtMissing, detailStatus,
                normalisedDetail, hierarchyKnown, fullKey);
    }

    private static DetailStatus detailStatus(String detail) {
        if (TextNormaliser.nfkc(detail) == null) {
            return DetailStatus.MISSING;
        }
        return TextNormaliser.isPlaceholder(detail) ? DetailStatus.PLACEHOLDER : DetailStatus.PRESENT;
    }

    /**
     * Suffixes are dropped from city and district ("杭州市" and "杭州" give the same key), and a municipality's
     * pseudo-city (北京市 / 市辖区 / 县) is dropped, so the same address typed two ways compares equal.
     */
    private static String fullKey(Divisions d, String province, String city, String district, String detail) {
        StringBuilder key = new StringBuilder();
        if (province != null) {
            key.append(province);
        }
        if (city != null && !d.isMunicipalityCityWord(province, city)) {
            key.append(DivisionNames.stem(city));
        }
        if (district != null) {
            key.append(DivisionNames.stem(district));
        }
        if (detail != null) {
            key.append(detail);
        }
        return Chars.without(key.toString(), Chars.ASCII_SPACE);
    }

    /** Runs of white space as one space. */
    private static String spaced(String s) {
        return Chars.containsAny(s, Chars.ASCII_SPACE) ? WHITESPACE_RUN.matcher(s).replaceAll(" ") : s;
    }
}
