package org.claimcheck.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** One claim: a test whose source is its file and line, so IDEs jump to it. */
final class ClaimDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "claim";
    private final String claimId;

    ClaimDescriptor(UniqueId id, String claimId, Path file, int line, int column) {
        super(id, claimId, FileSource.from(file.toFile(), FilePosition.from(line, column)));
        this.claimId = claimId;
    }

    String claimId() {
        return claimId;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
