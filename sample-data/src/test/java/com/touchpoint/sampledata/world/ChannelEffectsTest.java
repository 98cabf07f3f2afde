package com.touchpoint.sampledata.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChannelEffectsTest {

    /** Weights in Channel.TOUCHING order: search, feed, social, email, sms, push. */
    private static double[] weights(double search, double social, double sms) {
        return new double[] {search, 0, social, 0, sms, 0};
    }

    @Test
    void aFreshSearchClickMultipliesOnlineHazardBySix() {
        // 1 + U_online[search] * 1 = 1 + 5.0
        assertEquals(6.0, ChannelEffects.multiplier(weights(1, 0, 0), true), 1e-12);
        // store: 1 + 0.8
        assertEquals(1.8, ChannelEffects.multiplier(weights(1, 0, 0), false), 1e-12);
    }

    @Test
    void socialAloneBarelyLiftsButAmplifiesOthers() {
        // alone: 1 + 0.25
        assertEquals(1.25, ChannelEffects.multiplier(weights(0, 1, 0), true), 1e-12);
        // with search: 1 + (1 + 1.5 * 1) * 5.0 + 0.25 = 13.75
        assertEquals(13.75, ChannelEffects.multiplier(weights(1, 1, 0), true), 1e-12);
    }

    @Test
    void smsLiftsStoreMoreThanOnline() {
        // weight 0.5: the SMS was sent one half-life (3 days) ago.
        // store: 1 + 2.5 * 0.5 = 2.25; online: 1 + 0.3 * 0.5 = 1.15
        assertEquals(2.25, ChannelEffects.multiplier(weights(0, 0, 0.5), false), 1e-12);
        assertEquals(1.15, ChannelEffects.multiplier(weights(0, 0, 0.5), true), 1e-12);
    }

    @Test
    void weightHalvesEveryHalfLife() {
        ChannelEffect search = ChannelEffects.of(Channel.SEARCH);
        assertEquals(1.0, search.weight(0), 1e-12);
        assertEquals(0.5, search.weight(2.0), 1e-12);
        assertEquals(0.25, search.weight(4.0), 1e-12);
    }

    @Test
    void effectsAreListedInTouchingChannelOrder() {
        for (int i = 0; i < Channel.TOUCHING.length; i++) {
            assertEquals(Channel.TOUCHING[i], ChannelEffects.all().get(i).channel());
        }
    }

    @Test
    void extraPurchasesPerTouchIntegrateTheUplift() {
        ChannelEffect search = ChannelEffects.of(Channel.SEARCH);
        // online: 0.05 immediate + 0.0025 * 5.0 * (2 / ln 2) = 0.05 + 0.036067 = 0.086067
        assertEquals(0.086067, ChannelEffects.extraOnlinePurchasesPerTouch(search), 1e-6);
        // store: 0.003 * ((5 + 2 * 1.4) / 7) * 2.5 * (3 / ln 2) = 0.003 * 1.114286 * 2.5 * 4.328085 = 0.036170
        assertEquals(0.036171, ChannelEffects.extraStorePurchasesPerTouch(ChannelEffects.of(Channel.SMS)), 1e-6);
    }
}
