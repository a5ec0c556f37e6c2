package org.vigil.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Matches what all operands match. A chain {@code a and b and c} is one node with three
 * operands; parentheses keep their own node.
 *
 * @param operands two or more operands, in query order
 * @param span where the conjunction is in the query text
 */
public record And(List<QueryNode> operands, Span span) implements QueryNode {

    /** Copies the operands so that the node stays immutable. */
    public And {
        operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
        return operands.stream().map(String::valueOf).collect(Collectors.joining(" AND ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
