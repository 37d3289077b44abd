package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressCheckerTest {

    private static AddressCheck check(String p, String c, String d, String detail) {
        return AddressChecker.check(p, c, d, detail, Divisions.standard());
    }

    @Test
    void completeAddress() {
        AddressCheck a = check("浙江", "杭州", "西湖区", " 文三路９０号　 3幢 ");
        assertFalse(a.missing());
        assertEquals(ProvinceStatus.OK, a.province());
        assertFalse(a.cityMissing());
        assertFalse(a.districtMissing());
        assertEquals(DetailStatus.PRESENT, a.detail());
        assertEquals("文三路90号 3幢", a.normalisedDetail());
        assertEquals(Boolean.TRUE, a.hierarchyKnown());
        assertEquals("浙江省杭州西湖文三路90号3幢", a.fullKey());
    }

    @Test
    void sameAddressWrittenTwoWaysHasTheSameKey() {
        assertEquals(check("浙江省", "杭州市", "西湖区", "文三路90号").fullKey(),
                check("浙江", "杭州", "西湖", "文三路 90号").fullKey());
        assertEquals(check("北京", "北京市", "朝阳区", "1号").fullKey(), check("北京市", null, "朝阳", "1号").fullKey());
        assertNotEquals(check("浙江", "杭州", "西湖", "1号").fullKey(), check("浙江", "杭州", "西湖", "2号").fullKey());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL, NULL, NULL, NULL", "不详, 无, -, 同上", "'', ' ', N/A, xxx"})
    void missingAddress(String p, String c, String d, String detail) {
        AddressCheck a = check(p, c, d, detail);
        assertTrue(a.missing());
        assertNull(a.hierarchyKnown());
        assertNull(a.fullKey());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"北京, NULL", "北京市, 北京", "北京, 北京市", "上海, 市辖区", "重庆, 县",
            "天津, ''"})
    void municipalitiesNeedNoCityButStillNeedADistrict(String p, String c) {
        AddressCheck a = check(p, c, null, "1号");
        assertFalse(a.cityMissing());
        assertTrue(a.districtMissing());
        assertFalse(check(p, c, "朝阳区", "1号").districtMissing());
    }

    @Test
    void municipalityHierarchy() {
        assertEquals(Boolean.TRUE, check("北京", "市辖区", "朝阳区", "1号").hierarchyKnown());
        assertEquals(Boolean.FALSE, check("北京", "北京", "西湖区", "1号").hierarchyKnown());
    }

    @Test
    void nonMunicipalityNeedsCityAndDistrict() {
        AddressCheck a = check("浙江", "不详", null, "1号");
        assertTrue(a.cityMissing());
        assertTrue(a.districtMissing());
    }

    @ParameterizedTest
    @CsvSource({"广东, 东莞", "广东, 中山市", "海南, 儋州", "甘肃, 嘉峪关市", "河南, 济源", "湖北, 仙桃市", "湖北, 神农架林区",
            "海南, 五指山", "新疆, 石河子"})
    void districtExemptions(String p, String c) {
        AddressCheck a = check(p, c, null, "1号");
        assertFalse(a.districtMissing());
        assertEquals(Boolean.TRUE, a.hierarchyKnown());
    }

    @Test
    void provinceStatus() {
        assertEquals(ProvinceStatus.MISSING, check(null, "杭州", "西湖", "1号").province());
        assertEquals(ProvinceStatus.MISSING, check("未知", "杭州", "西湖", "1号").province());
        assertEquals(ProvinceStatus.UNRECOGNISED, check("火星", "杭州", "西湖", "1号").province());
        assertNull(check("火星", "杭州", "西湖", "1号").hierarchyKnown());
        assertEquals(ProvinceStatus.OK, check("浙江省", "杭州", "西湖", "1号").province());
    }

    @Test
    void wrongHierarchyIsReported() {
        assertEquals(Boolean.FALSE, check("浙江", "苏州", "姑苏区", "1号").hierarchyKnown());
    }

    @Test
    void detailStatus() {
        assertEquals(DetailStatus.MISSING, check("浙江", "杭州", "西湖", null).detail());
        assertEquals(DetailStatus.PLACEHOLDER, check("浙江", "杭州", "西湖", "同上").detail());
        assertNull(check("浙江", "杭州", "西湖", "同上").normalisedDetail());
        assertEquals(DetailStatus.PRESENT, check("浙江", "杭州", "西湖", "某村").detail());
    }

    @Test
    void nullDivisionsMeansTheStandardReference() {
        assertEquals(ProvinceStatus.OK, AddressChecker.check("浙江", "杭州", "西湖", "1号", null).province());
    }

    /**
     * The division part is derived once per province/city/district as written and remembered: checks of generated
     * addresses give what the check gives computed whole (the definition below, as the checker read before the memo),
     * whether their division part was remembered or not.
     */
    @Test
    void rememberedDivisionPartsGiveTheWholeCheck() {
        String[] provinces = {"浙江", "浙江省", "北京", "北京市", "上海市", "广西壮族自治区", "海南省", "火星省", "同上", " ", null};
        String[] cities = {"杭州", "杭州市", "市辖区", "北京市", "县", "儋州市", "三亚", "中山市", "不详", "", null};
        String[] districts = {"西湖", "西湖区", "朝阳区", "浦东新区", "中山区", "天涯区", "无", null};
        String[] details = {"文三路1号", " 文三路  1 号 ", "同上", "xx-xx", "", null, "某村\t3组"};
        java.util.Random random = new java.util.Random(1203);
        Divisions divisions = Divisions.standard();
        for (int n = 0; n < 20_000; n++) {
            String p = provinces[random.nextInt(provinces.length)];
            String c = cities[random.nextInt(cities.length)];
            String d = districts[random.nextInt(districts.length)];
            String detail = details[random.nextInt(details.length)];
            assertEquals(whole(p, c, d, detail, divisions), AddressChecker.check(p, c, d, detail, divisions),
                    p + "/" + c + "/" + d + "/" + detail);
        }
    }

    private static AddressCheck whole(String province, String city, String district, String detail, Divisions divisions) {
        String provinceKey = DivisionNames.key(province);
        String cityKey = DivisionNames.key(city);
        String districtKey = DivisionNames.key(district);
        boolean missing = provinceKey == null && cityKey == null && districtKey == null
                && TextNormaliser.isAbsentOrPlaceholder(detail);
        String canonicalProvince = divisions.provinceOf(provinceKey);
        ProvinceStatus provinceStatus = provinceKey == null ? ProvinceStatus.MISSING
                : canonicalProvince == null ? ProvinceStatus.UNRECOGNISED : ProvinceStatus.OK;
        boolean cityMissing = cityKey == null && !divisions.isMunicipality(canonicalProvince);
        boolean districtExempt = cityKey != null
                && (divisions.cityWithoutDistricts(cityKey) || divisions.isProvinceAdministeredCountyUnit(cityKey));
        DetailStatus detailStatus = TextNormaliser.nfkc(detail) == null ? DetailStatus.MISSING
                : TextNormaliser.isPlaceholder(detail) ? DetailStatus.PLACEHOLDER : DetailStatus.PRESENT;
        String normalisedDetail = detailStatus == DetailStatus.PRESENT
                ? TextNormaliser.nfkc(detail).replaceAll("\\s+", " ") : null;
        Boolean hierarchyKnown = missing || provinceStatus != ProvinceStatus.OK
                ? null : divisions.hierarchyExists(provinceKey, cityKey, districtKey);
        String fullKey = null;
        if (!missing) {
            String p = canonicalProvince != null ? canonicalProvince : provinceKey;
            StringBuilder key = new StringBuilder();
            if (p != null) {
                key.append(p);
            }
            if (cityKey != null && !divisions.isMunicipalityCityWord(p, cityKey)) {
                key.append(DivisionNames.stem(cityKey));
            }
            if (districtKey != null) {
                key.append(DivisionNames.stem(districtKey));
            }
            if (normalisedDetail != null) {
                key.append(normalisedDetail);
            }
            fullKey = key.toString().replaceAll("\\s+", "");
        }
        return new AddressCheck(missing, provinceStatus, cityMissing, districtKey == null && !districtExempt,
                detailStatus, normalisedDetail, hierarchyKnown, fullKey);
    }
}
