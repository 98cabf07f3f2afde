package com.touchpoint.sampledata.sim;

import com.touchpoint.sampledata.files.AppEvents;
import com.touchpoint.sampledata.files.EmailCampaigns;
import com.touchpoint.sampledata.files.Exports;
import com.touchpoint.sampledata.files.PosOrders;
import com.touchpoint.sampledata.files.SmsCampaigns;
import com.touchpoint.sampledata.files.WebEvents;
import com.touchpoint.sampledata.world.Store;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One day's rows, collected in any order and written sorted by time, as exports are. */
final class DayBuffers {

    /** A till receipt before it gets its number (numbers follow time order within a store and day). */
    record PendingOrder(int store, String memberId, String phone, long epochSecond, long amountCents, String item) {
    }

    final List<WebEvents.Event> web = new ArrayList<>();
    final List<AppEvents.Event> app = new ArrayList<>();
    final List<PendingOrder> pos = new ArrayList<>();
    final List<EmailCampaigns.Activity> email = new ArrayList<>();
    final List<SmsCampaigns.Message> sms = new ArrayList<>();

    /** Writes the day and empties the buffers; on the last day web rows also go to the overlapping part 2. */
    void flush(Exports out, LocalDate date, boolean lastDay) throws IOException {
        web.sort(Comparator.comparingLong(WebEvents.Event::ts));
        for (WebEvents.Event event : web) {
            String clean = out.web.write(event);
            if (lastDay && clean != null) {
                out.webPart2.writeRepeat(clean);
            }
        }
        app.sort(Comparator.comparingLong(AppEvents.Event::epochMillis));
        for (AppEvents.Event event : app) {
            out.app.write(event);
        }
        pos.sort(Comparator.comparingLong(PendingOrder::epochSecond));
        int[] sequence = new int[Store.all().size()];
        String day = date.toString().replace("-", "");
        for (PendingOrder o : pos) {
            Store store = Store.all().get(o.store());
            String id = store.code() + "-" + day + "-" + String.format("%04d", ++sequence[o.store()]);
            out.pos.write(new PosOrders.Order(id, store.name(), o.memberId(), o.phone(), o.epochSecond(),
                    o.amountCents(), o.item()));
        }
        email.sort(Comparator.comparingLong(EmailCampaigns.Activity::epochSecond));
        for (EmailCampaigns.Activity activity : email) {
            out.email.write(activity);
        }
        sms.sort(Comparator.comparingLong(SmsCampaigns.Message::epochSecond));
        for (SmsCampaigns.Message message : sms) {
            out.sms.write(message);
        }
        web.clear();
        app.clear();
        pos.clear();
        email.clear();
        sms.clear();
    }
}
