/**
 * Writes a rendered report set into its folder as a whole: staged in a sibling folder, then swapped in by renames,
 * with clean-up on every exit path. Knows files only, not what they hold; imports only {@code io}, to read the marker
 * of a previous set.
 */
package org.claimcheck.report.folder;
