package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.normalize.TimeFormat;
import com.touchpoint.datasources.normalize.ValueMap;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappingProfileTest {
    private static final List<String> HEADER = List.of("会员卡号", "姓名", "性别", "注册时间", "Hobby");

    private static MappingProfile customers() {
        return MappingSuggester.suggest("crm", HEADER, ZoneId.of("Asia/Shanghai"))
                .withTimeFormat(CanonicalField.SIGNUP_TIME, TimeFormat.SLASH_DATE_TIME)
                .withConstant(CanonicalField.CITY, "上海");
    }

    @Test
    void suggestsKindColumnsAndTheGenderDictionary() {
        MappingProfile profile = MappingSuggester.suggest("crm", HEADER, ZoneId.of("Asia/Shanghai"));
        assertEquals(FileKind.CUSTOMERS, profile.kind());
        assertEquals(Map.of(CanonicalField.MEMBER_ID, "会员卡号", CanonicalField.NAME, "姓名",
                CanonicalField.GENDER, "性别", CanonicalField.SIGNUP_TIME, "注册时间"), profile.columns());
        assertEquals(Map.of(CanonicalField.GENDER, ValueMap.gender()), profile.valueMaps());
        assertEquals(List.of("会员卡号", "姓名", "性别", "注册时间", "hobby"), profile.headerSignature());
    }

    @Test
    void fitsHeadersWithTheSameNamesIgnoringCaseAndSpaces() {
        MappingProfile profile = customers();
        assertTrue(profile.fits(List.of("会员卡号 ", "姓名", "性别", "注册时间", "HOBBY")));
        assertFalse(profile.fits(List.of("会员卡号", "姓名", "性别", "注册时间")));
    }

    @Test
    void survivesAJsonRoundTripUnchanged() throws Exception {
        MappingProfile profile = customers();
        String json = profile.toJson();
        assertEquals(profile, MappingProfile.fromJson(json));
        assertEquals(json, MappingProfile.fromJson(json).toJson());
    }

    @Test
    void writesReadableJsonWithSortedKeys() {
        String json = customers().toJson();
        assertTrue(json.startsWith("{\n  \"version\" : 1,\n  \"name\" : \"crm\",\n  \"kind\" : \"CUSTOMERS\",\n"
                + "  \"sourceZone\" : \"Asia/Shanghai\","), json);
        assertTrue(json.contains("\"columns\" : {\n    \"MEMBER_ID\" : \"会员卡号\",\n    \"NAME\" : \"姓名\",\n"
                + "    \"GENDER\" : \"性别\",\n    \"SIGNUP_TIME\" : \"注册时间\"\n  }"), json);
        assertTrue(json.contains("\"timeFormats\" : {\n    \"SIGNUP_TIME\" : \"SLASH_DATE_TIME\"\n  }"), json);
        assertTrue(json.contains("\"未知\" : null"), json);
    }

    @Test
    void explainsWhyAStoredProfileCannotBeRead() {
        assertTrue(assertThrows(MappingException.class, () -> MappingProfile.fromJson("{\"version\": 1,"))
                .getMessage().startsWith("The saved mapping is not valid: "));
        String later = customers().toJson().replace("\"version\" : 1", "\"version\" : 2");
        assertEquals("The saved mapping has format version 2; this Touchpoint reads version 1. Map the file again.",
                assertThrows(MappingException.class, () -> MappingProfile.fromJson(later)).getMessage());
        String badZone = customers().toJson().replace("Asia/Shanghai", "Mars/Olympus");
        assertEquals("The saved mapping names an unknown time zone 'Mars/Olympus'; choose the zone again.",
                assertThrows(MappingException.class, () -> MappingProfile.fromJson(badZone)).getMessage());
    }

    @Test
    void withersReplaceAndRemoveEntries() {
        MappingProfile profile = customers().withColumn(CanonicalField.NAME, null)
                .withConstant(CanonicalField.CITY, null)
                .withColumn(CanonicalField.CITY, "Hobby");
        assertFalse(profile.columns().containsKey(CanonicalField.NAME));
        assertEquals("Hobby", profile.columns().get(CanonicalField.CITY));
        assertTrue(profile.constants().isEmpty());
    }
}
