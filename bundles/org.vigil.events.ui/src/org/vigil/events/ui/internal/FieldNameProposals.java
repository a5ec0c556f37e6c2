package org.vigil.events.ui.internal;

import java.util.List;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;

/**
 * Completes the word under the cursor to a field name of the source, followed by a colon, as
 * Kibana's query bar does. Each proposal carries the whole query with the name completed, since
 * the query bar replaces its text with the proposal taken.
 */
final class FieldNameProposals {

    private volatile List<String> fields = List.of();

    void setFields(List<String> names) {
        fields = List.copyOf(names);
    }

    IContentProposal[] proposals(String contents, int position) {
        String word = wordBefore(contents, position);
        return fields.stream().filter(name -> name.startsWith(word) && !name.equals(word))
                .map(name -> completed(contents, position, name.substring(word.length()) + ":", name))
                .toArray(IContentProposal[]::new);
    }

    private static IContentProposal completed(String contents, int position, String added, String label) {
        return new ContentProposal(contents.substring(0, position) + added + contents.substring(position), label, null,
                position + added.length());
    }

    private static String wordBefore(String contents, int position) {
        int start = position;
        while (start > 0 && isFieldCharacter(contents.charAt(start - 1))) {
            start--;
        }
        return contents.substring(start, position);
    }

    private static boolean isFieldCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '@' || c == '-';
    }
}
