package com.touchpoint.views.imports;

import com.touchpoint.datasources.imports.FilePreview;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FileImportModel.State;
import com.touchpoint.views.quality.DataLabels;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The reading step of one file: how it is read (encoding, separator, format, kind, time zone — each as detected and
 * editable) and its first rows as parsed, or why it cannot be read.
 */
final class ReadingStepView extends VBox {

    private static final List<String> ENCODINGS = List.of("UTF-8", "GBK", "GB18030", "Big5", "UTF-16LE", "UTF-16BE",
            "ISO-8859-1", "windows-1252");
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
    private static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo",
            "Asia/Singapore", "UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles");

    /** Where the CJK blocks begin (CJK radicals). */
    private static final int CJK_START = 0x2E80;

    private final FileImportModel file;
    private final Messages messages;

    ReadingStepView(FileImportModel file, Messages messages) {
        super(14);
        this.file = file;
        this.messages = messages;
        getStyleClass().add("wizard-step");
        getChildren().add(settings());
        Node body = switch (file.stateProperty().get()) {
            case LOADING -> loading();
            case UNREADABLE -> unreadable();
            default -> previewTable(file.previewProperty().get());
        };
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().add(body);
    }

    private Node settings() {
        boolean editable = file.stateProperty().get() != State.LOADING;
        ComboBox<Charset> encoding = choice(encodings(), Charset::name);
        encoding.valueProperty().bindBidirectional(file.encodingProperty());
        ComboBox<Character> delimiter = choice(delimiters(), this::delimiterName);
        delimiter.valueProperty().bindBidirectional(file.delimiterProperty());
        delimiter.setDisable(file.formatProperty().get() != FileFormat.CSV);
        ComboBox<FileKind> kind = choice(List.of(FileKind.values()), value -> DataLabels.kind(messages, value));
        kind.valueProperty().bindBidirectional(file.kindProperty());
        ComboBox<ZoneId> zone = choice(zones(), ZoneId::getId);
        zone.valueProperty().bindBidirectional(file.timeZoneProperty());
        ComboBox<FileFormat> format = choice(List.of(FileFormat.values()), this::formatName);
        format.setId("reading-format");
        format.valueProperty().bindBidirectional(file.formatProperty());
        for (ComboBox<?> box : List.of(encoding, delimiter, format, kind, zone)) {
            box.setDisable(box.isDisable() || !editable);
        }
        FlowPane settings = new FlowPane(18, 10, setting("import.reading.encoding", encoding));
        // Without a preview nothing else was detected: another encoding or format is what may make the file readable.
        if (file.previewProperty().get() != null) {
            settings.getChildren().addAll(setting("import.reading.delimiter", delimiter),
                    setting("import.reading.format", format),
                    setting("import.reading.kind", kind),
                    setting("import.reading.zone", zone));
        } else {
            settings.getChildren().add(setting("import.reading.format", format));
        }
        settings.getStyleClass().add("reading-settings");
        return settings;
    }

    private Node setting(String labelKey, Node control) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("setting-label");
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }

    private Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(32, 32);
        Label text = new Label(messages.get("import.reading.loading", file.fileName()));
        VBox box = new VBox(10, spinner, text);
        box.getStyleClass().add("wizard-placeholder");
        return box;
    }

    private Node unreadable() {
        return Notices.problem(messages.get("import.reading.unreadable", file.fileName()),
                file.messageProperty().get(), messages.get("import.reading.unreadable.todo"));
    }

    private Node previewTable(FilePreview preview) {
        TableView<String[]> table = new TableView<>(FXCollections.observableArrayList(preview.sniff().previewRows()));
        List<String> header = preview.sniff().header();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<String[], String> column = new TableColumn<>(header.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().length ? cell.getValue()[index] : ""));
            column.setSortable(false);
            column.setPrefWidth(width(header.get(i), preview.sniff().previewRows(), i));
            table.getColumns().add(column);
        }
        table.setPlaceholder(new Label(messages.get("import.reading.noRows")));
        table.getStyleClass().add("preview-table");
        Label caption = new Label(messages.get("import.reading.previewCaption", preview.sniff().previewRows().size(),
                header.size()));
        caption.getStyleClass().add("dim");
        VBox box = new VBox(6, caption, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Wide enough for the header and the longer values, within bounds: about 8 pixels a character. */
    private static double width(String name, List<String[]> rows, int index) {
        int characters = columns(name);
        for (String[] row : rows) {
            if (index < row.length && row[index] != null) {
                characters = Math.max(characters, columns(row[index]));
            }
        }
        return Math.max(80, Math.min(320, 8 * characters + 28));
    }

    /** Text width in Latin letters: Chinese characters are about twice as wide. */
    private static int columns(String text) {
        return text.codePoints().map(c -> c >= CJK_START ? 2 : 1).sum();
    }

    private List<Charset> encodings() {
        Set<Charset> choices = new LinkedHashSet<>();
        if (file.encodingProperty().get() != null) {
            choices.add(file.encodingProperty().get());
        }
        ENCODINGS.stream().filter(Charset::isSupported).map(Charset::forName).forEach(choices::add);
        return new ArrayList<>(choices);
    }

    private List<Character> delimiters() {
        Set<Character> choices = new LinkedHashSet<>(DELIMITERS);
        if (file.delimiterProperty().get() != null) {
            choices.add(file.delimiterProperty().get());
        }
        return new ArrayList<>(choices);
    }

    private List<ZoneId> zones() {
        Set<ZoneId> choices = new LinkedHashSet<>();
        if (file.timeZoneProperty().get() != null) {
            choices.add(file.timeZoneProperty().get());
        }
        choices.add(ZoneId.systemDefault());
        ZONES.stream().map(ZoneId::of).forEach(choices::add);
        return new ArrayList<>(choices);
    }

    private String delimiterName(Character delimiter) {
        return switch (delimiter) {
            case ',' -> messages.get("import.delimiter.comma");
            case ';' -> messages.get("import.delimiter.semicolon");
            case '\t' -> messages.get("import.delimiter.tab");
            case '|' -> messages.get("import.delimiter.pipe");
            default -> "'" + delimiter + "'";
        };
    }

    private String formatName(FileFormat format) {
        return messages.get("import.format." + format.name().toLowerCase(Locale.ROOT));
    }

    private static <T> ComboBox<T> choice(List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("the choice is not editable");
            }
        });
        box.setPrefWidth(180);
        return box;
    }
}
