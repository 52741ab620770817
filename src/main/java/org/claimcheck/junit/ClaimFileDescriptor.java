package org.claimcheck.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

/** A claim file: a container of claims, with the file as its source. */
final class ClaimFileDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "file";
    private final Path articleFolder;

    ClaimFileDescriptor(UniqueId id, String displayPath, Path file, Path articleFolder) {
        super(id, displayPath, FileSource.from(file.toFile()));
        this.articleFolder = articleFolder;
    }

    Path articleFolder() {
        return articleFolder;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
