package com.touchpoint.sampledata.sim;

import com.touchpoint.sampledata.files.AppEvents;
import com.touchpoint.sampledata.files.WebEvents;
import com.touchpoint.sampledata.people.Person;
import com.touchpoint.sampledata.world.Catalog;
import com.touchpoint.sampledata.world.Store;
import java.util.SplittableRandom;

/**
 * Turns what a person does into export rows: web and app sessions, online purchases, till receipts. Every row of a
 * session stays inside the day it starts in, so days can be written one after another.
 */
final class Sessions {

    /** Members log in on this share of ordinary web sessions, and on this share of purchase sessions. */
    static final double WEB_LOGIN_SHARE = 0.30;
    static final double WEB_CHECKOUT_LOGIN_SHARE = 0.90;
    /** Members are logged in to the app on this share of sessions. */
    static final double APP_LOGIN_SHARE = 0.85;
    /** At the till: members give only their phone (card forgotten) or also their phone. */
    static final double TILL_PHONE_ONLY_SHARE = 0.15;
    static final double TILL_PHONE_TOO_SHARE = 0.40;
    /** People shop at their home store except for this share of visits. */
    static final double AWAY_STORE_SHARE = 0.10;

    /** A web visit in progress: the browser, who is logged in, and where it came from. */
    record WebSession(String cookie, String memberId, String source, String campaign) {
    }

    /** An app session in progress. */
    record AppSession(String device, String memberId, String channel, String campaign) {
    }

    private final DayBuffers rows;
    private final SplittableRandom rng;
    private final Tally tally;
    private long dayEnd;

    Sessions(DayBuffers rows, SplittableRandom rng, Tally tally) {
        this.rows = rows;
        this.rng = rng;
        this.tally = tally;
    }

    /** Sets the last second (epoch) rows of the current day may carry. */
    void startDay(long dayStartEpoch) {
        this.dayEnd = dayStartEpoch + 86_399;
    }

    WebSession web(Person p, String source, String campaign, boolean checkout) {
        double login = checkout ? WEB_CHECKOUT_LOGIN_SHARE : WEB_LOGIN_SHARE;
        String member = p.isMember() && rng.nextDouble() < login ? p.memberId() : null;
        return new WebSession(pick(p.cookies(), 0.6), member, source, campaign);
    }

    AppSession app(Person p, String channel, String campaign) {
        String member = p.isMember() && rng.nextDouble() < APP_LOGIN_SHARE ? p.memberId() : null;
        return new AppSession(pick(p.devices(), 0.75), member, channel, campaign);
    }

    /** An ad click landing on the campaign page, often followed by a product view. */
    void adClick(WebSession s, long t) {
        web(s, t, "ad_click", WebEvents.SITE + "/lp/" + s.campaign(), null);
        if (rng.nextDouble() < 0.6) {
            productView(s, t + 20 + rng.nextInt(200));
        }
    }

    /** A click in an e-mail: the campaign page, sometimes a product. */
    void emailClick(WebSession s, long t) {
        web(s, t, "page_view", WebEvents.SITE + "/campaign/" + s.campaign(), null);
        if (rng.nextDouble() < 0.5) {
            productView(s, t + 20 + rng.nextInt(200));
        }
    }

    /** The home page. */
    void landing(WebSession s, long t) {
        web(s, t, "page_view", WebEvents.SITE + "/", null);
    }

    /** A direct visit: the home page, sometimes a product. */
    void webVisit(WebSession s, long t) {
        landing(s, t);
        if (rng.nextDouble() < 0.5) {
            productView(s, t + 15 + rng.nextInt(240));
        }
    }

    /** An app session opened from the icon or from a notification. */
    void appOpen(AppSession s, long t, boolean fromPush) {
        app(s, t, fromPush ? "push_open" : "app_open", null, -1);
        if (rng.nextDouble() < 0.55) {
            app(s, t + 10 + rng.nextInt(180), "product_view", Catalog.draw(rng).sku(), -1);
        }
    }

    /** An online purchase in a web session: product, cart, order. Returns the order value. */
    long webPurchase(WebSession s, long t) {
        Catalog.Product product = Catalog.draw(rng);
        long cents = basket(product);
        long viewed = t + 30 + rng.nextInt(120);
        web(s, viewed, "product_view", productUrl(product), product.sku());
        web(s, viewed + 20 + rng.nextInt(90), "add_to_cart", productUrl(product), product.sku());
        rows.web.add(new WebEvents.Event(clamp(viewed + 150 + rng.nextInt(300)), s.cookie(), s.memberId(),
                "purchase", s.source(), s.campaign(), WebEvents.SITE + "/checkout/done", product.sku(), cents));
        tally.purchase(Tally.Where.WEB, cents);
        return cents;
    }

    /** An online purchase in an app session. Returns the order value. */
    long appPurchase(AppSession s, long t) {
        Catalog.Product product = Catalog.draw(rng);
        long cents = basket(product);
        long viewed = t + 20 + rng.nextInt(120);
        app(s, viewed, "product_view", product.sku(), -1);
        app(s, viewed + 60 + rng.nextInt(300), "purchase", product.sku(), cents);
        tally.purchase(Tally.Where.APP, cents);
        return cents;
    }

    /** A purchase at the till, identified by member card and/or phone. Returns the receipt total. */
    long storePurchase(Person p, long t) {
        Catalog.Product main = Catalog.draw(rng);
        long cents = basket(main);
        int extra = rng.nextDouble() < 0.3 ? 1 + rng.nextInt(2) : 0;
        for (int i = 0; i < extra; i++) {
            cents += Catalog.draw(rng).priceCents();
        }
        String member = p.memberId();
        String phone = null;
        if (p.phone() != null) {
            if (member == null) {
                phone = p.phone();
            } else if (rng.nextDouble() < TILL_PHONE_ONLY_SHARE) {
                member = null;
                phone = p.phone();
            } else if (rng.nextDouble() < TILL_PHONE_TOO_SHARE) {
                phone = p.phone();
            }
        }
        int store = rng.nextDouble() < AWAY_STORE_SHARE ? rng.nextInt(Store.all().size()) : p.homeStore();
        rows.pos.add(new DayBuffers.PendingOrder(store, member, phone, clamp(t - t % 60), cents, main.sku()));
        tally.purchase(Tally.Where.STORE, cents);
        return cents;
    }

    private void productView(WebSession s, long t) {
        Catalog.Product product = Catalog.draw(rng);
        web(s, t, "product_view", productUrl(product), product.sku());
    }

    private void web(WebSession s, long t, String event, String url, String item) {
        rows.web.add(new WebEvents.Event(clamp(t), s.cookie(), s.memberId(), event, s.source(), s.campaign(), url,
                item, -1));
    }

    private void app(AppSession s, long t, String event, String item, long cents) {
        rows.app.add(new AppEvents.Event(s.device(), s.memberId(), event, clamp(t) * 1000 + rng.nextInt(1000),
                s.channel(), s.campaign(), item, cents));
    }

    private long basket(Catalog.Product product) {
        double q = rng.nextDouble();
        return product.priceCents() * (q < 0.8 ? 1 : q < 0.95 ? 2 : 3);
    }

    private static String productUrl(Catalog.Product product) {
        return WebEvents.SITE + "/p/" + product.sku();
    }

    private String pick(String[] ids, double firstShare) {
        if (ids.length == 1 || rng.nextDouble() < firstShare) {
            return ids[0];
        }
        return ids[1 + rng.nextInt(ids.length - 1)];
    }

    private long clamp(long t) {
        return Math.min(t, dayEnd);
    }
}
