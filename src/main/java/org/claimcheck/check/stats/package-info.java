/**
 * Statistics, random numbers and root finding for every check domain: the one package that imports Apache Commons
 * Math. Other packages call it through these types and never name Commons Math themselves.
 */
package org.claimcheck.check.stats;
