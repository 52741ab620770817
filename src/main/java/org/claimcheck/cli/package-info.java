/**
 * The command line ({@code java -jar claimcheck.jar}): picocli commands that return exit codes and never print a stack
 * trace. An entry point: imports everything; nothing imports it.
 */
package org.claimcheck.cli;
