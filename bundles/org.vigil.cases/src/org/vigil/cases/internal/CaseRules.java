package org.vigil.cases.internal;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseTask;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.Observable;
import org.vigil.cases.Observables;

/**
 * The rules every saved case passes besides the workflow: a title, titled tasks, valid
 * observables (stored normalised), and assignees among the store's operators. An assignee is
 * checked only when it changes, so that removing an operator does not freeze their old cases.
 */
public final class CaseRules {

    private final TreeSet<String> operators;
    private final String storeName;

    /**
     * @param operators the operators of the store's settings
     * @param user the store's own user, always an operator
     * @param storeName the store's name, for messages
     */
    public CaseRules(List<String> operators, String user, String storeName) {
        this.operators = new TreeSet<>(operators);
        this.operators.add(user);
        this.storeName = storeName;
    }

    /**
     * @param proposed a case about to be created
     * @return it with its observables normalised
     * @throws InvalidCaseException naming the field and the rule broken
     */
    public Case checkNew(Case proposed) throws InvalidCaseException {
        return check(null, proposed);
    }

    /**
     * @param current the case as saved
     * @param edited the edit
     * @return the edit with its observables normalised
     * @throws InvalidCaseException naming the field and the rule broken
     */
    public Case checkEdit(Case current, Case edited) throws InvalidCaseException {
        return check(current, edited);
    }

    private Case check(Case current, Case c) throws InvalidCaseException {
        if (c.title().isBlank()) {
            throw new InvalidCaseException("title", Messages.Rule_titleRequired); //$NON-NLS-1$
        }
        if (current == null || !Objects.equals(current.assignee(), c.assignee())) {
            requireOperator("assignee", c.assignee()); //$NON-NLS-1$
        }
        for (CaseTask task : c.tasks()) {
            if (task.title().isBlank()) {
                throw new InvalidCaseException("tasks", Messages.Rule_taskTitle); //$NON-NLS-1$
            }
            CaseTask before = current == null ? null : current.task(task.id()).orElse(null);
            if (before == null || !Objects.equals(before.assignee(), task.assignee())) {
                requireOperator("tasks", task.assignee()); //$NON-NLS-1$
            }
        }
        CaseDraft draft = c.edit();
        draft.observables().clear();
        for (Observable observable : c.observables()) {
            draft.observables().add(Observables.validate(observable));
        }
        return draft.build();
    }

    private void requireOperator(String field, String name) throws InvalidCaseException {
        if (name != null && !operators.contains(name)) {
            throw new InvalidCaseException(field, NLS.bind(Messages.Rule_unknownAssignee,
                    new Object[] { field, name, storeName, String.join(", ", operators) })); //$NON-NLS-1$
        }
    }
}
