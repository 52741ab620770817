/**
 * Draws a {@link org.claimcheck.check.Plot} as inline SVG with JFreeChart and JFreeSVG, deterministically. The only
 * package that imports the chart library; imports {@code check} and nothing else of the project.
 */
package org.claimcheck.report.chart;
