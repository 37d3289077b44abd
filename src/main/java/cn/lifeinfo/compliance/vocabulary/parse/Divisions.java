package cn.lifeinfo.compliance.vocabulary.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GB/T 2260 divisions and telephone area codes from the vendored files in {@code reference/} (see its README).
 * Immutable after loading; every lookup is a hash lookup on a suffix-insensitive key ({@link DivisionNames}).
 */
public final class Divisions {

    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");
    // Prefecture-level cities that have towns directly under them, with no county level (TRU-ADDR-004).
    private static final List<String> CITIES_WITHOUT_DISTRICTS = List.of("东莞市", "中山市", "儋州市", "嘉峪关市");
    // Municipalities list their districts under these pseudo-cities; users may also repeat the province name.
    private static final Set<String> MUNICIPALITY_CITY_WORDS = Set.of("市辖区", "县");

    private final Set<String> addressCodes = new HashSet<>();
    private final Set<String> areaCodes = new HashSet<>();
    private final Map<String, String> provinceByAlias = new HashMap<>();
    /** canonical province → city alias → codes of the cities spelled that way. */
    private final Map<String, Map<String, Set<String>>> cities = new HashMap<>();
    /** 4-digit city code → aliases of its districts (2023 list plus 2021 names). */
    private final Map<String, Set<String>> districtsOfCity = new HashMap<>();
    /** 2-digit code → canonical province, to attach the 2021 county names. */
    private final Map<String, String> provinceByCode = new HashMap<>();
    /** canonical province → aliases of every district in it (used when no city is given). */
    private final Map<String, Set<String>> districtsOfProvince = new HashMap<>();
    /** canonical province → aliases of its province-administered county-level units. */
    private final Map<String, Set<String>> countyUnits = new HashMap<>();
    private final Set<String> allCountyUnits = new HashSet<>();
    private final Set<String> citiesWithoutDistricts = new HashSet<>();
    /** 6-digit code → its name, current names over abolished ones (for labels, never for checking addresses). */
    private final Map<String, String> nameByCode = new HashMap<>();
    /**
     * What {@link AddressChecker} derives from the province, city and district fields as written: a book repeats a few
     * thousand such triples over millions of records, and every check of them runs through the tables above.
     */
    final Cache<AddressChecker.Fields, AddressChecker.Region> addressRegions =
            Caffeine.newBuilder().maximumSize(20_000).build();

    private Divisions() {
    }

    private static final class Holder {
        private static final Divisions STANDARD = load();
    }

    /** The shared instance built from the classpath resources on first use. */
    public static Divisions standard() {
        return Holder.STANDARD;
    }

    /** Builds a fresh instance; prefer {@link #standard()}, loading parses about 200 KB. */
    public static Divisions load() {
        Divisions d = new Divisions();
        try (InputStream json = ReferenceFiles.open("divisions-pca-code.json")) {
            d.loadPca(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse divisions-pca-code.json", e);
        }
        ReferenceFiles.forEachCsvRow("divisions-mca-2021.csv", d::addMcaRow);
        ReferenceFiles.forEachCsvRow("area-codes.csv", row -> d.addAreaCode(row[row.length - 1]));
        // ID numbers keep abolished codes for life (catalog TRU-ID-006): codes only, never names for addresses
        ReferenceFiles.forEachCsvRow("divisions-historical.csv", d::addHistoricalRow);
        CITIES_WITHOUT_DISTRICTS.forEach(c -> d.citiesWithoutDistricts.addAll(DivisionNames.aliases(c)));
        return d;
    }

    /** In the current lists or the historical GB/T 2260 list (catalog §2.2 TRU-ID-006: current or historical). */
    public boolean isKnownAddressCode(String sixDigits) {
        String code = TextNormaliser.nfkc(sixDigits);
        return code != null && addressCodes.contains(code);
    }

    /** Canonical province name ("浙江省") for a full or short name, else null. */
    public String provinceOf(String name) {
        String key = DivisionNames.key(name);
        return key == null ? null : provinceByAlias.get(key);
    }

    public boolean isMunicipality(String canonicalProvince) {
        String p = provinceOf(canonicalProvince);
        return p != null && MUNICIPALITIES.contains(p);
    }

    /** Checks only the levels present; a present but unrecognised province never matches. */
    public boolean hierarchyExists(String province, String city, String district) {
        String cityKey = DivisionNames.key(city);
        String districtKey = DivisionNames.key(district);
        if (DivisionNames.key(province) == null) {
            return cities.keySet().stream().anyMatch(p -> lowerLevelsExist(p, cityKey, districtKey));
        }
        String p = provinceOf(province);
        return p != null && lowerLevelsExist(p, cityKey, districtKey);
    }

    public boolean cityWithoutDistricts(String city) {
        String key = DivisionNames.key(city);
        return key != null && citiesWithoutDistricts.contains(key);
    }

    public boolean isProvinceAdministeredCountyUnit(String city) {
        String key = DivisionNames.key(city);
        return key != null && allCountyUnits.contains(key);
    }

    /** True for a municipality's city field that names no real city: the province itself, 市辖区 or 县. */
    public boolean isMunicipalityCityWord(String canonicalProvince, String city) {
        String p = provinceOf(canonicalProvince);
        String key = DivisionNames.key(city);
        return isMunicipality(p) && key != null
                && (MUNICIPALITY_CITY_WORDS.contains(key) || p.equals(provinceOf(key)));
    }

    /** Area codes are compared with their leading 0 ("0571"); a code written without it is accepted too. */
    public boolean isKnownAreaCode(String areaCode) {
        String code = TextNormaliser.nfkc(areaCode);
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) { // ASCII: the list's digits
            return false;
        }
        return areaCodes.contains(code.startsWith("0") ? code : "0" + code);
    }

