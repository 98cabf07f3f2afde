package com.touchpoint.views.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.datasources.imports.FilePreview;
import com.touchpoint.datasources.mapping.CanonicalField;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.mapping.MappingProfile;
import com.touchpoint.datasources.normalize.ValueMap;
import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.datasources.read.ReadOptions;
import com.touchpoint.datasources.read.SniffResult;
import com.touchpoint.views.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueMapModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> HEADER = List.of("member_id", "sex", "city");
    /** The sex column holds 男 twice (once with a trailing space), X and x, 女 and 未知 once each. */
    private static final List<String[]> ROWS = List.of(
            new String[] {"M1", "男", "上海"},
            new String[] {"M2", "女", "北京"},
            new String[] {"M3", "X", "上海"},
            new String[] {"M4", "男 ", "上海"},
            new String[] {"M5", "未知", ""},
            new String[] {"M6", "x", ""},
            new String[] {"M7", "", "北京"});

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    private MappingModel editor(Map<CanonicalField, String> columns, Map<CanonicalField, ValueMap> valueMaps) {
        MappingProfile proposed = new MappingProfile("crm (customers)", FileKind.CUSTOMERS,
                MappingProfile.signatureOf(HEADER), columns, Map.of(), valueMaps, Map.of(), SHANGHAI);
        SniffResult sniff = new SniffResult(FileFormat.CSV, StandardCharsets.UTF_8, false, ',', HEADER, ROWS, 200);
        return new MappingModel(new FilePreview(sniff, ReadOptions.from(sniff), proposed, false), messages);
    }

    /** As suggested for this header: every column found, the sex column with the built-in gender dictionary. */
    private MappingModel suggested() {
        return editor(Map.of(CanonicalField.MEMBER_ID, "member_id", CanonicalField.GENDER, "sex",
                CanonicalField.CITY, "city"), Map.of(CanonicalField.GENDER, ValueMap.gender()));
    }

    private static FieldMapping row(MappingModel editor, CanonicalField field) {
        return editor.rows().stream().filter(row -> row.field() == field).findFirst().orElseThrow();
    }

    private static ValueEntry entry(ValueMapModel values, String value) {
        return values.entries().stream().filter(entry -> entry.value().equals(value)).findFirst().orElseThrow();
    }

    /** Ticks exactly the values given, each with what it becomes (null: no value). */
    private static void mapOnly(ValueMapModel values, Map<String, String> codes) {
        for (ValueEntry entry : values.entries()) {
            entry.mappedProperty().set(false);
        }
        codes.forEach((value, becomes) -> {
            ValueEntry entry = entry(values, value);
            entry.becomesProperty().set(becomes == null ? "" : becomes);
            entry.mappedProperty().set(true);
        });
    }

    @Test
    void theColumnsValuesComeMostFrequentFirstThenTheDictionarysOthers() {
        MappingModel editor = suggested();
        ValueMapModel values = editor.valueMapEditor(row(editor, CanonicalField.GENDER));

        // 男 (2 rows, "男 " trims to it) and X (X and x are one key) before 女 and 未知 (1 row each); ties keep the
        // preview's order. The gender dictionary has 16 codes: 男, 女 and 未知 are listed with the preview's values,
        // its 13 others follow in the dictionary's (sorted) order with no rows.
        assertEquals(List.of("男", "X", "女", "未知", "0", "1", "f"),
                values.entries().stream().limit(7).map(ValueEntry::value).toList());
        assertEquals(17, values.entries().size());
        assertEquals(List.of(2, 2, 1, 1, 0), values.entries().stream().limit(5).map(ValueEntry::rows).toList());
        assertEquals(List.of(true, false, true, true, true),
                values.entries().stream().limit(5).map(entry -> entry.mappedProperty().get()).toList());
        assertEquals(List.of("M", "", "F", "", "F"),
                values.entries().stream().limit(5).map(entry -> entry.becomesProperty().get()).toList());
        assertEquals(ValueMap.Unknown.KEEP, values.unknownProperty().get());
        assertEquals("sex", values.column());
    }

    @Test
    void anAppliedMapIsTheOneInTheEditedProfile() {
        MappingModel editor = suggested();
        FieldMapping gender = row(editor, CanonicalField.GENDER);
        ValueMapModel values = editor.valueMapEditor(gender);
        Map<String, String> codes = new HashMap<>();
        codes.put("男", "M");
        codes.put("女", "F");
        codes.put("未知", null);
        mapOnly(values, codes);
        values.unknownProperty().set(ValueMap.Unknown.REJECT);

        assertEquals(ValueMap.gender(), editor.profile(SHANGHAI).valueMaps().get(CanonicalField.GENDER),
                "nothing changes before Apply");
        values.apply();

        ValueMap expected = new ValueMap(codes, ValueMap.Unknown.REJECT);
        assertEquals(expected, gender.valueMapProperty().get());
        assertEquals(Map.of(CanonicalField.GENDER, expected), editor.profile(SHANGHAI).valueMaps());
        assertEquals(3, gender.valueMapProperty().get().entries().size());
        assertTrue(editor.completeProperty().get());
    }

    @Test
    void withNoValueTickedTheFieldHasNoValueMap() {
        MappingModel editor = suggested();
        ValueMapModel values = editor.valueMapEditor(row(editor, CanonicalField.GENDER));

        mapOnly(values, Map.of());
        values.apply();

        assertNull(row(editor, CanonicalField.GENDER).valueMapProperty().get());
        assertEquals(Map.of(), editor.profile(SHANGHAI).valueMaps());
    }

    @Test
    void typingWhatAValueBecomesTicksItAndAddedValuesAreTickedOnce() {
        MappingModel editor = suggested();
        FieldMapping city = row(editor, CanonicalField.CITY);
        ValueMapModel values = editor.valueMapEditor(city);
        assertEquals(List.of("上海", "北京"), values.entries().stream().map(ValueEntry::value).toList());
        assertEquals(Set.of(false), Set.copyOf(values.entries().stream()
                .map(entry -> entry.mappedProperty().get()).toList()));

        entry(values, "上海").becomesProperty().set("Shanghai");
        ValueEntry added = values.addValue(" 沪 ");
        added.becomesProperty().set("Shanghai");
        ValueEntry again = values.addValue("沪");
        assertNull(values.addValue("   "));
        values.unknownProperty().set(ValueMap.Unknown.BLANK);
        values.apply();

        assertSame(added, again);
        assertEquals("沪", added.value());
        assertEquals(0, added.rows());
        // 北京 was not ticked: with BLANK it is left empty like any value the map lacks.
        assertEquals(new ValueMap(Map.of("上海", "Shanghai", "沪", "Shanghai"), ValueMap.Unknown.BLANK),
                editor.profile(SHANGHAI).valueMaps().get(CanonicalField.CITY));
    }

    @Test
    void aGenderColumnChosenByHandGetsTheBuiltInDictionaryAndOtherFieldsNone() {
        MappingModel editor = editor(Map.of(CanonicalField.MEMBER_ID, "member_id"), Map.of());

        row(editor, CanonicalField.GENDER).columnProperty().set("sex");
        row(editor, CanonicalField.CITY).columnProperty().set("city");

        assertEquals(Map.of(CanonicalField.GENDER, ValueMap.gender()), editor.profile(SHANGHAI).valueMaps());
    }

    @Test
    void aFieldWithoutAColumnListsOnlyItsDictionaryAndNonTextFieldsTakeNoMap() {
        MappingModel editor = editor(Map.of(CanonicalField.MEMBER_ID, "member_id"),
                Map.of(CanonicalField.CITY, new ValueMap(Map.of("sh", "上海"), ValueMap.Unknown.KEEP)));

        ValueMapModel values = editor.valueMapEditor(row(editor, CanonicalField.CITY));

        assertNull(values.column());
        assertEquals(List.of("sh"), values.entries().stream().map(ValueEntry::value).toList());
        assertEquals("上海", values.entries().get(0).becomesProperty().get());
        assertThrows(IllegalArgumentException.class,
                () -> editor.valueMapEditor(row(editor, CanonicalField.BIRTH_DATE)));
    }
}
