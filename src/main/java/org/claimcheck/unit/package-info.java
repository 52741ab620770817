/**
 * Quantities with explicit units: {@link org.claimcheck.unit.Unit}, {@link org.claimcheck.unit.Quantity} and the
 * parser of figures as articles write them ("84%", "$5.576M", "2.788M GPU-hours"). Imports nothing of the project.
 */
package org.claimcheck.unit;
