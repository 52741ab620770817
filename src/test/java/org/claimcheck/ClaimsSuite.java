package org.claimcheck;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the articles' claims as JUnit Platform tests through Surefire: {@code mvn test -Pclaims}; narrow it to one
 * article with {@code -Dclaimcheck.article=deepseek-v3-article}. Excluded from the default {@code mvn test}, which
 * runs the project's own tests.
 */
@Suite
@IncludeEngines("claims")
@SelectDirectories("claims")
class ClaimsSuite {
}
