package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionsTest {

    private final Divisions d = Divisions.standard();

    @Test
    void standardIsASingleton() {
        assertSame(d, Divisions.standard());
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105", "110000", "110100", "330106", "419001", "659001", "500229", "441900", "460400"})
    void knownAddressCodes(String code) {
        assertTrue(d.isKnownAddressCode(code), code);
    }

    // Catalog §2.2 TRU-ID-006: the current or historical GB/T 2260 list (reference/divisions-historical.csv).
    @ParameterizedTest
    @ValueSource(strings = {"440401", "362324", "321083", "110103", "440524", "330101", "510201"})
    void historicalAddressCodes(String code) {
        assertTrue(d.isKnownAddressCode(code), code);
    }

    @Test
    void historicalNamesDoNotMakeAnAddressHierarchy() {
        // 崇文区 (110103) was merged into 东城区 in 2010: an ID may carry its code, an address may not use it
        assertFalse(d.hierarchyExists("北京市", "市辖区", "崇文区"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"119999", "11010", "abcdef", "441900003", "990000"})
    void unknownAddressCodes(String code) {
        assertFalse(d.isKnownAddressCode(code));
    }

    @ParameterizedTest
    @CsvSource({"浙江, 浙江省", "浙江省, 浙江省", " 浙 江 省 , 浙江省", "广西, 广西壮族自治区", "广西壮族自治区, 广西壮族自治区",
            "内蒙古, 内蒙古自治区", "新疆, 新疆维吾尔自治区", "宁夏, 宁夏回族自治区", "西藏, 西藏自治区", "北京, 北京市",
            "重庆市, 重庆市"})
    void provinceNamesAreSuffixInsensitive(String input, String canonical) {
        assertEquals(canonical, d.provinceOf(input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"香港", "浙", "杭州", "不详", "江"})
    void unrecognisedProvinces(String input) {
        assertNull(d.provinceOf(input));
    }

    @Test
    void municipalities() {
        assertTrue(d.isMunicipality("北京市"));
        assertTrue(d.isMunicipality("重庆"));
        assertFalse(d.isMunicipality("浙江省"));
        assertFalse(d.isMunicipality(null));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "浙江, 杭州, 西湖", "浙江省, 杭州市, 西湖区", "浙江, 杭州, NULL", "浙江, NULL, 西湖区", "浙江, NULL, NULL",
            "北京, 北京, 朝阳", "北京市, 北京市, 朝阳区", "北京, 市辖区, 朝阳区", "北京, NULL, 朝阳区", "重庆, 县, 城口县",
            "重庆, 重庆市, 城口县", "河南, 济源, NULL", "河南, 济源市, 济源市", "湖北, 神农架, NULL", "湖北, 仙桃市, NULL",
            "海南, 五指山, NULL", "新疆, 石河子市, NULL", "河南省, 省直辖县级行政区划, 济源市", "广东, 东莞, NULL",
            "广东, 东莞市, 南城街道", "湖北, 恩施, 恩施市", "湖北, 恩施土家族苗族自治州, 利川市", "吉林, 延边, 延吉市",
            "NULL, 杭州, 西湖区", "辽宁, 朝阳, 龙城区"})
    void existingHierarchies(String province, String city, String district) {
        assertTrue(d.hierarchyExists(province, city, district), province + city + district);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "浙江, 苏州, NULL", "浙江, 杭州, 朝阳区", "北京, 上海, 朝阳区", "北京, 市辖区, 西湖区", "火星, 杭州, 西湖",
            "浙江, NULL, 朝阳区", "河南, 济源, 西湖区", "浙江, 济源, NULL", "广东, 中山区, NULL", "浙江, 杭, NULL"})
    void missingHierarchies(String province, String city, String district) {
        assertFalse(d.hierarchyExists(province, city, district), province + city + district);
    }

    @ParameterizedTest
    @ValueSource(strings = {"东莞", "东莞市", "中山", "中山市", "儋州", "嘉峪关市"})
    void citiesWithoutDistricts(String city) {
        assertTrue(d.cityWithoutDistricts(city));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"中山区", "杭州", "济源"})
    void citiesWithDistricts(String city) {
        assertFalse(d.cityWithoutDistricts(city));
    }

    @ParameterizedTest
    @ValueSource(strings = {"济源", "济源市", "仙桃", "潜江市", "天门", "神农架林区", "神农架", "五指山", "琼海市", "石河子",
            "五家渠市"})
    void provinceAdministeredCountyUnits(String city) {
        assertTrue(d.isProvinceAdministeredCountyUnit(city));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"杭州", "东莞", "省直辖县级行政区划"})
    void notProvinceAdministeredCountyUnits(String city) {
        assertFalse(d.isProvinceAdministeredCountyUnit(city));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010", "021", "0571", "0769", "571", "０５７１"})
    void knownAreaCodes(String code) {
        assertTrue(d.isKnownAreaCode(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0199", "0000", "05a1", "011", "٠٥٧١", "০৫৭১"}) // other scripts' digits are not the list's
    void unknownAreaCodes(String code) {
        assertFalse(d.isKnownAreaCode(code));
    }
}
