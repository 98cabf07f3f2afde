package com.touchpoint.datasources.identity;

/**
 * An identifier that links too many others to stand for one person, for the quality report.
 *
 * @param linkedType  the type it had too many distinct links to (the most, the stronger type on a tie)
 * @param linkedCount how many distinct identifiers of that type it is directly linked to
 */
public record SharedIdentifier(long id, IdType type, String value, IdType linkedType, int linkedCount) {
}
