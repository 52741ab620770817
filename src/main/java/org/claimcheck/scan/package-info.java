/**
 * Finds the sentences of an article that hold a number or a checkable assertion, and which of them a claim covers
 * or a waiver puts out of scope; the headings and figures a draft claim starts from. Pure logic, no I/O. Imports only
 * {@code claim}, {@code claim.load} and {@code unit}.
 */
package org.claimcheck.scan;
