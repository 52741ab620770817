/**
 * The project's one JSON mapper (Jackson), strict in what it reads, for every JSON file read and every JSON report
 * written. Imports Jackson and nothing of the project, so that every layer may use it.
 */
package org.claimcheck.json;
