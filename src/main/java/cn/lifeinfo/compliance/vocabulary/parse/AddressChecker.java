package cn.lifeinfo.compliance.vocabulary.parse;

/** Catalog TRU-ADDR-001..006 and 008 on the structured address fields. */
public final class AddressChecker {

    private AddressChecker() {
    }

    /** @param d the division reference; null means {@link Divisions#standard()} */
    public static AddressCheck check(String province, String city, String district, String detail, Divisions d) {
        Divisions divisions = d == null ? Divisions.standard() : d;
        Region r = divisions.addressRegions.get(new Fields(province, city, district), f -> region(f, divisions));
        boolean missing = r.noDivision() && TextNormaliser.isAbsentOrPlaceholder(detail);
        DetailStatus detailStatus = detailStatus(detail);
        String normalisedDetail = detailStatus == DetailStatus.PRESENT
                ? Chars.spacesCollapsed(TextNormaliser.nfkc(detail)) : null;
        String fullKey = missing ? null : normalisedDetail == null ? r.keyPrefix()
                : r.keyPrefix() + Chars.without(normalisedDetail, Chars.ASCII_SPACE);
        return new AddressCheck(missing, r.province(), r.cityMissing(), r.districtMissing(), detailStatus,
                normalisedDetail, missing ? null : r.hierarchyKnown(), fullKey);
    }

    /** The province, city and district fields as written. */
    record Fields(String province, String city, String district) {
    }

    /**
     * What the division fields alone decide. {@code hierarchyKnown} is null unless the province is recognised;
     * {@code keyPrefix} is the comparison key's province, city and district part.
     */
    record Region(boolean noDivision, ProvinceStatus province, boolean cityMissing, boolean districtMissing,
                  Boolean hierarchyKnown, String keyPrefix) {
    }

    private static Region region(Fields f, Divisions divisions) {
        String provinceKey = DivisionNames.key(f.province());
        String cityKey = DivisionNames.key(f.city());
        String districtKey = DivisionNames.key(f.district());
        String canonicalProvince = divisions.provinceOf(provinceKey);
        ProvinceStatus provinceStatus = provinceKey == null ? ProvinceStatus.MISSING
                : canonicalProvince == null ? ProvinceStatus.UNRECOGNISED : ProvinceStatus.OK;
        boolean municipality = divisions.isMunicipality(canonicalProvince);
        boolean cityMissing = cityKey == null && !municipality;
        // A municipality still needs its district even when the city field is empty (TRU-ADDR-004).
        boolean districtExempt = cityKey != null
                && (divisions.cityWithoutDistricts(cityKey) || divisions.isProvinceAdministeredCountyUnit(cityKey));
        boolean districtMissing = districtKey == null && !districtExempt;
        Boolean hierarchyKnown = provinceStatus != ProvinceStatus.OK
                ? null : divisions.hierarchyExists(provinceKey, cityKey, districtKey);
        String keyPrefix = keyPrefix(divisions, canonicalProvince != null ? canonicalProvince : provinceKey, cityKey,
                districtKey);
        return new Region(provinceKey == null && cityKey == null && districtKey == null, provinceStatus, cityMissing,
                districtMissing, hierarchyKnown, keyPrefix);
    }

    private static DetailStatus detailStatus(String detail) {
        if (TextNormaliser.nfkc(detail) == null) {
            return DetailStatus.MISSING;
        }
        return TextNormaliser.isPlaceholder(detail) ? DetailStatus.PLACEHOLDER : DetailStatus.PRESENT;
    }

    /**
     * Suffixes are dropped from city and district ("杭州市" and "杭州" give the same key), and a municipality's
     * pseudo-city (北京市 / 市辖区 / 县) is dropped, so the same address typed two ways compares equal. The detail
     * follows, without white space.
     */
    private static String keyPrefix(Divisions d, String province, String city, String district) {
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
        return Chars.without(key.toString(), Chars.ASCII_SPACE);
    }
}
