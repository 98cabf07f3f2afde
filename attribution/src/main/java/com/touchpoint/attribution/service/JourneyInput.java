package com.touchpoint.attribution.service;

import com.touchpoint.attribution.journey.JourneySet;

/** The journeys the models read, and where they came from. */
public record JourneyInput(JourneySet journeys, JourneySource source) {
}
