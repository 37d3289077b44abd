package cn.lifeinfo.compliance.access;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FieldMaskerTest {

    @Test
    void mobileKeepsThreeAndLastFour() {
        assertEquals("138****5678", FieldMasker.mask("mobile", "13812345678"));
        assertEquals("138****5678", FieldMasker.mask("mobile", "+86 138-1234-5678"));
        assertEquals("138****5678", FieldMasker.mask("mobile", "１３８１２３４５６７８"));
    }

    @Test
    void landlineKeepsAreaCodeAndLastFour() {
        assertEquals("0571-****4321", FieldMasker.mask("landline", "0571-87654321"));
        assertEquals("0571-****4321", FieldMasker.mask("landline", "057187654321"));
        assertEquals("010-****4321", FieldMasker.mask("landline", "010-87654321转8023"));
    }

    @Test
    void idNumberKeepsThreeAndLastFour() {
        assertEquals("330***********123X", FieldMasker.mask("idNumber", "33010619850312123x"));
        assertEquals("*****", FieldMasker.mask("idNumber", "12345"));
        assertNull(FieldMasker.idNumber(" "), "nothing to show");
    }

    @Test
    void normalisedPhoneIsMaskedAsLandlineOrMobile() {
        // registry reads and screening reports mask the digits catalog §1.3 leaves of a phone
        assertEquals("138****5678", FieldMasker.phone("13812345678"));
        assertEquals("0571-****4321", FieldMasker.phone("057187654321"));
        assertEquals("010-****4321", FieldMasker.phone("01087654321"));
        assertNull(FieldMasker.phone(null));
    }

    @Test
    void birthDateKeepsTheYear() {
        assertEquals("1985-**-**", FieldMasker.mask("birthDate", "1985-03-12"));
    }

    @Test
    void addressKeepsProvinceCityDistrict() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("province", "浙江省");
        address.put("city", "杭州市");
        address.put("district", "西湖区");
        address.put("detail", "文三路100号1幢201室");
        assertEquals(Map.of("province", "浙江省", "city", "杭州市", "district", "西湖区"),
                FieldMasker.mask("address", address));
        assertEquals("浙江省杭州市西湖区***", FieldMasker.mask("address", "浙江省杭州市西湖区文三路100号"));
    }

    @Test
    void bankAccountKeepsLastFour() {
        assertEquals("***************0123", FieldMasker.mask("bankAccount", "6222020200112340123"));
    }

    @Test
    void nameKeepsTheSurname() {
        assertEquals("张*", FieldMasker.mask("name", "张三"));
        assertEquals("张**", FieldMasker.mask("name", "张三丰"));
        assertEquals("欧阳**", FieldMasker.mask("name", "欧阳娜娜"));
        assertEquals("王*", FieldMasker.mask("name", "王𠮷"));
    }

    @Test
    void emailAndOtherFields() {
        assertEquals("z***@example.com", FieldMasker.mask("email", "zhang@example.com"));
        assertEquals(FieldMasker.HIDDEN, FieldMasker.mask("healthDeclaration", "高血压"));
    }

    @Test
    void applyMasksOnlyTheListedFields() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", "张三");
        record.put("mobile", "13812345678");
        record.put("policyNo", "P1");
        Map<String, Object> masked = FieldMasker.apply(record, List.of("mobile", "idNumber"));
        assertEquals("张三", masked.get("name"));
        assertEquals("138****5678", masked.get("mobile"));
        assertEquals("P1", masked.get("policyNo"));
        assertEquals(3, masked.size());
    }
}
