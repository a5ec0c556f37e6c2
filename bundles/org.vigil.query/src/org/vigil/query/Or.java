package org.vigil.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Matches what any operand matches.
 *
 * @param operands two or more operands, in query order
 * @param span where the disjunction is in the query text
 */
public record Or(List<QueryNode> operands, Span span) implements QueryNode {

    /** Copies the operands so that the node stays immutable. */
    public Or {
        operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
        return operands.stream().map(String::valueOf).collect(Collectors.joining(" OR ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
