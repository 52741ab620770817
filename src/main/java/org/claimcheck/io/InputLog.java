package org.claimcheck.io;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The files an audit read, each once, with the SHA-256 of the bytes it used: what a report lists as its inputs. Safe
 * for use by several threads; the list is sorted by path, so it does not depend on the order files were read in.
 */
public final class InputLog {

    private final Map<String, InputText> byDisplay = new ConcurrentSkipListMap<>();

    /** Records a file that was read. */
    public void record(InputText input) {
        byDisplay.putIfAbsent(input.display(), input);
    }

    /** Every file read, sorted by its displayed path. */
    public List<InputText> inputs() {
        return List.copyOf(byDisplay.values());
    }
}
