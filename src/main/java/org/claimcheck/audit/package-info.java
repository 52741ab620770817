/**
 * Runs an audit: loads an article folder and the library, validates every reference, derives every claim through
 * the check registry and judges it. Imports {@code claim}, {@code claim.load}, {@code check} and its domains, and
 * {@code verdict}; used by the two entry points ({@code cli}, {@code junit}).
 */
package org.claimcheck.audit;
