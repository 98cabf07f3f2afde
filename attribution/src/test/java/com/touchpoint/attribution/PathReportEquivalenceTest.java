package com.touchpoint.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.touchpoint.attribution.journey.Conversion;
import com.touchpoint.attribution.journey.JourneyBuilder;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.PathRow;
import com.touchpoint.attribution.journey.Touch;
import com.touchpoint.attribution.markov.MarkovChainModel;
import com.touchpoint.attribution.model.AttributionModel;
import com.touchpoint.attribution.model.AttributionResult;
import com.touchpoint.attribution.model.ChannelCredit;
import com.touchpoint.attribution.model.FirstTouchModel;
import com.touchpoint.attribution.model.LastNonDirectModel;
import com.touchpoint.attribution.model.LastTouchModel;
import com.touchpoint.attribution.model.LinearModel;
import com.touchpoint.attribution.model.PositionBasedModel;
import com.touchpoint.attribution.model.TimeDecayModel;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.attribution.shapley.OrderedShapleyModel;
import com.touchpoint.attribution.shapley.ShapleyModel;
import com.touchpoint.attribution.shapley.ShapleyModel.Method;
import com.touchpoint.attribution.shapley.UnseenCoalition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A path report and the touch events it summarises give every model the same credits. In the events, the touch at
 * position k of n is n − k days before its conversion, which is how time decay reads a path report.
 */
class PathReportEquivalenceTest {
    private static final long DAY = 86_400_000L;

    @Test
    void everyModelCreditsAPathReportLikeTheEquivalentEvents() {
        List<PathRow> report = List.of(new PathRow("A > B", 2, 30, 1), new PathRow("B", 1, 5, 2),
                new PathRow("C > A > C", 1, 7, 0), new PathRow("A", 0, 0, 3), new PathRow("B > C", 1, 4, 1),
                new PathRow("A > B > C", 1, 9, 0));
        JourneySet fromReport = JourneySet.fromPathRows(report);
        JourneySet fromEvents = eventsOf(report);

        List<AttributionModel> models = List.of(new FirstTouchModel(), new LastTouchModel(),
                new LastNonDirectModel("B"), new LinearModel(), new PositionBasedModel(), new TimeDecayModel(),
                new MarkovChainModel(1), new MarkovChainModel(2), new MarkovChainModel(3),
                ShapleyModel.defaults(), ShapleyModel.defaults().withUnseen(UnseenCoalition.ZERO),
                ShapleyModel.defaults().withWorth(CoalitionWorth.CONVERSIONS),
                ShapleyModel.defaults().withMethod(Method.SAMPLED), new OrderedShapleyModel());
        for (AttributionModel model : models) {
            AttributionResult expected = model.attribute(fromReport);
            AttributionResult actual = model.attribute(fromEvents);
            assertEquals(expected.totalConversions(), actual.totalConversions(), 1e-12, model.name());
            assertEquals(6, expected.totalConversions(), model.name());
            for (ChannelCredit credit : expected.credits()) {
                ChannelCredit other = actual.credit(credit.channel());
                assertEquals(credit.conversions(), other.conversions(), 1e-9, model.name() + " " + credit.channel());
                assertEquals(credit.value(), other.value(), 1e-9, model.name() + " " + credit.channel());
            }
        }
    }

    /** One customer per conversion and per non-conversion; conversions on day 100, values split evenly. */
    private static JourneySet eventsOf(List<PathRow> report) {
        List<Touch> touches = new ArrayList<>();
        List<Conversion> conversions = new ArrayList<>();
        long customer = 0;
        for (PathRow row : report) {
            String[] channels = row.path().split(" > ");
            for (int j = 0; j < row.conversions() + row.nonConversions(); j++) {
                customer++;
                for (int k = 0; k < channels.length; k++) {
                    touches.add(new Touch(customer, channels[k], 100 * DAY - (channels.length - k) * DAY));
                }
                if (j < row.conversions()) {
                    conversions.add(new Conversion(customer, 100 * DAY, row.value() / row.conversions()));
                }
            }
        }
        return new JourneyBuilder().dataEnd(101 * DAY).build(touches, conversions);
    }
}
