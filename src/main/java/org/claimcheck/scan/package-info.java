/**
 * Finds the sentences of an article that hold a number or a checkable assertion, and which of them a claim covers
 * or a waiver puts out of scope. Pure logic, no I/O. Imports only {@code claim} and {@code claim.load}.
 */
package org.claimcheck.scan;
