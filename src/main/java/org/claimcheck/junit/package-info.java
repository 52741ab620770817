/**
 * The JUnit Platform engine {@code claims}: each claim file a container, each claim a test with its file and line,
 * so IDEs and Surefire show claims as tests. An entry point: imports everything, imported by {@code cli} only to
 * write JUnit XML.
 */
package org.claimcheck.junit;
