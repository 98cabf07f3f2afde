package com.touchpoint.sampledata.sim;

import com.touchpoint.sampledata.people.Person;
import com.touchpoint.sampledata.world.Channel;
import com.touchpoint.sampledata.world.ChannelEffect;
import com.touchpoint.sampledata.world.ChannelEffects;
import com.touchpoint.sampledata.world.DayProfile;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Lives one person's day: the day's touches in time order, and between them the purchase hazards of
 * {@link ChannelEffects}, integrated piece by piece (pieces end at every touch and at the {@link DayProfile} steps;
 * touch weights are taken at each piece's middle). At most one online and one store purchase per person and day.
 */
final class PersonDay {

    /** What a planned happening is. */
    enum Kind { AD_CLICK, EMAIL_CLICK, SMS_SENT, PUSH_OPEN, WEB_VISIT, APP_VISIT }

    /** Share of hazard-driven online purchases made in the app, for people who have it. */
    static final double APP_PURCHASE_SHARE = 0.5;
    private static final int NONE = Integer.MIN_VALUE;
    private static final ChannelEffect[] EFFECTS = ChannelEffects.all().toArray(new ChannelEffect[0]);

    /** Latest touch per touching channel and person, in seconds since the window start, or NONE. */
    private final int[][] lastTouch;
    private final PathRecorder paths;
    private final Sessions sessions;
    private final SplittableRandom rng;
    private final Tally tally;
    private final double[] weights = new double[EFFECTS.length];

    private int size;
    private int[] seconds = new int[8];
    private Kind[] kinds = new Kind[8];
    private String[] campaigns = new String[8];
    private Channel[] channels = new Channel[8];

    private Person person;
    private long dayBase;
    private long dayEpoch;
    private double storeDayFactor;
    private boolean active;
    private boolean boughtOnline;
    private boolean boughtInStore;
    private double onlineThreshold;
    private double storeThreshold;
    private double onlineSoFar;
    private double storeSoFar;

    PersonDay(int people, PathRecorder paths, Sessions sessions, SplittableRandom rng, Tally tally) {
        this.lastTouch = new int[EFFECTS.length][people];
        for (int[] row : lastTouch) {
            Arrays.fill(row, NONE);
        }
        this.paths = paths;
        this.sessions = sessions;
        this.rng = rng;
        this.tally = tally;
    }

    /** Starts planning {@code p}'s day number {@code day}, which begins at {@code dayEpoch}. */
    void begin(Person p, int day, long dayEpoch, boolean weekend) {
        this.person = p;
        this.dayBase = day * 86_400L;
        this.dayEpoch = dayEpoch;
        this.storeDayFactor = weekend ? ChannelEffects.WEEKEND_STORE_FACTOR : 1.0;
        this.size = 0;
    }

    /** Adds a happening at {@code second} after local midnight. */
    void plan(int second, Kind kind, String campaign, Channel channel) {
        if (size == seconds.length) {
            seconds = Arrays.copyOf(seconds, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            campaigns = Arrays.copyOf(campaigns, size * 2);
            channels = Arrays.copyOf(channels, size * 2);
        }
        seconds[size] = second;
        kinds[size] = kind;
        campaigns[size] = campaign;
        channels[size] = channel;
        size++;
    }

    /** Runs the planned day. */
    void live() {
        sortPlan();
        boughtOnline = false;
        boughtInStore = false;
        onlineThreshold = Randoms.exp1(rng);
        storeThreshold = Randoms.exp1(rng);
        onlineSoFar = 0;
        storeSoFar = 0;
        active = size > 0 || anyRecentTouch();
        if (size == 0 && cannotBuy()) {
            return;
        }
        int t = 0;
        int step = 1;
        for (int i = 0; i <= size; i++) {
            int next = i < size ? seconds[i] : 86_400;
            while (t < next) {
                int end = Math.min(next, DayProfile.BOUNDS[step]);
                accumulate(t, end);
                t = end;
                if (t == DayProfile.BOUNDS[step]) {
                    step++;
                }
            }
            if (i < size) {
                happen(i);
            }
        }
    }

    /**
     * True when, with no touch today, neither hazard can reach its threshold: weights only decay during the day, so
     * the multipliers at midnight bound the day's, and the activity profile integrates to one day. Skipping the walk
     * then changes nothing but time.
     */
    private boolean cannotBuy() {
        double online = 1;
        double store = 1;
        if (active) {
            currentWeights(dayBase);
            online = ChannelEffects.multiplier(weights, true);
            store = ChannelEffects.multiplier(weights, false);
        }
        return ChannelEffects.BASE_ONLINE_HAZARD * person.propensity() * online < onlineThreshold
                && ChannelEffects.BASE_STORE_HAZARD * person.propensity() * storeDayFactor * store < storeThreshold;
    }

    private void accumulate(int from, int to) {
        if (active) {
            currentWeights(dayBase + (from + to) / 2);
        }
        if (!boughtOnline) {
            double multiplier = active ? ChannelEffects.multiplier(weights, true) : 1;
            double rate = ChannelEffects.BASE_ONLINE_HAZARD * person.propensity() * multiplier
                    * DayProfile.intensity(from) / 86_400;
            double gained = rate * (to - from);
            if (onlineSoFar + gained >= onlineThreshold) {
                buyOnline(from + (int) ((onlineThreshold - onlineSoFar) / rate));
                boughtOnline = true;
            } else {
                onlineSoFar += gained;
            }
        }
        if (!boughtInStore && from >= DayProfile.STORE_OPENS && to <= DayProfile.STORE_CLOSES) {
            double multiplier = active ? ChannelEffects.multiplier(weights, false) : 1;
            double rate = ChannelEffects.BASE_STORE_HAZARD * person.propensity() * storeDayFactor * multiplier
                    / (DayProfile.STORE_CLOSES - DayProfile.STORE_OPENS);
            double gained = rate * (to - from);
            if (storeSoFar + gained >= storeThreshold) {
                int second = from + (int) ((storeThreshold - storeSoFar) / rate);
                long cents = sessions.storePurchase(person, dayEpoch + second);
                paths.conversion(person.index(), dayBase + second, cents);
                boughtInStore = true;
            } else {
                storeSoFar += gained;
            }
        }
    }

    private void buyOnline(int second) {
        long at = dayEpoch + second;
        long cents;
        if (person.hasApp() && rng.nextDouble() < APP_PURCHASE_SHARE) {
            Sessions.AppSession s = sessions.app(person, "app", null);
            sessions.appOpen(s, at, false);
            cents = sessions.appPurchase(s, at + 30);
        } else {
            Sessions.WebSession s = sessions.web(person, Channel.DIRECT.code(), null, true);
            sessions.landing(s, at);
            cents = sessions.webPurchase(s, at);
        }
        paths.touch(person.index(), Channel.DIRECT, dayBase + second);
        paths.conversion(person.index(), dayBase + second, cents);
    }

    private void happen(int i) {
        int second = seconds[i];
        long at = dayEpoch + second;
        Channel channel = channels[i];
        String campaign = campaigns[i];
        switch (kinds[i]) {
            case AD_CLICK -> {
                Sessions.WebSession s = sessions.web(person, channel.code(), campaign, false);
                sessions.adClick(s, at);
                touched(channel, second);
                if (convertsNow(channel)) {
                    paths.conversion(person.index(), dayBase + second, sessions.webPurchase(s, at + 60));
                }
            }
            case EMAIL_CLICK -> {
                Sessions.WebSession s = sessions.web(person, channel.code(), campaign, false);
                sessions.emailClick(s, at);
                touched(channel, second);
                if (convertsNow(channel)) {
                    paths.conversion(person.index(), dayBase + second, sessions.webPurchase(s, at + 60));
                }
            }
            case PUSH_OPEN -> {
                Sessions.AppSession s = sessions.app(person, channel.code(), campaign);
                sessions.appOpen(s, at, true);
                touched(channel, second);
                if (convertsNow(channel)) {
                    paths.conversion(person.index(), dayBase + second, sessions.appPurchase(s, at + 30));
                }
            }
            case SMS_SENT -> touched(channel, second);
            case WEB_VISIT -> {
                sessions.webVisit(sessions.web(person, Channel.DIRECT.code(), null, false), at);
                visited(second);
            }
            case APP_VISIT -> {
                sessions.appOpen(sessions.app(person, "app", null), at, false);
                visited(second);
            }
        }
    }

    private boolean convertsNow(Channel channel) {
        if (boughtOnline || rng.nextDouble() >= ChannelEffects.of(channel).immediateConversion()) {
            return false;
        }
        boughtOnline = true;
        return true;
    }

    private void touched(Channel channel, int second) {
        lastTouch[channel.ordinal()][person.index()] = (int) (dayBase + second);
        paths.touch(person.index(), channel, dayBase + second);
        tally.touches[channel.ordinal()]++;
        active = true;
    }

    private void visited(int second) {
        paths.touch(person.index(), Channel.DIRECT, dayBase + second);
        tally.touches[Channel.DIRECT.ordinal()]++;
    }

    private boolean anyRecentTouch() {
        for (int c = 0; c < EFFECTS.length; c++) {
            int last = lastTouch[c][person.index()];
            if (last != NONE && dayBase - last < EFFECTS[c].halfLifeDays() * ChannelEffects.NEGLIGIBLE_HALF_LIVES
                    * 86_400) {
                return true;
            }
        }
        return false;
    }

    private void currentWeights(long now) {
        for (int c = 0; c < EFFECTS.length; c++) {
            int last = lastTouch[c][person.index()];
            double ageDays = (now - last) / 86_400.0;
            boolean negligible = ageDays > EFFECTS[c].halfLifeDays() * ChannelEffects.NEGLIGIBLE_HALF_LIVES;
            weights[c] = last == NONE || ageDays < 0 || negligible ? 0 : EFFECTS[c].weight(ageDays);
        }
    }

    /** Insertion sort by time: a day rarely holds more than a handful of happenings. */
    private void sortPlan() {
        for (int i = 1; i < size; i++) {
            int s = seconds[i];
            Kind k = kinds[i];
            String c = campaigns[i];
            Channel ch = channels[i];
            int j = i - 1;
            while (j >= 0 && seconds[j] > s) {
                seconds[j + 1] = seconds[j];
                kinds[j + 1] = kinds[j];
                campaigns[j + 1] = campaigns[j];
                channels[j + 1] = channels[j];
                j--;
            }
            seconds[j + 1] = s;
            kinds[j + 1] = k;
            campaigns[j + 1] = c;
            channels[j + 1] = ch;
        }
    }
}
