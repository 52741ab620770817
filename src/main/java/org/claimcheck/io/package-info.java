/**
 * Reading input files safely: regular files only (never a FIFO, device or folder), a size limit for every kind of
 * input, strict UTF-8, containment by real path (a symbolic link cannot lead out of its tree), and a log of what was
 * read with its SHA-256; the folders packaged on the class path (in a jar, through its zip file system), and the digest
 * that names a folder's version. The bottom layer: imports nothing of the project and no third-party library.
 */
package org.claimcheck.io;
