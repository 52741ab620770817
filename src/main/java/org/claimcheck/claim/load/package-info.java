/**
 * Reads the claims tree (article folders, claim files, the library) into the model, collecting every problem with
 * its file, line and column. The one package that imports snakeyaml-engine (YAML 1.2); imports {@code claim} and
 * {@code unit}.
 */
package org.claimcheck.claim.load;
