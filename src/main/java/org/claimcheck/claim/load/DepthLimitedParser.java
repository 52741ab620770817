package org.claimcheck.claim.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A parser that stops at the first list or mapping nested deeper than a limit. snakeyaml-engine's composer recurses
 * once per level and has no depth limit of its own, so a file of many {@code [} would overflow the stack; the parser
 * itself is iterative, so counting its events bounds the composer's recursion.
 */
final class DepthLimitedParser implements Parser {

    private final Parser parser;
    private final int maxDepth;
    private int depth;

    /** @param maxDepth the deepest nesting of lists and mappings allowed, the root counting as 1 */
    DepthLimitedParser(Parser parser, int maxDepth) {
        this.parser = parser;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                depth++;
                if (depth > maxDepth) {
                    throw new TooDeepException(maxDepth, event.getStartMark());
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> {
                // scalars, aliases, documents and comments do not nest
            }
        }
        return event;
    }

    /** Thrown at the first list or mapping below the limit. */
    static final class TooDeepException extends RuntimeException {

        private final transient Optional<Mark> mark;

        TooDeepException(int maxDepth, Optional<Mark> mark) {
            super("expected at most " + maxDepth + " levels of nesting, got more");
            this.mark = mark;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }
}
