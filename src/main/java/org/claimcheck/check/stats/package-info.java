/**
 * Statistics, random numbers and Brent's root bracketing for every check domain and for the verdict's solver: the one
 * package that imports Apache Commons Math. Other packages call it through these types and never name Commons Math
 * themselves; it is the one package every check domain may import besides {@code check}.
 */
package org.claimcheck.check.stats;
