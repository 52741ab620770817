/**
 * The JUnit Platform engine {@code claims}: each claim file a container, each claim a test with its file and line,
 * so IDEs and Surefire show claims as tests. An entry point: imports everything; nothing imports it. (The command
 * line's TEST-claims.xml is rendered by {@code report.JunitXmlReporter}, without the JUnit Platform.)
 */
package org.claimcheck.junit;
