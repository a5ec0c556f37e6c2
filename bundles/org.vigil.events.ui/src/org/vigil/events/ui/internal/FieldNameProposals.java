package org.vigil.events.ui.internal;

import java.util.List;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

/**
 * Completes the word under the cursor to a field name of the source, followed by a colon, as
 * Kibana's query bar does.
 */
final class FieldNameProposals implements IContentProposalProvider {

    private volatile List<String> fields = List.of();

    void setFields(List<String> names) {
        fields = List.copyOf(names);
    }

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        String word = wordBefore(contents, position);
        return fields.stream().filter(name -> name.startsWith(word) && !name.equals(word))
                .map(name -> new ContentProposal(name.substring(word.length()) + ":", name, null))
                .toArray(IContentProposal[]::new);
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