    private boolean lowerLevelsExist(String p, String cityKey, String districtKey) {
        if (cityKey == null || isMunicipalityCityWord(p, cityKey)) {
            return districtKey == null || districtsOfProvince.get(p).contains(districtKey);
        }
        if (countyUnits.getOrDefault(p, Set.of()).contains(cityKey)) {
            // The unit is itself county-level: a district can only repeat it.
            return districtKey == null || countyUnits.get(p).contains(districtKey);
        }
        Set<String> codes = cities.get(p).get(cityKey);
        return codes != null && (districtKey == null
                || codes.stream().anyMatch(c -> districtsOfCity.get(c).contains(districtKey)));
    }

    private void loadPca(JsonNode provinces) {
        for (JsonNode prov : provinces) {
            String pName = prov.path("name").asText();
            provinceByCode.put(prov.path("code").asText(), pName);
            addressCodes.add(prov.path("code").asText() + "0000");
            DivisionNames.aliases(pName).forEach(a -> provinceByAlias.put(a, pName));
            Map<String, Set<String>> cityMap = cities.computeIfAbsent(pName, k -> new HashMap<>());
            Set<String> provinceDistricts = districtsOfProvince.computeIfAbsent(pName, k -> new HashSet<>());
            for (JsonNode city : prov.path("children")) {
                String cityName = city.path("name").asText();
                String cityCode = city.path("code").asText();
                addressCodes.add(cityCode + "00");
                Set<String> districts = districtsOfCity.computeIfAbsent(cityCode, k -> new HashSet<>());
                for (JsonNode district : city.path("children")) {
                    String code = district.path("code").asText();
                    if (code.length() == 6) {
                        addressCodes.add(code);
                    }
                    districts.addAll(DivisionNames.aliases(district.path("name").asText()));
                }
                if (cityName.contains("直辖县级")) {
                    countyUnits.computeIfAbsent(pName, k -> new HashSet<>()).addAll(districts);
                    allCountyUnits.addAll(districts);
                }
                provinceDistricts.addAll(districts);
                DivisionNames.aliases(cityName).forEach(
                        a -> cityMap.computeIfAbsent(a, k -> new HashSet<>()).add(cityCode));
            }
        }
    }

    private void addMcaRow(String[] row) {
        String code = row[0].trim();
        if (code.length() != 6 || !code.chars().allMatch(Character::isDigit)) {
            return;
        }
        addressCodes.add(code);
        addressCodes.add(code.substring(0, 2) + "0000");
        addressCodes.add(code.substring(0, 4) + "00");
        Set<String> aliases = DivisionNames.aliases(row[1]);
        districtsOfCity.getOrDefault(code.substring(0, 4), new HashSet<>()).addAll(aliases);
        String p = provinceByCode.get(code.substring(0, 2));
        if (p != null) {
            districtsOfProvince.get(p).addAll(aliases);
        }
    }

    private void addHistoricalRow(String[] row) {
        String code = row[0].trim();
        if (code.length() == 6 && code.chars().allMatch(Character::isDigit)) {
            addressCodes.add(code);
            boolean current = row.length < 4 || row[3].isBlank();
            if (row.length > 1 && !row[1].isBlank() && (current || !nameByCode.containsKey(code))) {
                nameByCode.put(code, row[1].trim());
            }
        }
    }

    /**
     * The place a 2-, 4- or 6-digit GB/T 2260 code prefix names ("33" 浙江省, "3301" 浙江省杭州市), or null: branch
     * codes of insurers commonly start from the division code of the place they serve.
     */
    public String placeName(String codePrefix) {
        String code = codePrefix == null ? "" : codePrefix.trim();
        if (!code.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return null;
        }
        String province = nameByCode.get(code.substring(0, 2) + "0000");
        if (province == null) {
            return null;
        }
        if (code.length() == 2) {
            return province;
        }
        String city = nameByCode.get(code.substring(0, 4) + "00");
        String district = code.length() == 6 ? nameByCode.get(code) : null;
        if ((city == null && !MUNICIPALITIES.contains(province)) || (code.length() == 6 && district == null)) {
            return null;
        }
        StringBuilder name = new StringBuilder(province);
        if (city != null && !city.equals(province) && !MUNICIPALITY_CITY_WORDS.contains(city)) {
            name.append(city);
        }
        return district == null ? name.toString() : name.append(district).toString();
    }

    private void addAreaCode(String raw) {
        String code = raw.replaceAll("[^0-9]", "");
        if (!code.isEmpty()) {
            areaCodes.add(code.startsWith("0") ? code : "0" + code);
        }
    }
}
