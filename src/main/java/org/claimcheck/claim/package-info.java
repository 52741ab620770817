/**
 * The model of claims, facts and sources: immutable records, no I/O. Imports only {@code org.claimcheck.unit}.
 */
package org.claimcheck.claim;
