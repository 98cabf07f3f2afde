package com.touchpoint.views.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.datasources.imports.FilePreview;
import com.touchpoint.datasources.mapping.CanonicalField;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.mapping.MappingProfile;
import com.touchpoint.datasources.normalize.TimeFormat;
import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.datasources.read.ReadOptions;
import com.touchpoint.datasources.read.SniffResult;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FieldMapping.Need;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> HEADER = List.of("device", "ts", "action", "amount");
    private static final List<String[]> ROWS = List.of(
            new String[] {"d1", "2026-08-01 10:00:00", "open", "1.5"},
            new String[] {"d2", "2026-08-01 10:00:00", "open", ""},
            new String[] {"d1", "2026-08-01 10:05:00", "click", "2"},
            new String[] {"d3", "2026-08-02 09:00:00", "click", "3"});

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    /** The suggestion an events file like this gets: device and time mapped, the event type left open. */
    private static MappingProfile proposed(Map<CanonicalField, String> columns, Map<CanonicalField, TimeFormat> formats) {
        return new MappingProfile("app (events)", FileKind.EVENTS, MappingProfile.signatureOf(HEADER), columns,
                Map.of(), Map.of(), formats, SHANGHAI);
    }

    private MappingModel editor(MappingProfile profile, boolean saved) {
        SniffResult sniff = new SniffResult(FileFormat.CSV, StandardCharsets.UTF_8, false, ',', HEADER, ROWS, 200);
        return new MappingModel(new FilePreview(sniff, ReadOptions.from(sniff), profile, saved), messages);
    }

    private MappingModel suggested() {
        return editor(proposed(Map.of(CanonicalField.DEVICE_ID, "device", CanonicalField.EVENT_TIME, "ts"),
                Map.of()), false);
    }

    private static FieldMapping row(MappingModel editor, CanonicalField field) {
        return editor.rows().stream().filter(row -> row.field() == field).findFirst().orElseThrow();
    }

    @Test
    void everyFieldOfTheKindIsListedWithHowMuchItIsNeeded() {
        MappingModel editor = suggested();

        assertEquals(CanonicalField.fieldsOf(FileKind.EVENTS), editor.rows().stream().map(FieldMapping::field).toList());
        // Events need a time, an event type and any one identifier (FieldRequirement.of(EVENTS)).
        assertEquals(Need.REQUIRED, row(editor, CanonicalField.EVENT_TIME).need());
        assertEquals(Need.REQUIRED, row(editor, CanonicalField.EVENT_TYPE).need());
        assertEquals(Need.ONE_OF, row(editor, CanonicalField.MEMBER_ID).need());
        assertEquals(Need.ONE_OF, row(editor, CanonicalField.DEVICE_ID).need());
        assertEquals(Need.OPTIONAL, row(editor, CanonicalField.CAMPAIGN).need());
        assertTrue(row(editor, CanonicalField.EVENT_TYPE).acceptsConstant());
        assertFalse(row(editor, CanonicalField.EVENT_TIME).acceptsConstant());
    }

    @Test
    void aMissingRequiredFieldIsNamedAndAConstantSatisfiesIt() {
        MappingModel editor = suggested();

        assertEquals(List.of("Event type is required: choose its column, or type a constant for the whole file."),
                editor.problems());
        assertFalse(editor.completeProperty().get());

        row(editor, CanonicalField.EVENT_TYPE).constantProperty().set("  click ");

        assertEquals(List.of(), editor.problems());
        assertTrue(editor.completeProperty().get());
        MappingProfile profile = editor.profile(SHANGHAI);
        assertEquals(Map.of(CanonicalField.EVENT_TYPE, "click"), profile.constants());
        assertEquals(Map.of(CanonicalField.DEVICE_ID, "device", CanonicalField.EVENT_TIME, "ts"), profile.columns());
    }

    @Test
    void choosingAColumnSatisfiesARequirementAndShowsTheColumnsFirstValues() {
        MappingModel editor = suggested();

        row(editor, CanonicalField.EVENT_TYPE).columnProperty().set("action");

        assertTrue(editor.completeProperty().get());
        // The preview's action column reads open, open, click, click: its distinct values in order.
        assertEquals("open, click", row(editor, CanonicalField.EVENT_TYPE).samplesProperty().get());
        assertEquals("2026-08-01 10:00:00, 2026-08-01 10:05:00, 2026-08-02 09:00:00",
                row(editor, CanonicalField.EVENT_TIME).samplesProperty().get());
        assertEquals("action", editor.profile(SHANGHAI).columns().get(CanonicalField.EVENT_TYPE));
    }

    @Test
    void withoutAnyIdentifierTheGroupIsNamed() {
        MappingModel editor = suggested();
        row(editor, CanonicalField.EVENT_TYPE).columnProperty().set("action");

        row(editor, CanonicalField.DEVICE_ID).columnProperty().set(null);

        assertEquals(List.of("At least one of these is required: Member ID, WeChat UnionID, WeChat OpenID, Phone, "
                + "E-mail, Device ID, Cookie ID, User ID."), editor.problems());
        assertFalse(editor.profile(SHANGHAI).columns().containsKey(CanonicalField.DEVICE_ID));
    }

    @Test
    void aConstantCannotStandInForANumberOrTime() {
        MappingModel editor = suggested();
        row(editor, CanonicalField.EVENT_TYPE).constantProperty().set("click");

        row(editor, CanonicalField.REVENUE).constantProperty().set("9.90");
        row(editor, CanonicalField.EVENT_TIME).columnProperty().set(null);
        row(editor, CanonicalField.EVENT_TIME).constantProperty().set("2026-08-01");

        assertEquals(Map.of(CanonicalField.EVENT_TYPE, "click"), editor.profile(SHANGHAI).constants());
        assertEquals(List.of("Event time is required: choose its column."), editor.problems());
    }

    @Test
    void aTimeColumnWhoseValuesAreNoTimesIsReportedBeforeTheImport() {
        MappingModel editor = suggested();
        row(editor, CanonicalField.EVENT_TYPE).constantProperty().set("click");

        row(editor, CanonicalField.EVENT_TIME).columnProperty().set("action");

        assertEquals(1, editor.problems().size());
        assertTrue(editor.problems().get(0).contains("values of column 'action' (for event_time) such as 'open', "
                + "'click' are not a date or time format"), editor.problems().get(0));
        assertFalse(editor.completeProperty().get());
    }

    @Test
    void theMappingNeedsANameAndIsSavedUnderTheTrimmedName() {
        MappingModel editor = suggested();
        row(editor, CanonicalField.EVENT_TYPE).constantProperty().set("click");

        editor.profileNameProperty().set("   ");
        assertEquals(List.of("Give the mapping a name to save it under."), editor.problems());

        editor.profileNameProperty().set("  App events ");
        assertTrue(editor.completeProperty().get());
        assertEquals("App events", editor.profile(SHANGHAI).name());
        assertEquals(ZoneId.of("UTC"), editor.profile(ZoneId.of("UTC")).sourceZone());
    }

    @Test
    void aSavedMappingSaysSoAndLosesItsTimeFormatWhenTheTimeColumnChanges() {
        MappingModel editor = editor(proposed(Map.of(CanonicalField.DEVICE_ID, "device",
                CanonicalField.EVENT_TIME, "ts", CanonicalField.EVENT_TYPE, "action"),
                Map.of(CanonicalField.EVENT_TIME, TimeFormat.DATE_TIME_SECONDS)), true);

        assertTrue(editor.fromSavedProfile());
        assertEquals(Map.of(CanonicalField.EVENT_TIME, TimeFormat.DATE_TIME_SECONDS),
                editor.profile(SHANGHAI).timeFormats());

        row(editor, CanonicalField.EVENT_TIME).columnProperty().set("amount");

        assertEquals(Map.of(), editor.profile(SHANGHAI).timeFormats());
    }
}
