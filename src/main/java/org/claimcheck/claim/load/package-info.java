/**
 * Reads the claims tree (article folders, claim files, the library) into the model, collecting every problem with
 * its file, line and column; every file is read through {@code io}. The one package that imports snakeyaml-engine
 * (YAML 1.2); imports {@code claim}, {@code unit} and {@code io}.
 */
package org.claimcheck.claim.load;
