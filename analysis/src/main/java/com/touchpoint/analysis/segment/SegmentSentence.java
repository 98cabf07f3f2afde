package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.EventFilter;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A condition tree read as one sentence in the UI language (English, or Chinese for a Chinese locale), shown beside
 * the tree: "city is 上海 and did purchase (channel web or app) at least 2 times in the last 30 days". Nested groups
 * of two or more conditions are put in parentheses.
 */
public final class SegmentSentence {

    private final ResourceBundle words;
    private final Locale locale;

    private SegmentSentence(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("com.touchpoint.analysis.segment.Sentences", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String of(Condition condition, Locale locale) {
        return new SegmentSentence(locale).read(condition, false);
    }

    private String read(Condition condition, boolean nested) {
        if (condition instanceof Group group) {
            return group(group, nested);
        }
        if (condition instanceof Not not) {
            return format("not", read(not.condition(), true));
        }
        if (condition instanceof PropertyCondition p) {
            return comparison(p.op(), p.property(), p.values());
        }
        if (condition instanceof EventCondition e) {
            return format(e.happened() ? "did" : "didNot", what(e.filter()), filters(e.filter()), count(e),
                    window(e.window()));
        }
        if (condition instanceof AggregateCondition a) {
            String measure = format("aggregate", text(a.measure().name()), filters(a.filter()), window(a.window()));
            return comparison(a.op(), measure.strip(), numbers(a.values()));
        }
        if (condition instanceof TagCondition t) {
            return comparison(t.op(), format("tag", t.tag()), numbers(t.values()));
        }
        if (condition instanceof RfmCondition r) {
            return format("rfm", orList(r.groups()));
        }
        if (condition instanceof ClusterCondition k) {
            return format("cluster", k.clustering(), orList(k.clusters().stream().map(String::valueOf).toList()));
        }
        return format("segment", ((SegmentReference) condition).segment());
    }

    private String group(Group group, boolean nested) {
        if (group.conditions().isEmpty()) {
            return text(group.logic() == Group.Logic.AND ? "everyone" : "noOne");
        }
        if (group.conditions().size() == 1) {
            return read(group.conditions().get(0), nested);
        }
        String joined = group.conditions().stream().map(c -> read(c, true))
                .collect(Collectors.joining(text(group.logic() == Group.Logic.AND ? "and" : "or")));
        return nested ? text("open") + joined + text("close") : joined;
    }

    private String comparison(Comparison op, String subject, List<String> values) {
        if (op == null) {
            return subject;
        }
        return switch (op) {
            case BETWEEN -> format(op.name(), subject, value(values, 0), value(values, 1));
            case IN -> format(op.name(), subject, String.join(text("listComma"), values));
            default -> format(op.name(), subject, value(values, 0));
        };
    }

    private static String value(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "…";
    }

    private String what(EventFilter filter) {
        return filter.types().isEmpty() ? text("anyEvent") : orList(filter.types());
    }

    private String filters(EventFilter filter) {
        List<String> parts = new ArrayList<>();
        addFilter(parts, "channels", filter.channels());
        addFilter(parts, "campaigns", filter.campaigns());
        addFilter(parts, "items", filter.items());
        addFilter(parts, "categories", filter.categories());
        return parts.isEmpty() ? "" : format("filters", String.join(text("filterSeparator"), parts));
    }

    private void addFilter(List<String> parts, String key, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(format(key, orList(values)));
        }
    }

    private String count(EventCondition e) {
        int min = e.min();
        Integer max = e.max();
        if (max == null) {
            return min <= 1 ? "" : format("countAtLeast", Integer.toString(min));
        }
        if (min == max) {
            return format("countExactly", Integer.toString(min));
        }
        return min == 0 ? format("countAtMost", max.toString())
                : format("countRange", Integer.toString(min), max.toString());
    }

    private String window(TimeWindow window) {
        if (window.last() != null) {
            String span = window.last().strip().toLowerCase(Locale.ROOT);
            String unit = span.substring(span.length() - 1);
            String amount = span.substring(0, span.length() - 1).strip();
            String spaced = locale.getLanguage().equals("zh") ? amount + text(unit) : amount + " " + text(unit);
            return format("last", spaced);
        }
        if (window.from() != null && window.to() != null) {
            return format("between", window.from(), window.to());
        }
        if (window.from() != null) {
            return format("since", window.from());
        }
        return window.to() != null ? format("until", window.to()) : "";
    }

    private String orList(List<String> values) {
        return String.join(text("listOr"), values);
    }

    private static List<String> numbers(List<Double> values) {
        return values.stream().map(v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()).toList();
    }

    private String text(String key) {
        return words.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }
}
