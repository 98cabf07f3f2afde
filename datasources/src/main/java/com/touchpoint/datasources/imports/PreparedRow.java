package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.mapping.MappedRow;

/**
 * A mapped row whose identifiers are normalised (and pseudonymised where the project says so), strongest first,
 * ready for the identity graph and the store.
 */
record PreparedRow(MappedRow row, IdType[] idTypes, String[] idValues) {
}
