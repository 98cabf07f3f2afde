package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.util.List;
import java.util.SplittableRandom;

/** {@code pos_orders.csv}: store tills (UTF-8, semicolon, "¥1,234.50" amounts, local minutes, CRLF). */
public final class PosOrders implements RowFormat<PosOrders.Order> {

    public static final FileLayout LAYOUT = FileLayout.csv("pos_orders.csv", ';',
            "order_id;store;member_id;phone;order_time;amount;item").withCrLf();
    private static final int TIME = 4;
    private static final int AMOUNT = 5;

    /**
     * One till receipt.
     *
     * @param orderId     receipt number, unique
     * @param store       store name
     * @param memberId    member id when the card was scanned, else null
     * @param phone       phone when given at the till, else null
     * @param epochSecond order time
     * @param amountCents receipt total
     * @param item        SKU of the main item
     */
    public record Order(String orderId, String store, String memberId, String phone, long epochSecond,
                        long amountCents, String item) {
    }

    @Override
    public String clean(Order o) {
        return Texts.join(';', o.orderId(), o.store(), o.memberId(), o.phone(), Texts.posDateTime(o.epochSecond()))
                + ';' + Texts.quoted(Texts.yuan(o.amountCents())) + ';' + Texts.field(o.item(), ';');
    }

    @Override
    public List<BrokenReason> reasons(Order o) {
        return List.of(BrokenReason.UNPARSEABLE_TIME, BrokenReason.EMPTY_IDENTIFIER, BrokenReason.EXTRA_FIELDS,
                BrokenReason.AMOUNT_NOT_A_NUMBER);
    }

    @Override
    public String broken(Order o, BrokenReason reason, SplittableRandom rng) {
        String line = clean(o);
        return switch (reason) {
            // a till with an unset clock, or a mistyped manual entry
            case UNPARSEABLE_TIME -> RowFormat.replaceField(line, ';', TIME, rng.nextBoolean() ? "0000/00/00 00:00"
                    : Texts.posDateTime(o.epochSecond()).replaceFirst("/\\d\\d/\\d\\d ", "/13/45 "));
            case EMPTY_IDENTIFIER -> RowFormat.replaceField(RowFormat.replaceField(line, ';', 2, ""), ';', 3, "");
            case AMOUNT_NOT_A_NUMBER -> RowFormat.replaceField(line, ';', AMOUNT, "N/A");
            case EXTRA_FIELDS -> line + ";赠品";
            case TRUNCATED_LINE -> throw new IllegalArgumentException("CSV rows are not truncated here");
        };
    }
}
